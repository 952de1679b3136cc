import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SpanUnion } from "./span-union.js";

const span = fc.tuple(fc.nat(100), fc.nat(15)).map(([start, length]) => ({ start, end: start + length }));

describe("SpanUnion", () => {
  it("answers what a scan of the added spans answers, for spans of some length", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(span, span), { maxLength: 40 }), (steps) => {
        const union = new SpanUnion();
        const added: Array<{ start: number; end: number }> = [];
        for (const [addition, query] of steps) {
          union.add(addition);
          added.push(addition);
          if (query.end > query.start) expect(union.overlaps(query)).toBe(added.some((other) => other.start < query.end && query.start < other.end));
        }
      }),
    );
  });

  it("keeps touching spans apart for a span between them, and an empty span as a point", () => {
    const union = new SpanUnion();
    union.add({ start: 0, end: 10 });
    union.add({ start: 10, end: 20 });
    union.add({ start: 40, end: 40 });
    expect(union.overlaps({ start: 20, end: 30 })).toBe(false);
    expect(union.overlaps({ start: 19, end: 30 })).toBe(true);
    expect(union.overlaps({ start: 35, end: 41 })).toBe(true);
    expect(union.overlaps({ start: 40, end: 45 })).toBe(false);
  });
});
