import { describe, expect, it } from "vitest";
import { englishQuoteLexicon } from "../../lang/en/quote-lexicon.js";
import { frenchQuoteLexicon } from "../../lang/fr/quote-lexicon.js";
import { tidySpeakerWords } from "./speaker-words.js";

describe("tidySpeakerWords", () => {
  it.each([
    ["But he", { start: 4, text: "he", pronoun: "he" }],
    ["He went on to", { start: 0, text: "He", pronoun: "he" }],
    ["He later", { start: 0, text: "He", pronoun: "he" }],
    ["Smith has often", { start: 0, text: "Smith", pronoun: null }],
    ['"he', { start: 1, text: "he", pronoun: "he" }],
    ["We just have to", null],
    ["and", null],
    ["The fire chief", { start: 0, text: "The fire chief", pronoun: null }],
    ["He and Mayor Ann Cole", { start: 0, text: "He and Mayor Ann Cole", pronoun: null }],
  ])("reads the English speaker words %j", (raw, expected) => {
    expect(tidySpeakerWords(raw, 0, englishQuoteLexicon)).toEqual(expected);
  });

  it("keeps offsets into the text and reads French conjunctions", () => {
    expect(tidySpeakerWords(" Et il", 10, frenchQuoteLexicon)).toEqual({ start: 14, text: "il", pronoun: "il" });
    expect(tidySpeakerWords("Le ministre", 3, frenchQuoteLexicon)).toEqual({ start: 3, text: "Le ministre", pronoun: null });
  });
});
