/**
 * A date as a page states it → ISO 8601, only as precise as stated: "2021-11-24T09:10",
 * "2021-11-24", "2022-04". Numeric and month-name forms are matched by project patterns
 * because chrono-node misreads spaced numeric dates ("25 - 11 - 2021" as a time range) and
 * ignores "2022-04"; chrono is the fallback for other textual forms, and only its certain
 * year-month-day readings are kept. A date without a stated year is not a publication date.
 */
import * as chrono from "chrono-node";
import { escapeRegExp } from "../core/escape-regexp.js";
import type { ExtractionCues } from "./lang/cues.js";
import { cuesFor } from "./lang/index.js";

const ISO_DATE_TIME = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/;
const YEAR_MONTH = /(?:^|[^\d-])(\d{4})-(\d{2})(?![\d-])/;
/** Day, month, year separated by - / . with optional spaces: "24-11-2021", "25 - 11 - 2021", "25/11/2021". */
const DAY_MONTH_YEAR = /\b(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})\b/;
const CLOCK = /^\s*(?:à|at|,|-|–)?\s*(\d{1,2})\s*(?::|h|H)\s*(\d{2})\b/;
const RFC_2822 = /\b(\d{1,2})\s+([A-Za-z]{3})\w*\.?\s+(\d{4})(?:\s+(\d{2}):(\d{2})(?::\d{2})?)?/;

export function parseStatedDate(text: string, options: { language?: string | null } = {}): string | null {
  const iso = ISO_DATE_TIME.exec(text);
  if (iso) return composeIso(iso[1]!, iso[2]!, iso[3]!, iso[4], iso[5]);
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const clock = CLOCK.exec(text.slice(dmy.index + dmy[0].length));
    return composeIso(dmy[4]!, dmy[3]!, dmy[1]!, clock?.[1], clock?.[2]);
  }
  const yearMonth = YEAR_MONTH.exec(text);
  if (yearMonth && isMonth(Number(yearMonth[2]))) return `${yearMonth[1]}-${yearMonth[2]}`;
  return monthNameDate(text, options.language ?? null) ?? chronoDate(text, options.language ?? null);
}

/** "24 novembre 2021", "1er décembre 2021 à 9h10", "November 24, 2021", "24 Nov 2021 09:10". */
function monthNameDate(text: string, language: string | null): string | null {
  for (const cues of cuesFor(language)) {
    const patterns = monthPatterns(cues);
    const dayFirst = patterns.dayFirst.exec(text);
    const monthFirst = patterns.monthFirst.exec(text);
    const match = dayFirst ?? monthFirst;
    if (!match) continue;
    const [day, monthName, year] = dayFirst ? [match[1]!, match[2]!, match[3]!] : [match[2]!, match[1]!, match[3]!];
    const month = cues.months[monthName.toLowerCase()];
    if (!month) continue;
    const clock = CLOCK.exec(text.slice(match.index + match[0].length));
    return composeIso(year, String(month), day, clock?.[1], clock?.[2]);
  }
  const rfc = RFC_2822.exec(text);
  const rfcMonth = rfc ? cuesFor("en")[0]!.months[rfc[2]!.toLowerCase()] : undefined;
  return rfc && rfcMonth ? composeIso(rfc[3]!, String(rfcMonth), rfc[1]!, rfc[4], rfc[5]) : null;
}

const monthPatternCache = new WeakMap<ExtractionCues, { dayFirst: RegExp; monthFirst: RegExp }>();

function monthPatterns(cues: ExtractionCues): { dayFirst: RegExp; monthFirst: RegExp } {
  let patterns = monthPatternCache.get(cues);
  if (!patterns) {
    const names = Object.keys(cues.months).sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
    patterns = {
      dayFirst: new RegExp(`\\b(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(${names})\\.?,?\\s+(\\d{4})\\b`, "iu"),
      monthFirst: new RegExp(`\\b(${names})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "iu"),
    };
    monthPatternCache.set(cues, patterns);
  }
  return patterns;
}

function chronoDate(text: string, language: string | null): string | null {
  const parser = language === "fr" ? chrono.fr : chrono.en;
  for (const result of parser.parse(text)) {
    // Only dates written with their year: chrono also reads "30 minutes before bed" as a certain day.
    if (!/\d{4}/.test(result.text)) continue;
    const start = result.start;
    if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) continue;
    const hour = start.isCertain("hour") ? String(start.get("hour")) : undefined;
    const minute = start.isCertain("hour") ? String(start.get("minute") ?? 0) : undefined;
    return composeIso(String(start.get("year")), String(start.get("month")), String(start.get("day")), hour, minute);
  }
  return null;
}

function composeIso(year: string, month: string, day: string, hour?: string, minute?: string): string | null {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (!isMonth(m) || d < 1 || d > daysInMonth(y, m)) return null;
  const date = `${year.padStart(4, "0")}-${pad(m)}-${pad(d)}`;
  if (hour === undefined || minute === undefined) return date;
  const h = Number(hour);
  const min = Number(minute);
  return h <= 23 && min <= 59 ? `${date}T${pad(h)}:${pad(min)}` : date;
}

function isMonth(month: number): boolean {
  return month >= 1 && month <= 12;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
