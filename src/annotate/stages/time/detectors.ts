/**
 * One detector per kind of time expression: a pattern built from the language lexicon and
 * a resolver that turns a match into a TIMEX3 value against the publication date. A
 * project-written cascade, because chrono-node's French parser misses month–year dates,
 * "fin mars dernier", decades and durations and misreads "25 - 11 - 2021" (notes §1).
 */
import type { Granularity, TimeType } from "../../annotation.js";
import type { TimeLexicon } from "../../lang/time-lexicon.js";
import { addDays, addMonths, closestYear, expandYear, formatDay, formatMonth, formatWeek, isoWeekday, pad, type Anchor } from "./calendar.js";
import { END, START, patternsFor, type LexiconPatterns } from "./patterns.js";

export interface Candidate {
  start: number;
  end: number;
  type: TimeType;
  value: string | null;
  granularity: Granularity | null;
  anchored: boolean;
}

export interface DetectorContext {
  text: string;
  anchor: Anchor | null;
  lexicon: TimeLexicon;
  /** The sentence around a position, to read its tense. */
  sentenceAt(position: number): string;
}

export interface Detector {
  name: string;
  pattern(p: LexiconPatterns): string;
  resolve(match: RegExpExecArray, context: DetectorContext): Omit<Candidate, "start" | "end"> | null;
}

const lower = (value: string | undefined) => value?.toLowerCase();
const date = (value: string | null, granularity: Granularity, anchored: boolean) => ({ type: "DATE" as const, value, granularity, anchored });

function numberValue(word: string, lexicon: TimeLexicon): number | null {
  if (/^\d/.test(word)) return Number(word.replace(",", "."));
  return lexicon.numbers[word.toLowerCase()] ?? null;
}

function withClock(day: string, hour: string | undefined, minute: string | undefined): { type: TimeType; value: string; granularity: Granularity } {
  return hour === undefined ? { type: "DATE", value: day, granularity: "day" } : { type: "TIME", value: `${day}T${pad(Number(hour))}:${pad(Number(minute ?? 0))}`, granularity: "minute" };
}

/** "24-11-2021 09:10", "25 - 11 - 2021", "25/11/2021", "2021-11-24". */
const numericDate: Detector = {
  name: "numeric-date",
  pattern: () => `${START}(?:(\\d{1,2})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))(?:\\s+(?:à\\s+)?(\\d{1,2})\\s*[h:]\\s*(\\d{2}))?${END}`,
  resolve: (m) => {
    const [year, month, day] = m[4] ? [m[4], m[3]!, m[1]!] : [m[5]!, m[6]!, m[7]!];
    if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return null;
    return { ...withClock(`${year}-${pad(Number(month))}-${pad(Number(day))}`, m[8], m[9]), anchored: false };
  },
};

/** "le mercredi 24 novembre 2021 à 9 h 10", "24 novembre", "le 6 mai dernier". */
const dayMonth: Detector = {
  name: "day-month",
  pattern: (p) => `${START}(?:le\\s+)?(?:(?:${p.weekday})\\s+)?(\\d{1,2})(?:er)?\\s+(${p.month})(?:\\s+(\\d{4}|\\d{2}(?![\\d\\s]*(?:%|€|\\p{L}))))?(?:\\s+(${p.past}|${p.future}))?(?:\\s+(?:à\\s+)?(\\d{1,2})\\s*h\\s*(\\d{2})?)?${END}`,
  resolve: (m, { anchor, lexicon }) => {
    const day = Number(m[1]);
    const month = lexicon.months[lower(m[2])!]!;
    if (day < 1 || day > 31) return null;
    let year = m[3] ? (m[3].length === 2 ? expandYear(Number(m[3]), anchor) : Number(m[3])) : null;
    if (year === null && anchor) {
      const modifier = lower(m[4]);
      year = closestYear(month, day, anchor);
      const candidate = Date.UTC(year, month - 1, day);
      if (modifier && lexicon.past.includes(modifier) && candidate > anchor.date.getTime()) year -= 1;
      if (modifier && lexicon.future.includes(modifier) && candidate < anchor.date.getTime()) year += 1;
    }
    if (year === null) return { type: "DATE", value: null, granularity: "day", anchored: true };
    return { ...withClock(`${year}-${pad(month)}-${pad(day)}`, m[5], m[6]), anchored: !m[3] };
  },
};

