/** Detectors of dates relative to the publication date, clock times and deictic references. */
import type { Granularity } from "../../annotation.js";
import { addDays, addMonths, formatDay, formatMonth, formatWeek, isoWeekday, pad } from "./calendar.js";
import { date, lower, numberValue, type Detector } from "./detector.js";
import { END, START } from "./patterns.js";

/** "hier", "hier mardi", "hier matin", "aujourd'hui", "demain soir"; "ce matin", "cette nuit". */
export const relativeDay: Detector = {
  name: "relative-day",
  pattern: (p) => `${START}(?:(${p.relativeDay})(?:\\s+(?:${p.weekday}))?(?:\\s+(${p.partOfDay}))?|(?:${p.g.demonstrative})\\s+(${p.partOfDay}))${END}`,
  resolve: (m, { anchor, lexicon }) => {
    if (!anchor || anchor.precision !== "day") return date(null, "day", true);
    const offset = m[1] ? lexicon.relativeDays[lower(m[1])!] ?? 0 : 0;
    const day = formatDay(addDays(anchor.date, offset));
    const part = lower(m[2] ?? m[3]);
    return part ? { type: "TIME", value: `${day}T${lexicon.partsOfDay[part]}`, granularity: "part-of-day", anchored: true } : date(day, "day", true);
  },
};

/** "mercredi", "mardi soir", "jeudi prochain": the sentence's tense says which one. */
export const weekday: Detector = {
  name: "weekday",
  pattern: (p) => `${START}(?:(?:${p.g.demonstrative}|${p.g.article})\\s+)?(${p.weekday})(?:\\s+(${p.past}|${p.future}))?(?:\\s+(${p.partOfDay}))?${END}(?!\\s+\\d)`,
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
export const relativePeriod: Detector = {
  name: "relative-period",
  pattern: (p) => `${START}(?:(?:${p.g.article})\\s*(${p.periodWord})\\s+(${p.past}|${p.future})|(?:${p.g.demonstrative})\\s+(${p.periodWord}))${END}`,
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
export const countedFromNow: Detector = {
  name: "counted-from-now",
  pattern: (p) => `${START}(?:(?:(${p.g.ago})|(${p.g.later}))\\s+(${p.number})\\s+(${p.unit})|(${p.number})\\s+(${p.unit})\\s+(?:${p.g.agoAfter}))${END}`,
  resolve: (m, { anchor, lexicon }) => {
    const count = numberValue((m[3] ?? m[5])!, lexicon);
    const unit = lexicon.units[lower(m[4] ?? m[6])!]!;
    const sign = m[2] ? 1 : -1;
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

/** "ce week-end", "le week-end dernier". */
export const weekend: Detector = {
  name: "weekend",
  pattern: (p) => `${START}(?:${p.g.demonstrative}|${p.g.article})\\s+(?:${p.weekend})(?:\\s+(${p.past}|${p.future}))?${END}`,
  resolve: (m, { anchor, lexicon }) => {
    if (!anchor) return date(null, "week", true);
    const modifier = lower(m[1]);
    const step = modifier ? (lexicon.past.includes(modifier) ? -1 : 1) : 0;
    return date(`${formatWeek(addDays(anchor.date, 7 * step))}-WE`, "week", true);
  },
};

/** "la nuit", "dans la soirée", "le matin même": a part of the day last mentioned (anchored like clock times). */
export const partOfDay: Detector = {
  name: "part-of-day",
  pattern: (p) => `${START}(?:(?:${p.g.within})\\s+)?(?:${p.g.article}|${p.g.in})\\s*(${p.partOfDay})(?:\\s+(?:${p.g.same}))?${END}`,
  resolve: (m, { anchor, lexicon }) => {
    if (!anchor || anchor.precision !== "day") return { type: "TIME", value: null, granularity: "part-of-day", anchored: true };
    return { type: "TIME", value: `${formatDay(anchor.date)}T${lexicon.partsOfDay[lower(m[1])!]}`, granularity: "part-of-day", anchored: true };
  },
};

/** "21 h 45", "18 h", "à midi": a time on the publication day. */
export const clock: Detector = {
  name: "clock",
  pattern: (p) => `${START}(?:(\\d{1,2})\\s*(?:${p.g.hour})\\s*(\\d{2})?|(${p.clockWord}))${END}`,
  resolve: (m, { anchor, lexicon }) => {
    const hour = m[1] !== undefined ? Number(m[1]) : lexicon.clockWords[lower(m[3])!] ?? 0;
    if (hour > 23) return null;
    if (!anchor || anchor.precision !== "day") return { type: "TIME", value: null, granularity: "minute", anchored: true };
    return { type: "TIME", value: `${formatDay(anchor.date)}T${pad(hour)}:${pad(Number(m[2] ?? 0))}`, granularity: "minute", anchored: true };
  },
};

/** "désormais", "actuellement", "auparavant": TIMEX3 reference values. */
export const reference: Detector = {
  name: "reference",
  pattern: (p) => `${START}(${p.reference})${END}`,
  resolve: (m, { lexicon }) => date(lexicon.references[lower(m[1])!] ?? null, "day", true),
};

