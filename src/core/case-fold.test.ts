import { describe, expect, it } from "vitest";
import { FOLD_CHECKED, foldedCode } from "./case-fold.js";

const fold = (char: string) => String.fromCharCode(foldedCode(char.charCodeAt(0)));
const escaped = (char: string) => char.replace(/[\\\]^-]/gu, "\\$&");

describe("foldedCode", () => {
  it("folds alike what a case-insensitive unicode pattern takes for the same letter", () => {
    expect(["É", "é"].map(fold)).toEqual(["é", "é"]);
    expect(["ſ", "S", "s"].map(fold)).toEqual(["s", "s", "s"]);
    expect(["\u212a", "K"].map(fold)).toEqual(["k", "k"]);
    expect(fold("İ")).toBe("İ"); // lowercased it would be two characters; "iu" patterns do not take it for "i"
  });

  it("over the checked ranges, folds every character a pattern takes for one of them as it folds that one", () => {
    const checked = FOLD_CHECKED.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, index) => String.fromCharCode(from + index)));
    // The checked characters by fold: a character a pattern takes for one of a group must fold as that group.
    const byFold = new Map<string, string[]>();
    for (const char of checked) byFold.set(fold(char), [...(byFold.get(fold(char)) ?? []), char]);
    const groups = [...byFold].map(([folded, chars]) => [folded, new RegExp(`^[${chars.map(escaped).join("")}]$`, "iu")] as const);
    const anyChecked = new RegExp(`^[${checked.map(escaped).join("")}]$`, "iu");
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint += 1) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const char = String.fromCodePoint(codePoint);
      if (!anyChecked.test(char)) continue;
      expect(char.length, char).toBe(1); // no astral character is taken for a checked one: code units fold alone
      expect(groups.filter(([, group]) => group.test(char)).map(([folded]) => folded), char).toEqual([fold(char)]);
    }
  });
});
