import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Span } from "./message.js";
import { inStartOrder, itemsWithin, lastEndingBy } from "./spans-by-start.js";

const itself = (span: Span) => span;
const ordered = fc
  .array(fc.tuple(fc.nat(30), fc.nat(6)), { maxLength: 20 })
  .map((pairs) => pairs.map(([start, length]) => ({ start, end: start + length })).sort((a, b) => a.start - b.start));
const spanArb = fc.tuple(fc.nat(40), fc.nat(15)).map(([start, length]) => ({ start, end: start + length }));

describe("spans by start", () => {
  it("tells ordered, well-formed lists from others", () => {
    expect(inStartOrder([{ start: 1, end: 2 }, { start: 1, end: 1 }, { start: 3, end: 9 }], itself)).toBe(true);
    expect(inStartOrder([{ start: 3, end: 4 }, { start: 1, end: 2 }], itself)).toBe(false);
    expect(inStartOrder([{ start: 3, end: 2 }], itself)).toBe(false);
  });

  it("finds what filter and findLast find", () => {
    fc.assert(
      fc.property(ordered, spanArb, fc.nat(40), fc.nat(40), (items, span, position, from) => {
        expect(inStartOrder(items, itself)).toBe(true);
        expect(itemsWithin(items, itself, span)).toEqual(items.filter((item) => item.start >= span.start && item.end <= span.end));
        const accept = (item: Span) => item.end % 2 === 0;
        expect(lastEndingBy(items, itself, position, from, accept)).toBe(items.findLast((item) => item.end <= position && item.start >= from && accept(item)));
      }),
      { numRuns: 2000 },
    );
  });
});
