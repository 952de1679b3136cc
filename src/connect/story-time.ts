/**
 * When a story happens, as clustering needs it: the span of its dated articles, and the days
 * its undated articles name without a year ("mercredi 24 novembre" with no publication date).
 * Reports of one event lie within days of each other, and its follow-ups (a charge, a verdict,
 * a repair) within weeks; a later event of the same kind (a second firing, a call months after
 * a signing) lies further, however alike the words. So time is a penalty on similarity within
 * a follow-up window and a bar past it, between publication dates; a date read from the text
 * only weighs (it may be the background's).
 */
import { dayDistance } from "../core/day-distance.js";
import type { ArticleFeatures } from "./article-features.js";

/** A story's first reports lie within this many days of one another: no penalty, and two stories further apart do not merge. */
export const MAX_GAP_DAYS = 7;

export interface TimeSpan {
  /** Earliest and latest dates of the dated articles (ISO, any precision), null when none is dated. */
  first: string | null;
  last: string | null;
  /** "MM-DD" days named without a year by the undated articles. */
  yearless: ReadonlySet<string>;
  /**
   * The span of the publication dates alone (null when none is published). A date read from the
   * text's events may be the background's ("the 1972 break-in"), so only publication dates bar
   * a story; the others weigh as a penalty. Absent (a span stored before it was kept): all its dates count as published.
   */
  published?: { first: string; last: string } | null;
}

/** Shared by the spans that name no day without a year (most): a corpus holds one span per article while stories are built. */
const NO_YEARLESS_DAYS: ReadonlySet<string> = new Set();

export function articleSpan(features: ArticleFeatures): TimeSpan {
  const published = features.published && features.mainDate ? { first: features.mainDate, last: features.mainDate } : null;
  const yearless = features.mainDate || features.yearlessDays.length === 0 ? NO_YEARLESS_DAYS : new Set(features.yearlessDays);
  return { first: features.mainDate, last: features.mainDate, yearless, published };
}

export function joinSpans(a: TimeSpan, b: TimeSpan): TimeSpan {
  const first = earliest(a.first, b.first);
  const last = latest(a.last, b.last);
  const [pa, pb] = [publishedSpan(a), publishedSpan(b)];
  const published = pa && pb ? { first: earliest(pa.first, pb.first)!, last: latest(pa.last, pb.last)! } : (pa ?? pb);
  return { first, last, yearless: b.yearless.size === 0 ? a.yearless : a.yearless.size === 0 ? b.yearless : new Set([...a.yearless, ...b.yearless]), published };
}

const earliest = (a: string | null, b: string | null) => [a, b].filter((date): date is string => date !== null).sort()[0] ?? null;
const latest = (a: string | null, b: string | null) => [a, b].filter((date): date is string => date !== null).sort().at(-1) ?? null;

function publishedSpan(span: TimeSpan): { first: string; last: string } | null {
  if (span.published !== undefined) return span.published;
  return span.first && span.last ? { first: span.first, last: span.last } : null;
}

/**
 * What an article's similarity to a story loses for the time between them, as Miranda et al.
 * (2018) decay the similarity of a story last updated long ago: nothing within `MAX_GAP_DAYS`,
 * then this much per doubling of the gap. A follow-up weeks later (a charge, a verdict, a
 * repair) still joins its story when it is much alike; a namesake a year later does not.
 */
export const LATE_PENALTY = 0.03;

/** Past this many days between publication dates an article tells another event however alike: a call months after a signing is a story of its own (related). */
export const MAX_FOLLOW_UP_DAYS = 90;

/** What a day named without a year and near no date of the other costs: a gap the length of the follow-up window. */
const YEARLESS_MISFIT_PENALTY = LATE_PENALTY * Math.log2(MAX_FOLLOW_UP_DAYS / MAX_GAP_DAYS);

export function timePenalty(a: TimeSpan, b: TimeSpan): number {
  const gap = datedGap(a, b);
  const [pa, pb] = [publishedSpan(a), publishedSpan(b)];
  // Most spans are all published: their gap is the one just measured.
  const publishedGap = pa && pb ? (pa.first === a.first && pa.last === a.last && pb.first === b.first && pb.last === b.last ? gap : datedGap(pa, pb)) : null;
  if ((publishedGap ?? 0) > MAX_FOLLOW_UP_DAYS) return Infinity;
  // A day named without a year that falls near no date of the other may be one the text recalls or
  // announces (a hearing, a trial date): as a date read from the text, it weighs and does not bar.
  if (gap === null) return spansFit(a, b) ? 0 : YEARLESS_MISFIT_PENALTY;
  return gap <= MAX_GAP_DAYS ? 0 : LATE_PENALTY * Math.log2(gap / MAX_GAP_DAYS);
}

/** Whether a span holds any publication date. */
export function isPublished(span: TimeSpan): boolean {
  return publishedSpan(span) !== null;
}

/** Whether both spans hold publication dates within `MAX_GAP_DAYS` of each other: reports of the same days. */
export function publishedTogether(a: TimeSpan, b: TimeSpan): boolean {
  const [pa, pb] = [publishedSpan(a), publishedSpan(b)];
  return pa !== null && pb !== null && (datedGap(pa, pb) ?? Infinity) <= MAX_GAP_DAYS;
}

/** Days between two dated spans beyond their precision (0 when they overlap); null when one is undated. */
function datedGap(a: { first: string | null; last: string | null }, b: { first: string | null; last: string | null }): number | null {
  if (!(a.first && a.last && b.first && b.last)) return null;
  const gap = a.last < b.first ? dayDistance(a.last, b.first) : a.first > b.last ? dayDistance(a.first, b.last) : 0;
  return gap === null ? null : Math.max(0, gap - precisionSlack(a.first) - precisionSlack(b.last));
}

/** Whether two spans can be one story's: dated spans within `maxGap` days, a dated one near a day the other names without a year; anything else fits. */
export function spansFit(a: TimeSpan, b: TimeSpan, maxGap = MAX_GAP_DAYS): boolean {
  if (a.first && a.last && b.first && b.last) {
    const gap = datedGap(a, b);
    return gap === null || gap <= maxGap;
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
