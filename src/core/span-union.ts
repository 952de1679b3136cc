/**
 * Whether a span overlaps any of the spans added so far, in log time: the spans are kept as their
 * union (sorted, disjoint intervals, touching ones merged), since a span of some length overlaps
 * one of them exactly when it overlaps their union. An empty span overlaps what strictly surrounds
 * its position, so those are kept apart as points.
 */
import type { Span } from "./message.js";
import { firstIndexNotBefore } from "./spans-by-start.js";

export class SpanUnion {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly points: number[] = [];

  add(span: Span): void {
    if (span.end <= span.start) {
      this.points.splice(firstIndexNotBefore(this.points.length, (at) => this.points[at]! < span.start), 0, span.start);
      return;
    }
    const first = firstIndexNotBefore(this.ends.length, (at) => this.ends[at]! < span.start);
    const past = firstIndexNotBefore(this.starts.length, (at) => this.starts[at]! <= span.end);
    const start = first < past ? Math.min(this.starts[first]!, span.start) : span.start;
    const end = first < past ? Math.max(this.ends[past - 1]!, span.end) : span.end;
    this.starts.splice(first, past - first, start);
    this.ends.splice(first, past - first, end);
  }

  /** `added.some((other) => other.start < span.end && span.start < other.end)`, for a span of some length. */
  overlaps(span: Span): boolean {
    const interval = firstIndexNotBefore(this.ends.length, (at) => this.ends[at]! <= span.start);
    if (interval < this.starts.length && this.starts[interval]! < span.end) return true;
    const point = firstIndexNotBefore(this.points.length, (at) => this.points[at]! <= span.start);
    return point < this.points.length && this.points[point]! < span.end;
  }
}
