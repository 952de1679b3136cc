import { describe, expect, it } from "vitest";
import { escapeRegExp } from "../../../core/escape-regexp.js";
import { trieAlternation } from "./trie-alternation.js";

const longestFirst = (words: string[]) => [...words].sort((a, b) => b.length - a.length);
const listed = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((match) => [match.index, match[0]]);

describe("trieAlternation", () => {
  it("factors shared prefixes, longer words before the ones they begin", () => {
    expect(trieAlternation(longestFirst(["déclaré", "déclare", "dit", "dite", "a"]))).toBe("d(?:éclar(?:é|e)|it(?:e|))|a");
  });

  it.each([
    [["déclaré", "déclare", "dit", "dite", "conclu", "conclut", "nie", "nié"], "Il DÉCLARE, dite conclut ; conclu-t-il nié. NIE dit"],
    [["a", "as", "ab", "abc", "b"], "abcabab as a b"],
    [["said", "says", "s.a"], "SAID says s.a sxa"],
  ])("matches what the flat alternation matches, in the same order: %j", (words, text) => {
    const flat = longestFirst(words).map(escapeRegExp).join("|");
    const factored = trieAlternation(longestFirst(words));
    // Continuations that accept a shorter word or only a longer one show that the order of trial is kept.
    for (const continuation of ["", "(?![\\p{L}])", "[\\s,.]", "(?=e)", "\\p{L}*"]) {
      for (const flags of ["gu", "giu"]) {
        expect(listed(new RegExp(`(?:${factored})${continuation}`, flags), text)).toEqual(listed(new RegExp(`(?:${flat})${continuation}`, flags), text));
      }
    }
  });

  it("keeps the flat alternation for a list it cannot factor safely", () => {
    expect(trieAlternation(["a", "ab"])).toBe("a|ab");
    expect(trieAlternation(["Dit", "dite"])).toBe("Dit|dite");
    expect(trieAlternation(["ſo", "so"])).toBe("ſo|so");
  });
});
