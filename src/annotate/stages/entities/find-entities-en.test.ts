import { describe, expect, it } from "vitest";
import { englishEntityLexicon } from "../../lang/en/entity-lexicon.js";
import { frenchEntityLexicon } from "../../lang/fr/entity-lexicon.js";
import { segmentSentences } from "../sentences.js";
import { findTimeExpressions } from "../time/find-time-expressions.js";
import { findEntities } from "./find-entities.js";

function summary(text: string, language: "en" | "fr" = "en"): string[] {
  const sentences = segmentSentences(text, language);
  const times = findTimeExpressions(text, { language, published: "2008-12-10", sentences });
  return findEntities(text, language === "en" ? englishEntityLexicon : frenchEntityLexicon, { language, sentences, times })
    .filter((entity) => entity.mentions.some((mention) => mention.kind === "name"))
    .map((entity) => `${entity.type} ${entity.name}: ${entity.mentions.filter((mention) => mention.kind === "name").map((mention) => mention.text).join(" | ")}`);
}

describe("findEntities in English", () => {
  it("leaves a possessive outside the name, so the name and its possessive are one entity", () => {
    expect(summary("A judge ordered Lohan's probation revoked on Friday. Lohan must report to jail on Monday.")).toEqual(["PER Lohan: Lohan | Lohan"]);
    expect(summary("The senator criticised President Obama’s plan on Tuesday.")).toContainEqual(expect.stringMatching(/^PER Obama: /u));
  });

  it("leaves a capitalised title out of the name", () => {
    expect(summary("He met Prime Minister Costas Karamanlis in Athens on Monday.")).toContainEqual("PER Costas Karamanlis: Costas Karamanlis");
    expect(summary("The gunman shot Sheriff Deputy Jerry Ortiz in Hawaiian Gardens.")).toContainEqual("PER Jerry Ortiz: Jerry Ortiz");
  });

  it("keeps names that open with a title word whole when the rest is a word too", () => {
    expect(summary("The carmaker General Motors cut 2,000 jobs in Detroit on Monday.")).toContainEqual(expect.stringMatching(/^ORG General Motors: /u));
  });

  it("reads a word capitalised inside sentences again and again, and never written lowercase, as a name", () => {
    expect(summary("The Indianapolis Colts beat the Chargers on Sunday. The Colts won 23-17, and the Chargers lost their third game.")).toContainEqual(expect.stringMatching(/^ORG Chargers: Chargers \| Chargers$/u));
    // Once is emphasis or a heading's word; written lowercase elsewhere, it is the word.
    expect(summary("The Reserve was full. The players on injured reserve waited.").some((line) => line.includes("Reserve"))).toBe(false);
  });
});

describe("findEntities in French keeps its own conventions", () => {
  it("keeps a capitalised title word that is part of a name, and reads a recurring capitalised word as the word", () => {
    expect(summary("L'État a versé les aides. Selon l'État, le Conseil fédéral a décidé.", "fr").some((line) => line.startsWith("ORG État") || line.startsWith("PER État"))).toBe(false);
  });
});
