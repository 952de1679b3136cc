import { describe, expect, it } from "vitest";
import { lastIndexOfAny } from "./last-index-of-any.js";

const viaLastIndexOf = (text: string, marks: readonly string[], end: number) => Math.max(-1, ...marks.map((mark) => text.slice(0, end).lastIndexOf(mark)));

describe("lastIndexOfAny", () => {
  it("finds what the largest lastIndexOf over the head finds, marks cut by the end excluded", () => {
    const marks = ["\n", ". ", "! ", "? "];
    for (const text of ["", "Un. Deux! Trois? Quatre\nCinq.", "a. b", "…?  x\n\ny. "]) {
      for (let end = 0; end <= text.length + 1; end += 1) expect(lastIndexOfAny(text, marks, end)).toBe(viaLastIndexOf(text, marks, end));
    }
  });

  it("takes the mark that starts last when several end alike", () => {
    expect(lastIndexOfAny("a» b", ["» ", " "], 4)).toBe(2);
    expect(lastIndexOfAny("ab", [], 2)).toBe(-1);
  });
});
