/** A page's headline from its stated titles: the outlet's name cut off, and never the outlet's name alone. */
import { escapeRegExp } from "../../core/escape-regexp.js";
import { decodeEntities } from "../clean-authors.js";

/**
 * "Headline | Outlet" and "Headline - Outlet" lose the outlet suffix that <title> and og:title
 * carry; a title that is only an outlet's name (a logo in an <h1>, "<title>Marianne</title>")
 * is no headline: null.
 */
export function cleanTitle(title: string | undefined, outletNames: readonly string[]): string | null {
  if (!title) return null;
  // Stated titles come entity-encoded twice often enough ("&#8216;", "&amp;") to decode them once more.
  let clean = decodeEntities(title).replace(/\s+/gu, " ").trim();
  for (const suffix of outletSuffixes(outletNames)) clean = clean.replace(suffix, "").trim() || clean;
  return clean && !isOutletName(clean, outletNames) ? clean : null;
}

/** A text that is only one of the outlet's names, written any way ("Al-Bawaba" for "Al Bawaba"). */
export function isOutletName(text: string, outletNames: readonly string[]): boolean {
  const folded = fold(text);
  return outletNames.some((name) => fold(name) === folded);
}

/** A page's title candidates are all cleaned with the same names: their patterns are compiled once per list. */
const suffixCache = new WeakMap<readonly string[], RegExp[]>();

function outletSuffixes(outletNames: readonly string[]): RegExp[] {
  let suffixes = suffixCache.get(outletNames);
  if (!suffixes) {
    suffixes = outletNames.map((name) => new RegExp(`\\s+[|–—:·-]\\s+${escapeRegExp(name)}(?:\\s+[|–—:·-]\\s+[^|–—:·-]{1,40})?\\s*$`, "iu"));
    suffixCache.set(outletNames, suffixes);
  }
  return suffixes;
}

/** A stated headline's words (or more) the page's <h1> must hold to be its visible form: most, not all ("Falls" is "Is Falling"). */
const MIN_SHARED_WORDS = 0.5;
/** An <h1> far longer than the stated headline holds more than the headline (a deck, a share bar). */
const MAX_LENGTH_RATIO = 2;
const EXTRA_WORDS_ALLOWED = 4;

/**
 * The headline the page shows, where it words it otherwise than its metadata: the first <h1>
 * holding most words of a stated headline (og:title, JSON-LD, <title>). Pages reword their
 * metadata for search and social cards ("Sweden drops Assange rape investigation" for the
 * visible "Julian Assange: Sweden drops rape investigation"); a reader quotes the visible one.
 * An <h1> that shares few words with any (a section's name, a logo, another story) is not it.
 */
export function visibleHeadline(headings: ReadonlyArray<string | undefined>, stated: ReadonlyArray<string | undefined>, outletNames: readonly string[]): string | null {
  const statedWords = stated.map((title) => cleanTitle(title, outletNames)).filter((title): title is string => title !== null).map(words);
  for (const heading of headings) {
    const clean = cleanTitle(heading, outletNames);
    if (!clean) continue;
    const headingWords = new Set(words(clean));
    const confirmed = statedWords.some(
      (titleWords) =>
        titleWords.length > 0 &&
        headingWords.size <= titleWords.length * MAX_LENGTH_RATIO + EXTRA_WORDS_ALLOWED &&
        titleWords.filter((word) => headingWords.has(word)).length / titleWords.length >= MIN_SHARED_WORDS,
    );
    if (confirmed) return clean;
  }
  return null;
}

function words(text: string): string[] {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** "<Headline> - <Outlet>" in <title> when the headline is stated elsewhere: the rest is the outlet's name. */
export function titleTagSuffix(titleTag: string | undefined, headline: string | undefined): string | null {
  if (!titleTag || !headline || !titleTag.startsWith(headline)) return null;
  const suffix = /^\s+[|–—-]\s+(.{2,60})$/u.exec(titleTag.slice(headline.length));
  return suffix ? suffix[1]!.trim() : null;
}

/** Case, accents, spacing and punctuation aside: "Le Télégramme" is "le telegramme", "letelegramme.fr" is "letelegrammefr". */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}
