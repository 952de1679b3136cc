/**
 * A story's coverage over time: its articles counted per day, week or month (the unit chosen so
 * the chart keeps a readable number of bars), every period between the first and the last
 * included so gaps show as gaps, and per outlet.
 */
export type CoverageUnit = "day" | "week" | "month";

export interface CoverageBin {
  /** The period's first day, YYYY-MM-DD (a week starts on Monday). */
  start: string;
  count: number;
  /** Articles per outlet in this period, most first. */
  outlets: Array<{ outlet: string; count: number }>;
}

export interface Coverage {
  unit: CoverageUnit;
  bins: CoverageBin[];
  outlets: Array<{ outlet: string; count: number }>;
  undated: number;
}

/** Up to this many days a bar is a day; up to a year, a week; beyond, a month. */
const MAX_DAYS_BY_DAY = 62;
const MAX_DAYS_BY_WEEK = 366;
const DAY_MS = 86_400_000;

/** `count`: how many articles share this date and outlet (one by default), as the server groups a big story's. */
export function coverageOf(articles: ReadonlyArray<{ published: string | null; outlet: string; count?: number }>): Coverage {
  const dated: Array<{ day: number; outlet: string; count: number }> = [];
  for (const article of articles) {
    const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(article.published ?? "");
    if (match) dated.push({ day: Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])), outlet: article.outlet, count: article.count ?? 1 });
  }
  const outlets = ranked(articles.map((article) => [article.outlet, article.count ?? 1] as const));
  const total = articles.reduce((sum, article) => sum + (article.count ?? 1), 0);
  const datedTotal = dated.reduce((sum, article) => sum + article.count, 0);
  if (dated.length === 0) return { unit: "day", bins: [], outlets, undated: total };
  const days = dated.map((article) => article.day);
  const [first, last] = [Math.min(...days), Math.max(...days)];
  const span = (last - first) / DAY_MS;
  const unit: CoverageUnit = span <= MAX_DAYS_BY_DAY ? "day" : span <= MAX_DAYS_BY_WEEK ? "week" : "month";
  const byStart = new Map<number, Array<readonly [string, number]>>();
  for (let start = periodStart(first, unit); start <= last; start = nextPeriod(start, unit)) byStart.set(start, []);
  for (const article of dated) byStart.get(periodStart(article.day, unit))!.push([article.outlet, article.count]);
  const bins = [...byStart].map(([start, names]) => ({ start: new Date(start).toISOString().slice(0, 10), count: names.reduce((sum, [, count]) => sum + count, 0), outlets: ranked(names) }));
  return { unit, bins, outlets, undated: total - datedTotal };
}

function periodStart(day: number, unit: CoverageUnit): number {
  if (unit === "day") return day;
  const date = new Date(day);
  if (unit === "week") return day - ((date.getUTCDay() + 6) % 7) * DAY_MS;
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

function nextPeriod(start: number, unit: CoverageUnit): number {
  if (unit === "day") return start + DAY_MS;
  if (unit === "week") return start + 7 * DAY_MS;
  const date = new Date(start);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

function ranked(names: ReadonlyArray<readonly [string, number]>): Array<{ outlet: string; count: number }> {
  const counts = new Map<string, number>();
  for (const [name, count] of names) counts.set(name, (counts.get(name) ?? 0) + count);
  return [...counts].map(([outlet, count]) => ({ outlet, count })).sort((a, b) => b.count - a.count || a.outlet.localeCompare(b.outlet));
}
