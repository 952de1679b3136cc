import { describe, expect, it } from "vitest";
import { ownCopy } from "./own-copy.js";

describe("ownCopy", () => {
  it("gives the same characters, short or long", () => {
    const text = "Le ministre Karel Novák a rencontré la présidente du Conseil européen à Bruxelles.";
    for (const [start, end] of [[0, 2], [12, 23], [12, 40], [0, text.length]]) expect(ownCopy(text.slice(start, end))).toBe(text.slice(start, end));
    expect(ownCopy("")).toBe("");
  });
});
