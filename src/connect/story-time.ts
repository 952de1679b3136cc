/**
 * When a story happens, as clustering needs it: the span of its dated articles, and the days
 * its undated articles name without a year ("mercredi 24 novembre" with no publication date).
 * Two reports of one event lie within days of each other; a later event of the same kind
 * (a second firing, a follow-up call) does not, however alike the words.
 */
import { dayDistance } from "../core/day-distance.js";
import type { ArticleFeatures } from "./article-features.js";

/** A story's reports lie within this many days of one another; past it, an article reports another event. */
export const MAX_GAP_DAYS = 7;

export interface TimeSpan {
  /** Earliest and latest dates of the dated articles (ISO, any precision), null when none is dated. */
  first: string | null;
  last: string | null;
  /** "MM-DD" days named without a year by the undated articles. */
  yearless: ReadonlySet<string>;
}

export function articleSpan(features: ArticleFeatures): TimeSpan {
  return { first: features.mainDate, last: features.mainDate, yearless: new Set(features.mainDate ? [] : features.yearlessDays) };
}

export function joinSpans(a: TimeSpan, b: TimeSpan): TimeSpan {
  const first = [a.first, b.first].filter((date): date is string => date !== null).sort()[0] ?? null;
  const last = [a.last, b.last].filter((date): date is string => date !== null).sort().at(-1) ?? null;
  return { first, last, yearless: b.yearless.size === 0 ? a.yearless : a.yearless.size === 0 ? b.yearless : new Set([...a.yearless, ...b.yearless]) };
}

/** Whether two spans can be one story's: dated spans within `MAX_GAP_DAYS`, a dated one near a day the other names without a year; anything else fits. */
export function spansFit(a: TimeSpan, b: TimeSpan): boolean {
  if (a.first && a.last && b.first && b.last) {
    const gap = a.last < b.first ? dayDistance(a.last, b.first) : a.first > b.last ? dayDistance(a.first, b.last) : 0;
    return gap === null || gap <= MAX_GAP_DAYS + precisionSlack(a.first) + precisionSlack(b.last);
  }
  const [dated, undated] = a.first ? [a, b] : [b, a];
  if (!dated.first || !dated.last || undated.yearless.size === 0) return true;
  return [...undated.yearless].some((day) => yearlessDayFits(day, dated.first!, dated.last!));
}

/** A month or a year is a span, not a day: its distance counts from its middle, so it is given half its length. */
function precisionSlack(date: string): number {
  return date.length === 4 ? 183 : date.length === 7 ? 15 : 0;
}

/** Whether "MM-DD" in the years around a span falls within `MAX_GAP_DAYS` of it; a month counts as its days, a year as any day. */
function yearlessDayFits(day: string, first: string, last: string): boolean {
  if (first.length < 7 || last.length < 7) return true;
  const from = first.length === 7 ? `${first}-01` : first.slice(0, 10);
  const to = last.length === 7 ? `${last}-31` : last.slice(0, 10);
  for (let year = Number(from.slice(0, 4)) - 1; year <= Number(to.slice(0, 4)) + 1; year += 1) {
    const date = `${year}-${day}`;
    if (date >= from && date <= to) return true;
    const gap = Math.min(dayDistance(date, from) ?? Infinity, dayDistance(date, to) ?? Infinity);
    if (gap <= MAX_GAP_DAYS) return true;
  }
  return false;
}
