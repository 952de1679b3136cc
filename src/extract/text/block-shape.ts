/** Shape of a block, independent of language: prose paragraph, title-like line, domain line. */

/** A paragraph of article prose has at least this many words… */
const MIN_PROSE_WORDS = 10;
/** …or is a shorter complete sentence (a one-line paragraph, a short quote). */
const MIN_SHORT_SENTENCE_WORDS = 6;
/** Titles and intertitles are short; longer unpunctuated lines are prose that lost its period. */
const MAX_TITLE_WORDS = 25;

/** A closing quote or bracket ends a sentence only after sentence punctuation: a headline may end in « … ». */
const SENTENCE_END = /(?:[.!?…:;]|[.!?…]\s*[»"”)\]])$/u;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whitespace-separated tokens holding a letter or digit ("–" and "|" are not words).
 * A hand loop: it runs on every block several times, and a regex match allocates.
 */
export function wordCount(text: string): number {
  let count = 0;
  let inToken = false;
  let tokenCounted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x202f || code === 0x2009;
    if (space) {
      inToken = false;
      continue;
    }
    if (!inToken) {
      inToken = true;
      tokenCounted = false;
    }
    if (tokenCounted) continue;
    const alphanumeric = code < 128 ? (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) : LETTER_OR_DIGIT.test(text[i]!);
    if (alphanumeric) {
      count += 1;
      tokenCounted = true;
    }
  }
  return count;
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

/** "@handle …", "Wael @handle: …": a post quoted by its author's handle; after a name, the colon is needed ("Suivez @site" is a link). */
const POST_BY_HANDLE = /^(?:@[\p{L}\p{N}_]{1,30}\b|\p{Lu}[\p{L}'’-]*\s+@[\p{L}\p{N}_]{1,30}\s*:)/u;
/** A quoted post says something: a handle with one word ("@site Twitter") is a follow link. */
const MIN_POST_WORDS = 3;
/** "… :" announcing what follows; "A lire :" and "Related:" are too short to announce a quote. */
const MIN_INTRODUCER_WORDS = 3;
/** « Dégage ! » is a quote: one word is enough, once links are left out. */
const MIN_QUOTE_WORDS = 1;
const LINK = /(?:https?:\/\/|www\.)\S+/gu;
/** A handle or hashtag inside a line: the line is a post, not a headline. */
const HANDLE_OR_HASHTAG = /(?:^|[^\p{L}\p{N}_])[@#][\p{L}\p{N}_]{2,}/u;

/** A tweet or post quoted as a line of its own, opened by its author's handle. */
export function isQuotedPost(text: string): boolean {
  return POST_BY_HANDLE.test(text) && wordCount(text) >= MIN_POST_WORDS;
}

/** "Karl Sharro écrit :", "@arwamenla renchérit :": a line that announces the quote after it. */
export function isQuoteIntroducer(text: string): boolean {
  if (!/:\s*$/u.test(text)) return false;
  return wordCount(text) >= MIN_INTRODUCER_WORDS || HANDLE_OR_HASHTAG.test(text);
}

/**
 * What an introducer may announce: a headline-shaped line after "More from us:" is a related link,
 * but a quotation in marks, a post with handles or hashtags, or a line that is no headline is a quote.
 */
export function mayBeIntroducedQuote(text: string): boolean {
  // A bare link after "Lire la suite :" quotes nothing.
  if (wordCount(text.replace(LINK, " ")) < MIN_QUOTE_WORDS) return false;
  return !isTitleLike(text) || /^[«"“‘]/u.test(text) || HANDLE_OR_HASHTAG.test(text);
}

const DOMAIN_LINE = /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})\/?$/i;

/** A bare domain on its own line ("example-news.com"), as scrapers leave at the end of a page. */
export function domainOf(text: string): string | null {
  const match = DOMAIN_LINE.exec(text.trim());
  return match ? match[1]!.toLowerCase() : null;
}
