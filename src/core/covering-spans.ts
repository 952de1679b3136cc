/**
 * Whether a span lies wholly inside one of a fixed set of spans, answered in log time: the spans
 * ordered by start, with the furthest end reached by each prefix of that order. A span starting
 * at or before the query's start covers it exactly when the furthest of their ends reaches the
 * query's end, so one binary search answers what a scan of every span would.
 */
import type { Span } from "./message.js";
import { firstIndexNotBefore } from "./spans-by-start.js";

export function coveringSpans(spans: readonly Span[]): (span: Span) => boolean {
  const starts = spans.map((span) => span.start);
  const order = starts.map((_, index) => index).sort((a, b) => starts[a]! - starts[b]!);
  const sortedStarts = order.map((index) => starts[index]!);
  const furthestEnd: number[] = [];
  for (const index of order) furthestEnd.push(Math.max(furthestEnd.at(-1) ?? -Infinity, spans[index]!.end));
  return (span) => {
    const startingBy = firstIndexNotBefore(sortedStarts.length, (at) => sortedStarts[at]! <= span.start);
    return startingBy > 0 && furthestEnd[startingBy - 1]! >= span.end;
  };
}
