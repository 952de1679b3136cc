/**
 * Quotes on the seed articles against the gold `quotes`, as the default pipeline annotates
 * them. A direct gold quote is detected when a found direct quote's content holds its opening
 * words; a reported one when any found quote's span holds them. Its speaker is right when the
 * linked speaker entity's name, or else the speaker words, name the gold speaker (its last
 * word, e.g. a surname, a parenthesised country left aside), or hold the gold description's
 * first two words, or, for a gold quote without any speaker, when the quote was left
 * unattributed or unspecified. Text is compared without case, accents, apostrophe style or how
 * whitespace is spelt.
 */
import type { AnnotatedArticle, Quote } from "../src/annotate/annotation.js";
import { foldAccents } from "../src/core/terms.js";
import { loadSeedCases } from "./seed-articles.js";

export interface GoldQuote {
  speaker: string | null;
  speaker_description: string | null;
  start: string;
  direct: boolean;
}

export interface QuoteScores {
  gold: number;
  detected: number;
  speakerRight: number;
  errors: string[];
}

export interface SeedQuotesResult {
  direct: QuoteScores;
  reported: QuoteScores;
}

const normalize = (text: string) => foldAccents(text.replace(/[’]/gu, "'").replace(/\s+/gu, " ").toLowerCase());

export function evaluateSeedsQuotes(sharedDir: string): SeedQuotesResult {
  const result: SeedQuotesResult = { direct: emptyScores(), reported: emptyScores() };
  for (const { label, gold, article } of loadSeedCases(sharedDir)) scoreQuotes(label, (gold as unknown as { quotes: GoldQuote[] }).quotes, article, result);
  return result;
}

/** Adds one article's gold quotes to the scores, by the rules above. */
export function scoreQuotes(label: string, quotes: readonly GoldQuote[], article: Pick<AnnotatedArticle, "text" | "annotations">, result: SeedQuotesResult): void {
  const { text } = article;
  for (const expected of quotes) {
    const scores = expected.direct ? result.direct : result.reported;
    scores.gold += 1;
    const opening = normalize(expected.start.slice(0, 40));
    const match = article.annotations.quotes.find((quote) =>
      expected.direct ? quote.direct && normalize(text.slice(quote.content.start, quote.content.end)).includes(opening) : normalize(text.slice(quote.start, quote.end)).includes(opening.slice(0, 25)),
    );
    if (!match) {
      scores.errors.push(`${label}: missed « ${expected.start} »`);
      continue;
    }
    scores.detected += 1;
    const { right, found } = judgeSpeaker(expected, article, match);
    if (right) scores.speakerRight += 1;
    else scores.errors.push(`${label}: « ${expected.start.slice(0, 40)} » speaker ${expected.speaker ?? expected.speaker_description ?? "none"}, found ${found || match.speakerKind}`);
  }
}

/** Whether a found quote's speaker is the gold one, by the rules above; `found` is the speaker words compared. */
export function judgeSpeaker(expected: Pick<GoldQuote, "speaker" | "speaker_description">, article: Pick<AnnotatedArticle, "annotations">, match: Quote): { right: boolean; found: string } {
  const found = speakerWords(article, match);
  const right = expected.speaker
    ? found.includes(normalize(expected.speaker.replace(/\s*\([^)]*\)\s*$/u, "").split(/\s+/u).at(-1)!))
    : expected.speaker_description
      ? match.speakerKind === "unspecified" || found.includes(normalize(expected.speaker_description.split(/\s+/u).slice(0, 2).join(" ")))
      : match.speakerKind === "unattributed" || match.speakerKind === "unspecified";
  return { right, found };
}

function speakerWords(article: Pick<AnnotatedArticle, "annotations">, quote: Quote): string {
  const entity = article.annotations.entities.find((candidate) => candidate.id === quote.speakerEntity);
  return normalize([entity?.name, quote.speaker?.text].filter(Boolean).join(" / "));
}

export function emptyScores(): QuoteScores {
  return { gold: 0, detected: 0, speakerRight: 0, errors: [] };
}
