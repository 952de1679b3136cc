import { describe, expect, it } from "vitest";
import { independenceKeys, independentSourceCount } from "./independent-sources.js";

const OUTLETS: Record<string, string> = { a: "Le Monde", b: "Le Monde", c: "i24news", d: "Le Desk", e: "Hespress" };
const spans = (...ids: string[]) => ids.map((articleId) => ({ articleId }));

describe("independent sources", () => {
  const keyOf = independenceKeys((id) => OUTLETS[id] ?? id, ["a", "b", "c", "d"], [["c", "d"]]);

  it("counts two articles of one outlet once, and a near-duplicate pair once", () => {
    expect(independentSourceCount(spans("a", "b"), keyOf)).toBe(1);
    expect(independentSourceCount(spans("c", "d"), keyOf)).toBe(1);
    expect(independentSourceCount(spans("a", "c"), keyOf)).toBe(2);
    expect(independentSourceCount(spans("a", "b", "c", "d"), keyOf)).toBe(2);
  });

  it("counts an article from outside the story by its outlet", () => {
    expect(independentSourceCount(spans("a", "e"), keyOf)).toBe(2);
    expect(independentSourceCount(spans("a", "x"), keyOf)).toBe(2);
  });
});
