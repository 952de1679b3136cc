/** Event kinds in words, from plain tables the web UI shares: no code reaches a reader while a table knows the mode. */
import { describe, expect, it } from "vitest";
import { eventKindWords, MODE_VERBS } from "./event-words.js";

describe("eventKindWords", () => {
  it("names a known mode in the reader's language, with its polarity", () => {
    expect(eventKindWords("AGREE", "sign-agreement", "asserted", "fr")).toBe("signature d'un accord");
    expect(eventKindWords("AGREE", "sign-agreement", "asserted", "en")).toBe("agreement signed");
    expect(eventKindWords("MEET", "visit", "planned", "fr")).toBe("visite (prévu)");
    expect(eventKindWords("ASSAULT", "attack", "negated", "en")).toBe("attack (did not happen)");
  });

  it("shows an unknown mode as its category and code rather than hiding it", () => {
    expect(eventKindWords("CONSULT", "hold-summit", "asserted", "en")).toBe("consult (hold-summit)");
  });

  it("gives every mode a noun and both French forms", () => {
    for (const [mode, words] of Object.entries(MODE_VERBS)) {
      expect([mode, words.noun.en.length > 0, words.noun.fr.length > 0, words.fr.length]).toEqual([mode, true, true, 2]);
    }
  });
});
