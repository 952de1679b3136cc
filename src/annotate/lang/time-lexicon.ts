/**
 * The function words of time expressions, as regular-expression sources (alternations),
 * so that detectors hold no word of any language.
 */
export interface TimeGrammar {
  /** Definite articles: "le|la|l['’]|les". */
  article: string;
  /** Demonstratives: "ce|cet|cette". */
  demonstrative: string;
  /** Plural determiners before "derniers jours": "ces|les". */
  pluralDeterminer: string;
  /** "de " / "d'" before a month ("fin de mars", "mois d'août"). */
  of: string;
  /** Preposition before a clock time: "à". */
  at: string;
  /** Preposition before a month or season: "en". */
  in: string;
  /** "dans" before a part of the day ("dans la soirée"). */
  within: string;
  /** Counted back from now, before the amount: "il y a" (a never-matching "(?!)" where the language has none). */
  ago: string;
  /** Counted back from now, after the amount: English "ago". */
  agoAfter: string;
  /** Counted forward from now: "dans". */
  later: string;
  /** Approximations before a duration: "environ|près de|plus de|moins de". */
  approximately: string;
  /** Ordinal suffix of the first day: "er" (1er). */
  firstDaySuffix: string;
  /** Hour marker of clock times: "h". */
  hour: string;
  /** The word for a decade's years ("années"), a year ("année"), a month ("mois"). */
  decades: string;
  yearWord: string;
  monthWord: string;
  /** "même" in "le matin même". */
  same: string;
}

/** The shape of a language's time-expression lexicon (see fr/time-lexicon.ts). */
export interface TimeLexicon {
  grammar: TimeGrammar;
  months: Record<string, number>;
  weekdays: Record<string, number>;
  /** Number words; -1 marks vague quantities ("quelques"), which give an X in TIMEX3 values. */
  numbers: Record<string, number>;
  /** Unit word → TIMEX3 unit letter (MIN for minutes, DE decades, CE centuries). */
  units: Record<string, string>;
  partsOfDay: Record<string, string>;
  relativeDays: Record<string, number>;
  past: string[];
  future: string[];
  this: string[];
  periodWords: Record<string, string>;
  rangeModifiers: Record<string, string>;
  clockWords: Record<string, number>;
  /** Season words → TIMEX3 season codes (SP, SU, FA, WI). */
  seasons: Record<string, string>;
  /** Words that open a recurring expression ("chaque jour", "tous les jeudis"). */
  everyWords: string[];
  /** Nouns that are durations by themselves ("semestre" → P6M, "quinquennat" → P5Y). */
  periodNouns: Record<string, string>;
  /** Month names that are also ordinary words ("mars", "mai"); only read as months in context. */
  ambiguousMonths: string[];
  /** Phrases that look like durations but are idioms ("un jour, je reviendrai" = some day). */
  idioms: string[];
  /** Word for the weekend, read as ISO week + "-WE". */
  weekend: string;
  /** Deictic adverbs → TIMEX3 reference values (PRESENT_REF, PAST_REF, FUTURE_REF). */
  references: Record<string, string>;
  futureMarkers: RegExp;
  /** Past forms that put a sentence in the past ("was", "a signé"): a yearless day leans to the past there. */
  pastMarkers: RegExp;
  quantityNouns: RegExp;
  /**
   * Which comes first in a date: "month-day" (US English: "November 19", and "05/02/2013" is May 2) or
   * "day-month" (French: "19 novembre", and "05/02/2013" is 5 February). With "month-day", one or two
   * digits after a month are its day ("May 26"), never a two-digit year ("octobre 98").
   */
  dateOrder: "month-day" | "day-month";
}
