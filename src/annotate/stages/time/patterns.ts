/** Regular-expression pieces built from a language's time lexicon, once per lexicon. */
import { escapeRegExp } from "../../../core/escape-regexp.js";
import type { TimeGrammar, TimeLexicon } from "../../lang/time-lexicon.js";

export const START = "(?<![\\p{L}\\p{N}])";
export const END = "(?![\\p{L}\\p{N}])";

export interface LexiconPatterns {
  /** The language's function words (articles, prepositions), as regular-expression sources. */
  g: TimeGrammar;
  /** The words that name periods in relative expressions ("année", "mois", "semaine"). */
  periodWord: string;
  month: string;
  weekday: string;
  /**
   * A weekday that opens a written date, with or without a comma ("Monday, 28 November",
   * "lundi 28 novembre", "Wednesday, November 24"): one piece for every date detector, so the
   * weekday and its date are one expression whichever order the language writes the day in.
   */
  weekdayLead: string;
  partOfDay: string;
  number: string;
  unit: string;
  relativeDay: string;
  past: string;
  future: string;
  rangeModifier: string;
  clockWord: string;
  season: string;
  every: string;
  reference: string;
  periodNoun: string;
  unambiguousMonth: string;
  weekend: string;
  /** "" where dates are written month first ("November 19"), a never-matching "(?!)" elsewhere. */
  monthFirst: string;
  /** Two digits read as a year after a month ("octobre 98"), where a month is not followed by its day. */
  shortYear: string;
  /** The lexicon's quantity nouns after a number ("2000 people"), unanchored for a lookahead. */
  quantityNoun: string;
}

const cache = new WeakMap<TimeLexicon, LexiconPatterns>();

/** Alternation of words, longest first so "après-midi" wins over "midi". */
function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
}

export function patternsFor(lexicon: TimeLexicon): LexiconPatterns {
  let patterns = cache.get(lexicon);
  if (!patterns) {
    patterns = {
      g: lexicon.grammar,
      periodWord: alternation(Object.keys(lexicon.periodWords)),
      month: alternation(Object.keys(lexicon.months)),
      weekday: alternation(Object.keys(lexicon.weekdays)),
      weekdayLead: `(?:${alternation(Object.keys(lexicon.weekdays))}),?\\s+`,
      partOfDay: alternation(Object.keys(lexicon.partsOfDay)),
      number: `\\d+(?:[.,]\\d+)?|${alternation(Object.keys(lexicon.numbers))}`,
      unit: alternation(Object.keys(lexicon.units)),
      relativeDay: alternation(Object.keys(lexicon.relativeDays)),
      past: alternation(lexicon.past),
      future: alternation(lexicon.future),
      rangeModifier: alternation(Object.keys(lexicon.rangeModifiers)),
      clockWord: alternation(Object.keys(lexicon.clockWords)),
      season: alternation(Object.keys(lexicon.seasons)),
      every: alternation(lexicon.everyWords),
      reference: alternation(Object.keys(lexicon.references)),
      periodNoun: alternation(Object.keys(lexicon.periodNouns)),
      weekend: escapeRegExp(lexicon.weekend),
      monthFirst: lexicon.dateOrder === "month-day" ? "" : "(?!)",
      shortYear: lexicon.dateOrder === "month-day" ? "(?!)" : "\\d{2}",
      quantityNoun: lexicon.quantityNouns.source.replace(/^\^/u, ""),
      unambiguousMonth: alternation(Object.keys(lexicon.months).filter((month) => !lexicon.ambiguousMonths.includes(month))),
    };
    cache.set(lexicon, patterns);
  }
  return patterns;
}
