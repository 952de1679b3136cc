/**
 * Entity mentions as listed (entities' order, then each entity's mentions), with the mentions
 * starting or ending in a stretch of text found by binary search: the callers' finds and filters
 * run on those few, in listed order, and return what they returned over the whole list.
 */
import { firstIndexNotBefore } from "../../../core/spans-by-start.js";
import type { Located } from "./speaking-mentions.js";

export interface ListedMentions {
  /** The mentions starting at `from` to `to` (both included), in listed order. */
  startingIn(from: number, to: number): Located[];
  /** The mentions ending at `from` to `to` (both included), in listed order. */
  endingIn(from: number, to: number): Located[];
}

export function listedMentions(listed: readonly Located[]): ListedMentions {
  const byStart = sortedBy(listed, (located) => located.mention.start);
  const byEnd = sortedBy(listed, (located) => located.mention.end);
  return { startingIn: (from, to) => within(listed, byStart, from, to), endingIn: (from, to) => within(listed, byEnd, from, to) };
}

interface Positions {
  /** Indexes into the listed mentions, ordered by position. */
  order: number[];
  positions: number[];
}

function sortedBy(listed: readonly Located[], position: (located: Located) => number): Positions {
  const order = listed.map((_, index) => index).sort((a, b) => position(listed[a]!) - position(listed[b]!));
  return { order, positions: order.map((index) => position(listed[index]!)) };
}

function within(listed: readonly Located[], { order, positions }: Positions, from: number, to: number): Located[] {
  const found: number[] = [];
  for (let at = firstIndexNotBefore(positions.length, (index) => positions[index]! < from); at < positions.length && positions[at]! <= to; at += 1) found.push(order[at]!);
  return found.sort((a, b) => a - b).map((index) => listed[index]!);
}
