/** Calendar arithmetic on UTC dates and TIMEX3 value formatting. */

export interface Anchor {
  /** The publication date as a UTC midnight. */
  date: Date;
  /** Granularity the publication date was stated with; relative days need a day. */
  precision: "year" | "month" | "day";
}

/** "2021-11-24T09:10" / "2021-11-24" / "2022-04" / "2022" → an anchor, or null. */
export function parseAnchor(published: string | null): Anchor | null {
  const match = published ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)];
  return { date: new Date(Date.UTC(year, month - 1, day)), precision: match[3] ? "day" : match[2] ? "month" : "year" };
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(date: Date): number {
  return ((date.getUTCDay() + 6) % 7) + 1;
}

export function formatDay(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function formatMonth(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
}

/** ISO 8601 week, "2021-W48". */
export function formatWeek(date: Date): string {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const yearStart = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((thursday.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${thursday.getUTCFullYear()}-W${pad(week)}`;
}

export function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** A two-digit year as newspapers write it ("octobre 98"): within a century around the anchor. */
export function expandYear(twoDigits: number, anchor: Anchor | null): number {
  const reference = anchor?.date.getUTCFullYear() ?? new Date().getUTCFullYear();
  const century = Math.floor(reference / 100) * 100;
  const candidate = century + twoDigits;
  return candidate > reference + 20 ? candidate - 100 : candidate;
}

/** The year that puts month/day closest to the anchor (a date written without its year). */
export function closestYear(month: number, day: number, anchor: Anchor): number {
  return yearOfDay(month, day, anchor, null);
}

export type Tense = "past" | "future";

/**
 * How much farther a date on the wrong side of the publication date counts, for a sentence in the past
 * or the future: such a sentence takes the other side's date only when that one is within about three
 * months (a year's 365 days split 1:3), so "he was arrested on November 19" in an article of 1 June is
 * last November's, while "the hearing was set for June 10" stays this June's.
 */
const AGAINST_TENSE_WEIGHT = 3;

/** The year of a day written without one: the nearest to the anchor, leaning to the side the sentence's tense says. */
export function yearOfDay(month: number, day: number, anchor: Anchor, tense: Tense | null): number {
  const year = anchor.date.getUTCFullYear();
  const distance = (y: number) => {
    const signed = Date.UTC(y, month - 1, day) - anchor.date.getTime();
    const against = (tense === "past" && signed > 0) || (tense === "future" && signed < 0);
    return Math.abs(signed) * (against ? AGAINST_TENSE_WEIGHT : 1);
  };
  return [year - 1, year, year + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best), year);
}
