import { describe, expect, it } from "vitest";
import { allMatches } from "./all-matches.js";

const listed = (matches: Iterable<RegExpMatchArray>) => [...matches].map((match) => [match.index, match[0], match.groups?.["word"] ?? null]);

describe("allMatches", () => {
  it("lists what matchAll lists, empty matches and astral characters included, and leaves the pattern reusable", () => {
    const cases: Array<[RegExp, string]> = [
      [/(?<word>\p{L}+)/gu, "Le traité, signé mardi à Genève."],
      [/a*/gu, "baac😀a"],
      [/(?=é)/gu, "été élu"],
      [/\d+/g, "12 mars 2024, 9 h"],
    ];
    for (const [pattern, text] of cases) {
      expect(listed(allMatches(pattern, text))).toEqual(listed(text.matchAll(new RegExp(pattern))));
      expect(pattern.lastIndex).toBe(0);
      expect(listed(allMatches(pattern, text))).toEqual(listed(text.matchAll(new RegExp(pattern))));
    }
  });

  it("refuses a pattern that is not global, as matchAll does", () => {
    expect(() => allMatches(/a/u, "a")).toThrow(TypeError);
  });
});
