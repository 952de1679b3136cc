/** Detectors of calendar dates: numeric and written dates, months, years, decades, seasons. */
import { closestYear, expandYear, pad } from "./calendar.js";
import { date, lower, withClock, type Detector } from "./detector.js";
import { END, START } from "./patterns.js";

/** "24-11-2021 09:10", "25 - 11 - 2021", "25/11/2021", "2021-11-24". */
export const numericDate: Detector = {
  name: "numeric-date",
  pattern: (p) => `${START}(?:(\\d{1,2})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))(?:\\s+(?:(?:${p.g.at})\\s+)?(\\d{1,2})\\s*(?:${p.g.hour}|:)\\s*(\\d{2}))?${END}`,
  resolve: (m) => {
    const [year, month, day] = m[4] ? [m[4], m[3]!, m[1]!] : [m[5]!, m[6]!, m[7]!];
    if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return null;
    return { ...withClock(`${year}-${pad(Number(month))}-${pad(Number(day))}`, m[8], m[9]), anchored: false };
  },
};

/** "le mercredi 24 novembre 2021 à 9 h 10", "24 novembre", "le 6 mai dernier". */
export const dayMonth: Detector = {
  name: "day-month",
  pattern: (p) => `${START}(?:(?:${p.g.article})\\s*)?(?:(?:${p.weekday})\\s+)?(\\d{1,2})(?:${p.g.firstDaySuffix})?\\s+(${p.month})(?:\\s+(\\d{4}|\\d{2}(?![\\d\\s]*(?:%|€|\\p{L}))))?(?:\\s+(${p.past}|${p.future}))?(?:\\s+(?:(?:${p.g.at})\\s+)?(\\d{1,2})\\s*(?:${p.g.hour})\\s*(\\d{2})?)?${END}`,
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
    // Without a year or a publication date, TIMEX3's unknown year: the day and month still place the article in time.
    if (year === null) return { type: "DATE", value: `XXXX-${pad(month)}-${pad(day)}`, granularity: "day", anchored: true };
    return { ...withClock(`${year}-${pad(month)}-${pad(day)}`, m[5], m[6]), anchored: !m[3] };
  },
};

/** "novembre 2021", "en décembre 2020", "octobre 98", "fin mars 2022". */
export const monthYear: Detector = {
  name: "month-year",
  pattern: (p) => `${START}(?:(?:${p.rangeModifier})-?\\s*(?:${p.g.of})?)?(${p.month})\\s+(\\d{4}|\\d{2})${END}(?!\\s*(?:${p.g.hour}|%|€))`,
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

