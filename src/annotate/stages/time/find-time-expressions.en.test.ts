/** English is a second lexicon over the same detectors: no detector changed to add it. */
import { describe, expect, it } from "vitest";
import { findTimeExpressions } from "./find-time-expressions.js";

const found = (text: string) => findTimeExpressions(text, { language: "en", published: "2025-10-15T10:30" }).map((t) => [t.text, t.value]);

describe("findTimeExpressions (English)", () => {
  it.each([
    ["The accord was signed on 14 October 2025.", [["14 October 2025", "2025-10-14"]]],
    ["It will be ratified in November 2025.", [["November 2025", "2025-11"]]],
    ["The talks began three years ago and lasted two days.", [["three years ago", "2022"], ["two days", "P2D"]]],
    ["He will return on Friday; he arrived on Monday.", [["Friday", "2025-10-17"], ["Monday", "2025-10-13"]]],
    ["Yesterday morning, the minister spoke.", [["Yesterday morning", "2025-10-14TMO"]]],
    ["The commission meets every week, this summer too.", [["every week", "P1W"], ["this summer", "2025-SU"]]],
    ["In two weeks, the text may be published.", [["In two weeks", "2025-W44"]]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each(["A fine of 2000 dollars for 2025 people.", "One day, I will tell my grandchildren.", "The Mars rover may land."])("finds nothing in: %s", (text) => {
    expect(found(text)).toEqual([]);
  });
});
