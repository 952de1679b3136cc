/**
 * What a language contributes to extraction: words and phrases that mark bylines, dates,
 * credits, widgets and aggregator notes in scraped pages. Data only; the rules that use
 * it live in src/extract/text/ and never branch on the language code.
 */
export interface ExtractionCues {
  /** BCP 47 code of the language: names the Intl APIs give (weekdays) are asked for in it. */
  locale: string;
  /** Month names and abbreviations → month number (1–12), lowercase, accents as written. */
  months: Record<string, number>;
  /** Words that open a byline ("Par", "By"), lowercase. */
  bylineOpeners: string[];
  /** Phrases that introduce a publication date ("publié le"), lowercase. */
  publishedCues: string[];
  /** Phrases that introduce a later modification date; the date after them is not the publication date. */
  modifiedCues: string[];
  /** Words that join author names ("et", "and"). */
  authorJoiners: string[];
  /** A byline's job titles that are no author ("staff writer", « envoyé spécial »), lowercase: dropped when they stand alone, cut when they follow a name. */
  authorRoles: string[];
  /** "Publié dans <Outlet> le <date>": pattern source with named groups `outlet` and `date`. */
  republishedInPatterns: string[];
  /** Openers of photo credits ("photo", "crédit"), lowercase. */
  creditOpeners: string[];
  /** Whole-block UI words: a block that is exactly one of these is interface, not article ("close", "menu"). */
  interfaceWords: string[];
  /** Phrases that mark share, follow, comment, newsletter or report widgets anywhere in a short block. */
  widgetPhrases: string[];
  /** Phrases of a series note ("Ce billet fait partie de notre dossier sur …"), lowercase: it stands where a headline would, but is none. */
  seriesNotePhrases: string[];
  /** Phrases that open a related-article link ("lire aussi"). */
  relatedOpeners: string[];
  /** Phrases after which the article is over (aggregator "read at the source" notes, comment sections). */
  endOfArticlePhrases: string[];
  /**
   * Package whose export is the language's word list (lowercase words, compounds with their hyphen),
   * read only to tell a word split at a line end ("gouverne-/ment") from a compound ("porte-/parole").
   */
  wordListPackage: string;
}
