import { describe, expect, it } from "vitest";
import { matchPrefixes } from "./match-prefixes.js";
import { decodePrefixTrie, encodePrefixTrie, prefixTrie, walkPrefixTrie } from "./prefix-trie.js";

/** The patterns a walk from `position` reports, once each, in order. */
function reachedFrom(sources: readonly string[], text: string, position: number): number[] {
  const root = prefixTrie(sources.map(matchPrefixes));
  const reached: number[] = [];
  const count = walkPrefixTrie(text, text.length, root, position, reached);
  return [...new Set(reached.slice(0, count))].sort();
}

describe("prefix trie", () => {
  const sources = ["le\\s+mardi", "mardi|jeudi", "\\d+ ans", "\\p{L}+y"];

  it("reports the patterns whose prefix the text holds from the walk's start, folded, over a whole run of whitespace", () => {
    expect(reachedFrom(sources, "Le   MARDI soir", 0)).toEqual([0]);
    expect(reachedFrom(sources, "mardi soir", 0)).toEqual([1]);
    expect(reachedFrom(sources, "il a 3 ans", 5)).toEqual([2]);
    // A pattern whose prefixes cannot be told is in no trie; its caller scans.
    expect(matchPrefixes(sources[3]!)).toBeNull();
    expect(reachedFrom(sources, "ay", 0)).toEqual([]);
  });

  it("stops at the text's end and reuses the caller's buffer from the count it is given", () => {
    const root = prefixTrie(sources.map(matchPrefixes));
    const reached = [9, 9, 9];
    expect(walkPrefixTrie("jeud", 4, root, 0, reached, 1)).toBe(1);
    expect(walkPrefixTrie("jeudi", 5, root, 0, reached, 1)).toBe(2);
    expect(reached.slice(0, 2)).toEqual([9, 1]);
  });
});

describe("a prefix trie written and read back", () => {
  it("walks as the trie it was written from, whitespace steps included", () => {
    const sources = ["le\\s+mardi", "mardi|jeudi", "\\d+ ans", "(?:la|le)\\s*semaine", "\\p{L}+y"];
    const built = prefixTrie(sources.map(matchPrefixes));
    const read = decodePrefixTrie(encodePrefixTrie(built));
    expect(read).toEqual(built);
    for (const [text, position] of [["Le   MARDI soir", 0], ["il a 3 ans", 5], ["la semaine prochaine", 0], ["lasemaine", 0], ["jeudi", 0]] as const) {
      const walk = (root: typeof built) => {
        const reached: number[] = [];
        return reached.slice(0, walkPrefixTrie(text, text.length, root, position, reached));
      };
      expect(walk(read)).toEqual(walk(built));
      expect(walk(read).length).toBeGreaterThan(0);
    }
  });
});
