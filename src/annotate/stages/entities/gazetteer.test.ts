import { describe, expect, it } from "vitest";
import { englishEntityLexicon } from "../../lang/en/entity-lexicon.js";
import { frenchEntityLexicon } from "../../lang/fr/entity-lexicon.js";
import { gazetteerFor } from "./gazetteer.js";

describe("a country's official-form head", () => {
  const french = gazetteerFor(frenchEntityLexicon, "fr");

  it("is the generic noun its official name opens with", () => {
    expect(french.countries.get("MA")?.formHead).toBe("royaume");
    expect(french.countries.get("DZ")?.formHead).toBe("république");
    expect(gazetteerFor(englishEntityLexicon, "en").countries.get("MA")?.formHead).toBe("kingdom");
  });

  it("is never the article an official name opens with (« Les États-Unis d'Amérique », « La République populaire du Bangladesh »)", () => {
    expect(french.countries.get("US")?.formHead).toBeNull();
    expect(french.countries.get("BD")?.formHead).toBeNull();
    const heads = [...french.countries.values()].map((country) => country.formHead);
    for (const article of frenchEntityLexicon.determiners) expect(heads).not.toContain(article.toLowerCase());
  });

  it("is none when the official name opens with the common one (« Canada »)", () => {
    expect(french.countries.get("CA")?.formHead).toBeNull();
  });
});
