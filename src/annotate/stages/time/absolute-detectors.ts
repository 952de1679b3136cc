/** Detectors of calendar dates: numeric and written dates, months, years, decades, seasons. */
import type { TimeLexicon } from "../../lang/time-lexicon.js";
import { closestYear, expandYear, pad, yearOfDay } from "./calendar.js";
import { date, lower, tenseOf, withClock, type Candidate, type Detector, type DetectorContext } from "./detector.js";
import { END, START } from "./patterns.js";

/** "24-11-2021 09:10", "25 - 11 - 2021", "25/11/2021", "2021-11-24"; "05/02/2013" is May 2 in English (see numericMonthDay). */
export const numericDate: Detector = {
  name: "numeric-date",
  pattern: (p) => `${START}(?:(\\d{1,2})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))(?:\\s+(?:(?:${p.g.at})\\s+)?(\\d{1,2})\\s*(?:${p.g.hour}|:)\\s*(\\d{2}))?${END}`,
  resolve: (m, { lexicon }) => {
    const [year, month, day] = m[4] ? [m[4], ...numericMonthDay(Number(m[1]), Number(m[3]), m[2] === "/" ? lexicon.dateOrder : "day-month")] : [m[5]!, Number(m[6]), Number(m[7])];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return { ...withClock(`${year}-${pad(month)}-${pad(day)}`, m[8], m[9]), anchored: false };
  },
};

/**
 * Month and day of a numeric date: with slashes the language's order (mm/dd in English, dd/mm in
 * French), with dashes and dots day first ("12-03-2025", as European pages write it), unless one
 * of the two numbers cannot be a month (above 12), which then decides.
 */
export function numericMonthDay(first: number, second: number, order: TimeLexicon["dateOrder"]): [month: number, day: number] {
  const monthFirst = first > 12 ? false : second > 12 ? true : order === "month-day";
  return monthFirst ? [first, second] : [second, first];
}

/**
 * "le mercredi 24 novembre 2021 à 9 h 10", "Monday, 28 November 2005", "24 novembre", "le 6 mai dernier", "27 NOVEMBER, 2005".
 * A year after a comma is the date's only when no quantity noun follows it ("on 6 May, 2000
 * people marched" is 6 May and a count).
 */
export const dayMonth: Detector = {
  name: "day-month",
  pattern: (p) =>
    `${START}(?:(?:${p.g.article})\\s*)?(?:${p.weekdayLead})?(\\d{1,2})(?:${p.g.firstDaySuffix})?\\s+(${p.month})(?:\\s+(\\d{4}|\\d{2}(?![\\d\\s]*(?:%|€|\\p{L})))|,\\s*(\\d{4})(?![\\p{L}\\p{N}]|[.,]\\d|\\s\\d{3}|${p.quantityNoun}))?(?:\\s+(${p.past}|${p.future}))?(?:\\s+(?:(?:${p.g.at})\\s+)?(\\d{1,2})\\s*(?:${p.g.hour})\\s*(\\d{2})?)?${END}`,
  resolve: (m, context) => {
    const day = Number(m[1]);
    const month = context.lexicon.months[lower(m[2])!]!;
    if (day < 1 || day > 31) return null;
    const written = m[3] ?? m[4];
    const year = written ? (written.length === 2 ? expandYear(Number(written), context.anchor) : Number(written)) : null;
    return dayOfMonth(year, month, day, { modifier: lower(m[5]), hour: m[6], minute: m[7], at: m.index }, context);
  },
};

/** "November 19", "Wednesday, November 24, 2021", "Nov. 19th": where the month comes first (dateOrder "month-day"). */
export const monthDay: Detector = {
  name: "month-day",
  pattern: (p) => `${START}${p.monthFirst}(?:${p.weekdayLead})?(${p.month})\\.?\\s+(\\d{1,2})(?:${p.g.firstDaySuffix})?(?:,?\\s+(\\d{4}))?${END}(?![.,:]\\d)`,
  resolve: (m, context) => {
    const day = Number(m[2]);
    if (day < 1 || day > 31) return null;
    // "may 12 times": a month that is also a word is a month only capitalised, as month-first languages write months.
    if (context.lexicon.ambiguousMonths.includes(lower(m[1])!) && m[1]![0] === m[1]![0]!.toLowerCase()) return null;
    // "May 26 people": a count after a month, not its day.
    if (!m[3] && context.lexicon.quantityNouns.test(context.text.slice(m.index + m[0].length, m.index + m[0].length + 14))) return null;
    return dayOfMonth(m[3] ? Number(m[3]) : null, context.lexicon.months[lower(m[1])!]!, day, { at: m.index }, context);
  },
};

interface DayParts {
  /** "dernier", "prochain" after the date. */
  modifier?: string | undefined;
  hour?: string | undefined;
  minute?: string | undefined;
  /** Where the expression starts, to read its sentence's tense. */
  at: number;
}

