import { describe, expect, it } from "vitest";
import { matchesFromStarts, stickyPattern } from "./matches-from-starts.js";

const listed = (matches: Iterable<RegExpMatchArray>) => [...matches].map((match) => [match.index, match[0], match[1] ?? null]);
const everyPosition = (text: string) => Array.from({ length: text.length + 1 }, (_, index) => index);

describe("matchesFromStarts", () => {
  const cases: Array<[RegExp, string]> = [
    [/(?<![\p{L}])(?:a\s+)?(dit|déclaré)(?![\p{L}])/giu, "Il a dit, elle a déclaré qu'il dit ; redit, A  DIT."],
    [/a*/gu, "baac😀a"],
    [/(?=é)/gu, "été élu"],
    [/,\s*(\p{L}+)\s+dit/gu, "oui, Paul dit, non, Marie dit."],
    [/aa|a/g, "aaaaa"],
  ];

  it.each(cases)("lists what matchAll lists when tried everywhere: %s", (pattern, text) => {
    expect(listed(matchesFromStarts(stickyPattern(pattern), text, everyPosition(text)))).toEqual(listed(text.matchAll(pattern)));
  });

  it("lists the same when tried only where matches start, and skips starts inside a match", () => {
    const pattern = /aa|a/g;
    const starts = [...new Set([..."aaaaa".matchAll(pattern)].map((match) => match.index!))];
    expect(listed(matchesFromStarts(stickyPattern(pattern), "aaaaa", [0, 1, 2, 3, 4]))).toEqual(listed("aaaaa".matchAll(pattern)));
    expect(listed(matchesFromStarts(stickyPattern(pattern), "aaaaa", starts))).toEqual(listed("aaaaa".matchAll(pattern)));
    // Lookbehind still sees the text before the start position.
    expect(listed(matchesFromStarts(/(?<!x)b/uy, "xbab", [1, 3]))).toEqual([[3, "b", null]]);
  });

  it("refuses a pattern that is not sticky", () => {
    expect(() => matchesFromStarts(/a/gu, "a", [0])).toThrow(TypeError);
  });
});
