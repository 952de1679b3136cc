/** Detectors of durations and recurrences. */
import { lower, numberValue, type Detector } from "./detector.js";
import { END, START } from "./patterns.js";

/** "Alain, 53 ans,", "un chauffeur de 38 ans", "les 6-16 ans": ages, not durations. */
function isAge(text: string, match: RegExpExecArray, unit: string): boolean {
  if (unit !== "Y" || !/^\d/.test(match[0])) return false;
  const before = text.slice(Math.max(0, match.index - 8), match.index);
  return /(?:,|\bde|\bd['’]|-)\s*$/iu.test(before);
}

/** "deux jours", "six mois", "30,4 secondes", "environ une heure", "ces derniers jours". */
export const duration: Detector = {
  name: "duration",
  pattern: (p) => `${START}(?:(?:${p.g.approximately})\\s+)?(${p.number})\\s+(${p.unit})${END}|${START}(?:${p.g.pluralDeterminer})\\s+(?:(?:${p.past})s?|(?:${p.future})s?)\\s+(${p.unit})${END}`,
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

/** "semestre", "quinquennat": nouns that are durations. */
export const periodNoun: Detector = {
  name: "period-noun",
  pattern: (p) => `${START}(${p.periodNoun})${END}`,
  resolve: (m, { lexicon }) => ({ type: "DURATION", value: lexicon.periodNouns[lower(m[1])!] ?? null, granularity: null, anchored: false }),
};

/** "chaque jour", "tous les jeudis", "chaque année" (not "quotidien": in news it is mostly a newspaper). */
export const recurrence: Detector = {
  name: "recurrence",
  pattern: (p) => `${START}(?:${p.every})\\s+(?:(${p.unit})|(${p.weekday})s?)${END}`,
  resolve: (m, { lexicon }) => {
    if (m[2]) return { type: "SET", value: `XXXX-WXX-${lexicon.weekdays[lower(m[2])!]}`, granularity: "day", anchored: false };
    const unit = lexicon.units[lower(m[1])!]!;
    if (!["Y", "M", "W", "D", "H"].includes(unit)) return null;
    return { type: "SET", value: unit === "H" ? "PT1H" : `P1${unit}`, granularity: null, anchored: false };
  },
};

