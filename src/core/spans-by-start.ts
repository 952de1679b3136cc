/**
 * Lookups in a list of items ordered by where their spans start, each span ending at or after its
 * start: no item that starts after a position ends before it, so a binary search bounds what a
 * scan of the whole list would find, and the lookups return what the scans return.
 */
import type { Span } from "./message.js";

/** Whether the items are so ordered, each span well formed: a caller that cannot be sure checks, and scans otherwise. */
export function inStartOrder<T>(items: readonly T[], spanOf: (item: T) => Span): boolean {
  let previous = -Infinity;
  for (const item of items) {
    const { start, end } = spanOf(item);
    if (start < previous || end < start) return false;
    previous = start;
  }
  return true;
}

/** `items.filter((item) => spanOf(item).start >= span.start && spanOf(item).end <= span.end)`, over ordered items. */
export function itemsWithin<T>(items: readonly T[], spanOf: (item: T) => Span, span: Span): T[] {
  const within: T[] = [];
  for (let index = firstIndexNotBefore(items.length, (at) => spanOf(items[at]!).start < span.start); index < items.length; index += 1) {
    const { start, end } = spanOf(items[index]!);
    if (start > span.end) break;
    if (end <= span.end) within.push(items[index]!);
  }
  return within;
}

/** `items.findLast((item) => spanOf(item).end <= position && spanOf(item).start >= from && accept(item))`, over ordered items. */
export function lastEndingBy<T>(items: readonly T[], spanOf: (item: T) => Span, position: number, from: number, accept: (item: T) => boolean): T | undefined {
  // Past the last item starting by the position, none ends by it.
  for (let index = firstIndexNotBefore(items.length, (at) => spanOf(items[at]!).start <= position) - 1; index >= 0; index -= 1) {
    const item = items[index]!;
    const { start, end } = spanOf(item);
    if (start < from) return undefined;
    if (end <= position && accept(item)) return item;
  }
  return undefined;
}

/** The first index below `count` where `before` no longer holds (it holds on a prefix): a binary search. */
export function firstIndexNotBefore(count: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