/** "novembre 2021", "en décembre 2020", "octobre 98", "fin mars 2022". */
const monthYear: Detector = {
  name: "month-year",
  pattern: (p) => `${START}(?:(?:${p.rangeModifier})-?\\s*(?:de\\s+|d['’])?)?(${p.month})\\s+(\\d{4}|\\d{2})${END}(?!\\s*(?:h|%|€))`,
  resolve: (m, { anchor, lexicon }) => {
    const year = m[2]!.length === 2 ? expandYear(Number(m[2]), anchor) : Number(m[2]);
    return date(`${year}-${pad(lexicon.months[lower(m[1])!]!)}`, "month", false);
  },
};

/** "juin prochain", "fin mars dernier", "en juin", "début octobre". */
const relativeMonth: Detector = {
  name: "relative-month",
  // "en" announces the month but is not part of the expression (TimeML): it is looked behind, not matched.
  pattern: (p) => `${START}(?:(?:${p.rangeModifier})-?\\s*(?:de\\s+|d['’])?|(?<=(?<![\\p{L}\\p{N}])en\\s+))(${p.month})(?:\\s+(${p.past}|${p.future}))?${END}|${START}(${p.month})\\s+(${p.past}|${p.future})${END}`,
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
const decade: Detector = {
  name: "decade",
  pattern: () => `${START}(?:les\\s+)?années\\s+(?:(19|20)(\\d)0|(\\d)0)${END}`,
  resolve: (m) => date(m[1] ? `${m[1]}${m[2]}` : `19${m[3]}`, "decade", false),
};

/** "1998", "l'année 2001", "en 2000"; not counts ("2000 euros") nor parts of numbers. */
const year: Detector = {
  name: "year",
  pattern: () => `${START}(?:l['’]année\\s+)?(1[5-9]\\d{2}|20\\d{2})${END}(?![.,]\\d|\\s\\d{3})`,
  resolve: (m, { text, lexicon }) => {
    if (lexicon.quantityNouns.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) return null;
    return date(m[1]!, "year", false);
  },
};

/** "hier", "hier mardi", "hier matin", "aujourd'hui", "demain soir"; "ce matin", "cette nuit". */
const relativeDay: Detector = {
  name: "relative-day",
  pattern: (p) => `${START}(?:(${p.relativeDay})(?:\\s+(?:${p.weekday}))?(?:\\s+(${p.partOfDay}))?|(?:ce|cette|cet)\\s+(${p.partOfDay}))${END}`,
  resolve: (m, { anchor, lexicon }) => {
    if (!anchor || anchor.precision !== "day") return date(null, "day", true);
    const offset = m[1] ? lexicon.relativeDays[lower(m[1])!] ?? 0 : 0;
    const day = formatDay(addDays(anchor.date, offset));
    const part = lower(m[2] ?? m[3]);
    return part ? { type: "TIME", value: `${day}T${lexicon.partsOfDay[part]}`, granularity: "part-of-day", anchored: true } : date(day, "day", true);
  },
};

/** "mercredi", "mardi soir", "jeudi prochain": the sentence's tense says which one. */
const weekday: Detector = {
  name: "weekday",
  pattern: (p) => `${START}(?:(?:ce|le)\\s+)?(${p.weekday})(?:\\s+(${p.past}|${p.future}))?(?:\\s+(${p.partOfDay}))?${END}(?!\\s+\\d)`,
  resolve: (m, { anchor, lexicon, sentenceAt }) => {
    if (!anchor || anchor.precision !== "day") return date(null, "day", true);
    const target = lexicon.weekdays[lower(m[1])!]!;
    const modifier = lower(m[2]);
    const future = modifier ? lexicon.future.includes(modifier) : lexicon.futureMarkers.test(sentenceAt(m.index));
    const today = isoWeekday(anchor.date);
    let shift = future ? (target - today + 7) % 7 : -((today - target + 7) % 7);
    if (modifier && shift === 0) shift = future ? 7 : -7;
    const day = formatDay(addDays(anchor.date, shift));
    const part = lower(m[3]);
    return part ? { type: "TIME", value: `${day}T${lexicon.partsOfDay[part]}`, granularity: "part-of-day", anchored: true } : date(day, "day", true);
  },
};

/** "l'année dernière", "l'an dernier", "cette année", "la semaine prochaine", "le mois dernier". */
const relativePeriod: Detector = {
  name: "relative-period",
  pattern: (p) => `${START}(?:(?:l['’]|la\\s+|le\\s+)(année|an|mois|semaine)\\s+(${p.past}|${p.future})|(?:cette|ce|cet)\\s+(année|mois|semaine))${END}`,
  resolve: (m, { anchor, lexicon }) => {
    const unit = lexicon.periodWords[lower(m[1] ?? m[3])!]!;
    const modifier = lower(m[2]);
    const step = modifier ? (lexicon.past.includes(modifier) ? -1 : 1) : 0;
    const granularity: Granularity = unit === "Y" ? "year" : unit === "M" ? "month" : "week";
    if (!anchor) return date(null, granularity, true);
    if (unit === "Y") return date(String(anchor.date.getUTCFullYear() + step), "year", true);
    if (unit === "M") return date(formatMonth(addMonths(anchor.date, step)), "month", true);
    return date(formatWeek(addDays(anchor.date, 7 * step)), "week", true);
  },
};

/** "il y a trois ans", "dans deux jours": a date counted from the publication date. */
const countedFromNow: Detector = {
  name: "counted-from-now",
  pattern: (p) => `${START}(il\\s+y\\s+a|dans)\\s+(${p.number})\\s+(${p.unit})${END}`,
  resolve: (m, { anchor, lexicon }) => {
    const count = numberValue(m[2]!, lexicon);
    const unit = lexicon.units[lower(m[3])!]!;
    const sign = lower(m[1])!.startsWith("dans") ? 1 : -1;
    const granularity: Granularity = unit === "Y" ? "year" : unit === "M" ? "month" : unit === "W" ? "week" : "day";
    if (count !== null && count < 0) return null; // "il y a quelques mois": a vague duration, left to that detector
    if (!anchor || count === null || !["Y", "M", "W", "D"].includes(unit)) return date(null, granularity, true);
    const n = sign * count;
    if (unit === "Y") return date(String(anchor.date.getUTCFullYear() + n), "year", true);
    if (unit === "M") return date(formatMonth(addMonths(anchor.date, n)), "month", true);
    if (unit === "W") return date(formatWeek(addDays(anchor.date, 7 * n)), "week", true);
    return date(formatDay(addDays(anchor.date, n)), "day", true);
  },
};

/** "deux jours", "six mois", "30,4 secondes", "environ une heure", "ces derniers jours". */
const duration: Detector = {
  name: "duration",
  pattern: (p) => `${START}(?:(?:environ|près\\s+de|plus\\s+de|moins\\s+de)\\s+)?(${p.number})\\s+(${p.unit})${END}|${START}(?:ces|les)\\s+(?:(?:${p.past})s?|(?:${p.future})s?)\\s+(${p.unit})${END}`,
  resolve: (m, { text, lexicon }) => {
    const unit = lexicon.units[lower(m[2] ?? m[3])!]!;
    const count = m[1] ? numberValue(m[1], lexicon) : -1;
    if (count === null || isAge(text, m, unit) || lexicon.idioms.includes(m[0].toLowerCase())) return null;
    const amount = count < 0 ? "X" : String(count);
    const clock = unit === "H" || unit === "MIN" || unit === "S";
    const letter = unit === "MIN" ? "M" : unit === "DE" ? "0Y" : unit === "CE" ? "00Y" : unit;
    const value = unit === "DE" || unit === "CE" ? `P${amount === "X" ? "X" : Number(amount) * (unit === "DE" ? 10 : 100)}Y` : `P${clock ? "T" : ""}${amount}${letter}`;
    return { type: "DURATION", value, granularity: null, anchored: false };
  },
};

/** "Alain, 53 ans,", "un chauffeur de 38 ans", "les 6-16 ans": ages, not durations. */
function isAge(text: string, match: RegExpExecArray, unit: string): boolean {
  if (unit !== "Y" || !/^\d/.test(match[0])) return false;
  const before = text.slice(Math.max(0, match.index - 8), match.index);
  return /(?:,|\bde|\bd['’]|-)\s*$/iu.test(before);
}

/** "21 h 45", "18 h", "à midi": a time on the publication day. */
const clock: Detector = {
  name: "clock",
  pattern: (p) => `${START}(?:(\\d{1,2})\\s*h\\s*(\\d{2})?|(${p.clockWord}))${END}`,
  resolve: (m, { anchor, lexicon }) => {
    const hour = m[1] !== undefined ? Number(m[1]) : lexicon.clockWords[lower(m[3])!] ?? 0;
    if (hour > 23) return null;
    if (!anchor || anchor.precision !== "day") return { type: "TIME", value: null, granularity: "minute", anchored: true };
    return { type: "TIME", value: `${formatDay(anchor.date)}T${pad(hour)}:${pad(Number(m[2] ?? 0))}`, granularity: "minute", anchored: true };
  },
};

/** "cet été", "l'hiver dernier", "l'été 2021", "en automne". */
const season: Detector = {
  name: "season",
  // A determiner is required: "été" is also the past participle of "être" ("a été signé").
  pattern: (p) => `${START}(cet|ce|l['’]|en)\\s*(${p.season})(?:\\s+(${p.past}|${p.future}|\\d{4}))?${END}`,
  resolve: (m, { anchor, lexicon }) => {
    const code = lexicon.seasons[lower(m[2])!]!;
    const qualifier = lower(m[3]);
    if (qualifier && /^\d{4}$/.test(qualifier)) return date(`${qualifier}-${code}`, "quarter", false);
    const deictic = lower(m[1])?.startsWith("ce") || qualifier !== undefined;
    if (!deictic || !anchor) return date(`XXXX-${code}`, "quarter", false);
    const step = qualifier ? (lexicon.past.includes(qualifier) ? -1 : 1) : 0;
    return date(`${anchor.date.getUTCFullYear() + step}-${code}`, "quarter", true);
  },
};

/** "chaque jour", "tous les jeudis", "chaque année" (not "quotidien": in news it is mostly a newspaper). */
const recurrence: Detector = {
  name: "recurrence",
  pattern: (p) => `${START}(?:${p.every})\\s+(?:(${p.unit})|(${p.weekday})s?)${END}`,
  resolve: (m, { lexicon }) => {
    if (m[2]) return { type: "SET", value: `XXXX-WXX-${lexicon.weekdays[lower(m[2])!]}`, granularity: "day", anchored: false };
    const unit = lexicon.units[lower(m[1])!]!;
    if (!["Y", "M", "W", "D", "H"].includes(unit)) return null;
    return { type: "SET", value: unit === "H" ? "PT1H" : `P1${unit}`, granularity: null, anchored: false };
  },
};

/** "désormais", "actuellement", "auparavant": TIMEX3 reference values. */
const reference: Detector = {
  name: "reference",
  pattern: (p) => `${START}(${p.reference})${END}`,
  resolve: (m, { lexicon }) => date(lexicon.references[lower(m[1])!] ?? null, "day", true),
};

/** "semestre", "quinquennat": nouns that are durations. */
const periodNoun: Detector = {
  name: "period-noun",
  pattern: (p) => `${START}(${p.periodNoun})${END}`,
  resolve: (m, { lexicon }) => ({ type: "DURATION", value: lexicon.periodNouns[lower(m[1])!] ?? null, granularity: null, anchored: false }),
};

/** "septembre", "le mois de juin": a month named alone, taken nearest the publication date ("mars" and "mai" need more context). */
const bareMonth: Detector = {
  name: "bare-month",
  pattern: (p) => `${START}(?:(?:le\\s+)?mois\\s+(?:de\\s+|d['’]))?(${p.unambiguousMonth})${END}|${START}(?:le\\s+)?mois\\s+(?:de\\s+)(${p.month})${END}`,
  resolve: (m, { anchor, lexicon }) => {
    const month = lexicon.months[lower(m[1] ?? m[2])!]!;
    if (!anchor) return date(null, "month", true);
    return date(`${closestYear(month, 15, anchor)}-${pad(month)}`, "month", true);
  },
};

/** "ce week-end", "le week-end dernier". */
const weekend: Detector = {
  name: "weekend",
  pattern: (p) => `${START}(?:ce|le)\\s+(?:${p.weekend})(?:\\s+(${p.past}|${p.future}))?${END}`,
  resolve: (m, { anchor, lexicon }) => {
    if (!anchor) return date(null, "week", true);
    const modifier = lower(m[1]);
    const step = modifier ? (lexicon.past.includes(modifier) ? -1 : 1) : 0;
    return date(`${formatWeek(addDays(anchor.date, 7 * step))}-WE`, "week", true);
  },
};

/** "la nuit", "dans la soirée", "le matin même": a part of the day last mentioned (anchored like clock times). */
const partOfDay: Detector = {
  name: "part-of-day",
  pattern: (p) => `${START}(?:la|le|dans\\s+la|dans\\s+le|en)\\s+(${p.partOfDay})(?:\\s+même)?${END}`,
  resolve: (m, { anchor, lexicon }) => {
    if (!anchor || anchor.precision !== "day") return { type: "TIME", value: null, granularity: "part-of-day", anchored: true };
    return { type: "TIME", value: `${formatDay(anchor.date)}T${lexicon.partsOfDay[lower(m[1])!]}`, granularity: "part-of-day", anchored: true };
  },
};

/** In priority order: on equal spans the earlier detector wins. */
export const detectors: readonly Detector[] = [numericDate, dayMonth, monthYear, relativeMonth, decade, countedFromNow, relativePeriod, relativeDay, weekday, weekend, season, recurrence, year, duration, periodNoun, bareMonth, partOfDay, clock, reference];

/** Detectors whose day is the day last mentioned in the text, not the publication day. */
export const ANCHORED_ON_LAST_DAY: ReadonlySet<string> = new Set(["clock", "part-of-day"]);
