import { describe, expect, it } from "vitest";
import { englishEntityLexicon } from "../../lang/en/entity-lexicon.js";
import { frenchEntityLexicon } from "../../lang/fr/entity-lexicon.js";
import { entityTokens } from "./entity-tokens.js";
import { findNameMentions } from "./find-name-mentions.js";
import { gazetteerFor } from "./gazetteer.js";
import { lexiconSets } from "./name-evidence.js";

function names(text: string, language: "fr" | "en" = "fr"): string[] {
  const lexicon = language === "fr" ? frenchEntityLexicon : englishEntityLexicon;
  const tokens = entityTokens(text, [{ start: 0, end: text.length, text }] as never);
  return findNameMentions(tokens, gazetteerFor(lexicon, language), lexiconSets(lexicon), []).map((mention) => `${mention.type} ${text.slice(mention.start, mention.end)}`);
}

describe("findNameMentions: regions the lexicon writes in lowercase", () => {
  it.each([
    ["La nouvelle est accueillie avec joie dans tout le monde arabe.", "LOC monde arabe"],
    ["Les raids sur la bande de Gaza ont repris.", "LOC bande de Gaza"],
    ["Le véto absout l'Occident de sa responsabilité.", "LOC Occident"],
  ])("« %s » names %s", (text, expected) => {
    expect(names(text)).toContain(expected);
  });

  it("reads no region in the words alone", () => {
    expect(names("Le monde entier regarde. Une bande de jeunes est arrivée. Le monde a changé.")).toEqual([]);
  });

  it("finds the English form, capitalised, as a region too", () => {
    expect(names("Protests spread across the Arab world on Friday.", "en")).toContain("LOC Arab world");
  });
});

describe("findNameMentions: a lone word after a preposition naming a medium as often as a place", () => {
  it("is the medium's common noun, not a place", () => {
    expect(names("Le scandale a suscité des milliers de tweets sur Internet.")).toEqual([]);
  });

  it.each([
    ["Les bombes sont tombées sur Gaza.", "LOC Gaza"],
    ["Il est parti en Bohême l'an dernier.", "LOC Bohême"],
  ])("leaves a place's name a place: « %s »", (text, expected) => {
    expect(names(text)).toContain(expected);
  });
});

describe("findNameMentions: a lone acronym nothing else types", () => {
  it.each([
    ["Des avions F16 ont survolé la ville.", "MISC F16"],
    ["Deux F-16 ont survolé la ville.", "MISC F-16"],
    ["Selon le CNT, la ville est tombée.", "ORG CNT"],
  ])("« %s »: a letter code with a number is a model, letters alone an organisation (%s)", (text, expected) => {
    expect(names(text)).toContain(expected);
  });
});
