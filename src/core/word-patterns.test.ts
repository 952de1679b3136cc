import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allMatches } from "./all-matches.js";
import { wordPatterns } from "./word-patterns.js";

const listed = (matches: RegExpExecArray[]) => matches.map((match) => [match.index, ...match]);

/** A check that each pattern, tried where startsIn says, lists what a scan of the stretch alone lists. */
function sameMatches(sources: readonly string[], wordClass: string): (text: string, from: number, to: number) => void {
  const patterns = wordPatterns(sources, wordClass);
  return (text, from, to) => {
    const slice = text.slice(from, to);
    patterns.startsIn(text, from, to).forEach((starts, index) => {
      const scanned = listed(allMatches(patterns.global[index]!, slice));
      expect(listed(patterns.matchesIn(index, slice, starts)), `${sources[index]} in ${JSON.stringify(slice)}`).toEqual(scanned);
    });
  };
}

describe("wordPatterns", () => {
  const sources = ["sign(?:é|e|ature)", "en\\s+visite", "(?:se|s['’])\\s*rend(?:u|re)", "accords?(?:-cadres?)?", "\\d+\\s+ans", "(?<=\\s)été", "\\p{L}+ment", "ſur"];
  const check = sameMatches(sources, "\\p{L}");

  it("finds what a scan of the stretch finds, case-folded, over whitespace runs and at the stretch's edges", () => {
    const text = "Signé hier, SIGNATURE, cosigné ; En  visite, en\u00a0visite, envisite ; s’est rendu, se rendre, s'rendu. Accord-cadre, accords, 12  ans, l'été, vraiment, SUR, ſur.";
    for (let from = 0; from <= text.length; from += 1) for (const to of [from, from + 1, from + 7, text.length]) check(text, from, Math.min(to, text.length));
  });

  it("reads a word character as the lookbehind does, astral pairs included, and only within the stretch", () => {
    const astral = sameMatches(["ab"], "\\p{L}\\p{N}");
    const text = "𝐀ab 𝟙ab 😀ab \ud835ab";
    for (let from = 0; from <= text.length; from += 1) astral(text, from, text.length);
  });

  it("scans a stretch for a source whose prefixes cannot be told", () => {
    const patterns = wordPatterns(["\\p{L}+ment"], "\\p{L}");
    expect(patterns.startsIn("vraiment", 0, 8)).toEqual([null]);
    expect(listed(patterns.matchesIn(0, "vraiment", null))).toEqual([[0, "vraiment"]]);
  });

  it("finds what a scan finds in random texts of the patterns' words", () => {
    const pieces = ["signé", "Signature", "en", "visite", "se", "s’", "rend", "rendre", "accord", "accords-cadres", "12", "ans", "été", "ment", "sur", "ſur", "x"];
    const separators = [" ", "  ", "\u00a0", "-", "'", ", ", "\n", "", "é"];
    const texts = fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...separators)), { maxLength: 12 }).map((parts) => parts.map(([piece, separator]) => piece + separator).join(""));
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
        check(text, from!, to!);
      }),
      { numRuns: 500 },
    );
  });
});
