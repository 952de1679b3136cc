/** Shape of a block, independent of language: prose paragraph, title-like line, domain line. */

/** A paragraph of article prose has at least this many words… */
const MIN_PROSE_WORDS = 10;
/** …or is a shorter complete sentence (a one-line paragraph, a short quote). */
const MIN_SHORT_SENTENCE_WORDS = 6;
/** Titles and intertitles are short; longer unpunctuated lines are prose that lost its period. */
const MAX_TITLE_WORDS = 25;

/** A closing quote or bracket ends a sentence only after sentence punctuation: a headline may end in « … ». */
const SENTENCE_END = /(?:[.!?…:;]|[.!?…]\s*[»"”)\]])$/u;

/** Whitespace-separated tokens holding a letter or digit ("–" and "|" are not words). */
export function wordCount(text: string): number {
  return text.match(/[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu)?.length ?? 0;
}

/** A complete sentence or more: what an article body is made of. */
export function isProse(text: string): boolean {
  const words = wordCount(text);
  if (words >= MIN_PROSE_WORDS && (SENTENCE_END.test(text) || words > MAX_TITLE_WORDS)) return true;
  return words >= MIN_SHORT_SENTENCE_WORDS && /[.!?…]["»”]?$/u.test(text) && /^[\p{Lu}«"“\d]/u.test(text);
}

/** A headline, title, intertitle or link text: short, capitalised, no closing period. */
export function isTitleLike(text: string): boolean {
  const words = wordCount(text);
  if (words < 2 || words > MAX_TITLE_WORDS) return false;
  if (/[.;,]$/u.test(text)) return false;
  return /^[\p{Lu}\p{N}«"“'‘]/u.test(text);
}

const DOMAIN_LINE = /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})\/?$/i;

/** A bare domain on its own line ("example-news.com"), as scrapers leave at the end of a page. */
export function domainOf(text: string): string | null {
  const match = DOMAIN_LINE.exec(text.trim());
  return match ? match[1]!.toLowerCase() : null;
}
