import { describe, expect, it } from "vitest";
import { annotateArticle } from "../../annotate-article.js";
import { makeArticle } from "../../../../test/make-article.js";
import { uncheckedPrefixChars } from "../../../core/word-patterns.js";
import { englishAttributeLexicon } from "../../lang/en/attribute-lexicon.js";
import { frenchAttributeLexicon } from "../../lang/fr/attribute-lexicon.js";

describe("the attribute lexicons", () => {
  it("are looked for by prefixes whose folding is checked (core/word-patterns.ts)", () => {
    for (const lexicon of [frenchAttributeLexicon, englishAttributeLexicon]) {
      const sources = [...lexicon.subjects, ...lexicon.instruments, ...lexicon.domains, ...lexicon.firsts].map(({ pattern }) => pattern);
      expect(uncheckedPrefixChars([...sources, ...lexicon.scopeCues])).toEqual([]);
    }
  });
});

const attributes = (text: string) => {
  const { article } = makeArticle(text, { published: "2025-10-15", language: "fr" });
  return (annotateArticle(article).annotations.attributes ?? []).map((attribute) => [attribute.slot, attribute.subject, attribute.value]);
};

describe("findAttributes (French)", () => {
  it("names the kind of instrument, the most specific wording winning its words", () => {
    expect(attributes("Les deux pays ont signé un protocole d'accord mercredi. La presse parle d'un accord-cadre.")).toEqual([
      ["instrument", "agreement", "memorandum-of-understanding"],
      ["instrument", "agreement", "framework-agreement"],
    ]);
  });

  it("lists the domains of a cooperation, but not the words of a role or a name", () => {
    const found = attributes("Le ministre de la Défense Jonas Berg a signé un accord qui couvre le renseignement, la formation et la recherche et développement.");
    expect(found.filter(([slot]) => slot === "scope").map(([, , value]) => value)).toEqual(["intelligence", "training", "research-development"]);
    expect(attributes("Le ministre de la Défense a visité une usine.").filter(([slot]) => slot === "scope")).toEqual([]);
    expect(attributes("Les deux pays ont convenu de créer un comité mixte.").filter(([slot]) => slot === "scope")).toEqual([["scope", "agreement", "joint-committee"]]);
  });

  it("finds firsts and what they are said of, by their noun or the nearest one", () => {
    expect(attributes("C'est le premier accord de ce type entre les deux pays.")).toContainEqual(["first", "agreement", "le premier accord de ce type"]);
    expect(attributes("Ce traité, le premier du genre, a été signé à Oslo.")).toContainEqual(["first", "agreement", "le premier du genre"]);
    expect(attributes("C'est la première fois qu'une visite officielle a lieu à Oslo.")).toContainEqual(["first", "visit", "C'est la première fois qu"]);
  });

  it("takes no title or ordinal for a first", () => {
    expect(attributes("Le Premier ministre a présenté les chiffres du premier trimestre.").filter(([slot]) => slot === "first")).toEqual([]);
  });
});
