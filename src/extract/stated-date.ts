/**
 * A date as a page states it → ISO 8601, only as precise as stated: "2021-11-24T09:10",
 * "2021-11-24", "2022-04" (the clock as written; its time zone is dropped, as ISO offsets are).
 * Numeric forms are matched by project patterns because chrono-node misreads spaced numeric
 * dates ("25 - 11 - 2021" as a time range) and ignores "2022-04". English month-name stamps
 * are chrono's: once a scrape's spacing is repaired ("1: 10PM", "p. m."), it reads their
 * 12-hour clocks, leading clocks and zones right on all 230 stamps of stories-en-dev, where the
 * project's patterns took "1:12 PM" for 01:12. French month names are the project's patterns
 * (chrono's French misses "1er décembre 2021 à 9h10"). Only certain year-month-day readings are
 * kept: a date without a stated year is not a publication date.
 */
import { createRequire } from "node:module";
import { escapeRegExp } from "../core/escape-regexp.js";
import type { ExtractionCues } from "./lang/cues.js";
import { cuesFor } from "./lang/index.js";

const ISO_DATE_TIME = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/;
const YEAR_MONTH = /(?:^|[^\d-])(\d{4})-(\d{2})(?![\d-])/;
/** Day, month, year separated by - / . with optional spaces: "24-11-2021", "25 - 11 - 2021", "25/11/2021". */
const DAY_MONTH_YEAR = /\b(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})\b/;
/** A clock after a date: "à 9h10", "09:10", ", 1:12 PM", "at 5:19 pm", "- 4:35 PM", "@ 8:13am". */
const CLOCK = /^\s*(?:à|at|,|-|–|@|\|)?\s*(\d{1,2})\s*(?::|h|H)\s*(\d{2})(?::\d{2})?\s*(?:([ap])m\b)?/i;
/** A clock before a date: "8:13 AM PDT 8/2/2013", "13:26 14/09/2013", "23:37:00 05/05/2010". */
const LEADING_CLOCK = /(?:^|\s)(\d{1,2}):(\d{2})(?::\d{2})?\s*(?:([ap])m\b)?\s*(?:[A-Z]{2,5}\s*)?[,|]?\s*$/i;
/** A 12-hour clock marks US usage, where numeric dates put the month first. */
const TWELVE_HOUR = /\d\s*[ap]m\b/i;
/** Month, day, two-digit year, with slashes only ("11/30/09 05:40 PM ET"): dashes and dots with two digits are versions and scores. */
const NUMERIC_SHORT_YEAR = /\b(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{2})(?![\d/])/;
/** The century of a two-digit year: "09" is 2009, "98" is 1998. */
const SHORT_YEAR_PIVOT = 70;

/**
 * How to read a numeric date whose two numbers could each be the month (a number above 12
 * decides by itself): with slashes, month first in English ("05/02/2013" is May 2, US usage) and
 * day first in French and other languages ("05/02/2013" is 5 February); with dashes or dots, day
 * first in every language ("12-03-2025 16:20", as European pages write it). When the language is
 * unknown, a 12-hour clock beside a slashed date says month first; otherwise day first, or no
 * date at all when the caller would rather have none than a guess ("reject").
 */
export interface StatedDateOptions {
  language?: string | null;
  ambiguousNumeric?: "guess" | "reject";
}

/** Languages that write numeric dates month first. */
const MONTH_FIRST_LANGUAGES: ReadonlySet<string> = new Set(["en"]);
/** Languages whose month-name stamps chrono-node reads better than the project's patterns. */
const CHRONO_FIRST_LANGUAGES: ReadonlySet<string> = new Set(["en"]);
const RFC_2822 = /\b(\d{1,2})\s+([A-Za-z]{3})\w*\.?\s+(\d{4})(?:\s+(\d{2}):(\d{2})(?::\d{2})?)?/;

export function parseStatedDate(text: string, options: StatedDateOptions = {}): string | null {
  const stamp = repairStampSpacing(text);
  const language = options.language ?? null;
  const iso = ISO_DATE_TIME.exec(stamp);
  if (iso) return composeIso(iso[1]!, iso[2]!, iso[3]!, iso[4], iso[5]);
  const numeric = numericDate(stamp, language, options.ambiguousNumeric ?? "guess");
  if (numeric !== undefined) return numeric;
  const yearMonth = YEAR_MONTH.exec(stamp);
  if (yearMonth && isMonth(Number(yearMonth[2]))) return `${yearMonth[1]}-${yearMonth[2]}`;
  if (language === null || CHRONO_FIRST_LANGUAGES.has(language)) return chronoDate(stamp, "en") ?? monthNameDate(stamp, language);
  return monthNameDate(stamp, language) ?? chronoDate(stamp, language);
}

