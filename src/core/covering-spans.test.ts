import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coveringSpans } from "./covering-spans.js";

const span = fc.tuple(fc.nat(200), fc.nat(30)).map(([start, length]) => ({ start, end: start + length }));

describe("coveringSpans", () => {
  it("answers what a scan of every span answers", () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), fc.array(span, { maxLength: 40 }), (spans, queries) => {
        const covers = coveringSpans(spans);
        for (const query of queries) expect(covers(query)).toBe(spans.some((s) => s.start <= query.start && s.end >= query.end));
      }),
    );
  });

  it("finds a long early span behind shorter later ones", () => {
    const covers = coveringSpans([{ start: 20, end: 22 }, { start: 0, end: 100 }, { start: 40, end: 41 }]);
    expect(covers({ start: 50, end: 60 })).toBe(true);
    expect(covers({ start: 90, end: 101 })).toBe(false);
  });
});