/** A day of a month, its year written or (without one) found from the publication date and the sentence's tense. */
function dayOfMonth(written: number | null, month: number, day: number, parts: DayParts, { anchor, lexicon, sentenceAt }: DetectorContext): Omit<Candidate, "start" | "end"> {
  let year = written;
  if (year === null && anchor) {
    year = yearOfDay(month, day, anchor, parts.modifier ? null : tenseOf(sentenceAt(parts.at), lexicon));
    const candidate = Date.UTC(year, month - 1, day);
    if (parts.modifier && lexicon.past.includes(parts.modifier) && candidate > anchor.date.getTime()) year -= 1;
    if (parts.modifier && lexicon.future.includes(parts.modifier) && candidate < anchor.date.getTime()) year += 1;
  }
  // Without a year or a publication date, TIMEX3's unknown year: the day and month still place the article in time.
  if (year === null) return { type: "DATE", value: `XXXX-${pad(month)}-${pad(day)}`, granularity: "day", anchored: true };
  return { ...withClock(`${year}-${pad(month)}-${pad(day)}`, parts.hour, parts.minute), anchored: written === null };
}

/** "novembre 2021", "en décembre 2020", "octobre 98", "fin mars 2022". */
export const monthYear: Detector = {
  name: "month-year",
  pattern: (p) => `${START}(?:(?:${p.rangeModifier})-?\\s*(?:${p.g.of})?)?(${p.month})\\s+(\\d{4}|${p.shortYear})${END}(?!\\s*(?:${p.g.hour}|%|€))`,
  resolve: (m, { anchor, lexicon }) => {
    const year = m[2]!.length === 2 ? expandYear(Number(m[2]), anchor) : Number(m[2]);
    return date(`${year}-${pad(lexicon.months[lower(m[1])!]!)}`, "month", false);
  },
};

/** "juin prochain", "fin mars dernier", "en juin", "début octobre". */
export const relativeMonth: Detector = {
  name: "relative-month",
  // "en" announces the month but is not part of the expression (TimeML): it is looked behind, not matched.
  pattern: (p) => `${START}(?:(?:${p.rangeModifier})-?\\s*(?:${p.g.of})?|(?<=(?<![\\p{L}\\p{N}])(?:${p.g.in})\\s+))(${p.month})(?:\\s+(${p.past}|${p.future}))?${END}|${START}(${p.month})\\s+(${p.past}|${p.future})${END}`,
  resolve: (m, { anchor, lexicon }) => {
    const month = lexicon.months[lower(m[1] ?? m[3])!]!;
    const modifier = lower(m[2] ?? m[4]);
    if (!anchor) return date(null, "month", true);
    let year = anchor.date.getUTCFullYear();
    const anchorMonth = anchor.date.getUTCMonth() + 1;
    if (modifier && lexicon.past.includes(modifier) && month >= anchorMonth) year -= 1;
    if (modifier && lexicon.future.includes(modifier) && month <= anchorMonth) year += 1;
    return date(`${year}-${pad(month)}`, "month", true);
  },
};

/** "les années 1990", "années 90" → "199". */
export const decade: Detector = {
  name: "decade",
  pattern: (p) => `${START}(?:(?:${p.g.article})\\s+)?(?:${p.g.decades})\\s+(?:(19|20)(\\d)0|(\\d)0)${END}`,
  resolve: (m) => date(m[1] ? `${m[1]}${m[2]}` : `19${m[3]}`, "decade", false),
};

/** "1998", "l'année 2001", "en 2000"; not counts ("2000 euros") nor parts of numbers. */
export const year: Detector = {
  name: "year",
  pattern: (p) => `${START}(?:(?:${p.g.article})\\s*(?:${p.g.yearWord})\\s+)?(1[5-9]\\d{2}|20\\d{2})${END}(?![.,]\\d|\\s\\d{3})`,
  resolve: (m, { text, lexicon }) => {
    if (lexicon.quantityNouns.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) return null;
    return date(m[1]!, "year", false);
  },
};

/** "cet été", "l'hiver dernier", "l'été 2021", "en automne". */
export const season: Detector = {
  name: "season",
  // A determiner is required: "été" is also the past participle of "être" ("a été signé").
  pattern: (p) => `${START}(${p.g.demonstrative}|${p.g.article}|${p.g.in})\\s*(${p.season})(?:\\s+(${p.past}|${p.future}|\\d{4}))?${END}`,
  resolve: (m, { anchor, lexicon }) => {
    const code = lexicon.seasons[lower(m[2])!]!;
    const qualifier = lower(m[3]);
    if (qualifier && /^\d{4}$/.test(qualifier)) return date(`${qualifier}-${code}`, "quarter", false);
    const deictic = new RegExp(`^(?:${lexicon.grammar.demonstrative})$`, "iu").test(m[1] ?? "") || qualifier !== undefined;
    if (!deictic || !anchor) return date(`XXXX-${code}`, "quarter", false);
    const step = qualifier ? (lexicon.past.includes(qualifier) ? -1 : 1) : 0;
    return date(`${anchor.date.getUTCFullYear() + step}-${code}`, "quarter", true);
  },
};

/** "septembre", "le mois de juin": a month named alone, taken nearest the publication date ("mars" and "mai" need more context). */
export const bareMonth: Detector = {
  name: "bare-month",
  pattern: (p) => `${START}(?:(?:(?:${p.g.article})\\s+)?(?:${p.g.monthWord})\\s+(?:${p.g.of}))?(${p.unambiguousMonth})${END}|${START}(?:(?:${p.g.article})\\s+)?(?:${p.g.monthWord})\\s+(?:${p.g.of})(${p.month})${END}`,
  resolve: (m, { anchor, lexicon }) => {
    const month = lexicon.months[lower(m[1] ?? m[2])!]!;
    if (!anchor) return date(null, "month", true);
    return date(`${closestYear(month, 15, anchor)}-${pad(month)}`, "month", true);
  },
};