/**
 * Scraped stamps come with spaces inside their clocks and marks ("1: 10PM", "4:08 p. m.",
 * "05. 51AM", "2012-5:46 pm", "2004 08. 23 BST"), which chrono reads as other times (1:00, a zone of -5:46).
 */
function repairStampSpacing(text: string): string {
  return text
    .replace(/(\d)\s*:\s+(\d{2})/gu, "$1:$2")
    .replace(/(\d)\.\s*(\d{2})\s*([ap])\.?\s*m\b\.?/giu, "$1:$2$3m")
    .replace(/(\d)\s*([ap])\.\s*m\.?(?!\p{L})/giu, "$1 $2m")
    .replace(/(\d{4}),?\s*[-–]\s*(\d{1,2}:\d{2})/gu, "$1 $2")
    .replace(/(\d{4},?\s+\d{1,2})\.\s+(\d{2})(?!\d)/gu, "$1:$2");
}

/** A numeric date with its clock; undefined when there is none, null when it is no valid or no decidable date. */
function numericDate(stamp: string, language: string | null, ambiguous: "guess" | "reject"): string | null | undefined {
  const full = DAY_MONTH_YEAR.exec(stamp);
  const short = full ? null : NUMERIC_SHORT_YEAR.exec(stamp);
  const match = full ?? short;
  if (!match) return undefined;
  const [first, second] = [Number(match[1]), Number(full ? match[3] : match[2])];
  const twoDigitYear = full ? null : Number(match[3]);
  const year = twoDigitYear === null ? match[4]! : String(twoDigitYear + (twoDigitYear < SHORT_YEAR_PIVOT ? 2000 : 1900));
  const slashed = !full || match[2] === "/";
  const monthFirst = first > 12 ? false : second > 12 ? true : first === second ? true : slashed ? numericMonthFirst(stamp, language, ambiguous) : false;
  if (monthFirst === null) return null;
  const clock = CLOCK.exec(stamp.slice(match.index + match[0].length)) ?? LEADING_CLOCK.exec(stamp.slice(0, match.index));
  const [month, day] = monthFirst ? [first, second] : [second, first];
  return composeIso(year, String(month), String(day), clock ? twentyFourHour(clock[1]!, clock[3]) : undefined, clock?.[2]);
}

function numericMonthFirst(stamp: string, language: string | null, ambiguous: "guess" | "reject"): boolean | null {
  if (language !== null) return MONTH_FIRST_LANGUAGES.has(language);
  if (TWELVE_HOUR.test(stamp)) return true;
  return ambiguous === "guess" ? false : null;
}

/** "1" + "p" → "13"; "12" + "a" → "0"; a 24-hour clock as written. */
function twentyFourHour(hour: string, meridiem: string | undefined): string {
  if (!meridiem) return hour;
  const h = Number(hour) % 12;
  return String(meridiem.toLowerCase() === "p" ? h + 12 : h);
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
    return composeIso(year, String(month), day, clock ? twentyFourHour(clock[1]!, clock[3]) : undefined, clock?.[2]);
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

/** Only dates written with their year: chrono also reads "30 minutes before bed" as a certain day. */
const WRITTEN_YEAR = /\d{4}/;

type ChronoLocale = Pick<typeof import("chrono-node/en"), "parse">;
const requireModule = createRequire(import.meta.url);

/**
 * chrono's locale, loaded when a first stamp needs it (most are ISO or numeric): its locale
 * alone, as the package's index loads all fifteen at five times the start-up cost. Through
 * require, as parsing is synchronous; the package exports a CommonJS build of the same sources.
 */
function chronoLocale(language: string | null): ChronoLocale {
  return requireModule(language === "fr" ? "chrono-node/fr" : "chrono-node/en") as ChronoLocale;
}

function chronoDate(text: string, language: string | null): string | null {
  // What chrono reads is a part of the text: without a written year there, nothing it reads is kept.
  if (!WRITTEN_YEAR.test(text)) return null;
  for (const result of chronoLocale(language).parse(text)) {
    if (!WRITTEN_YEAR.test(result.text)) continue;
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
