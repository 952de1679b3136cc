/**
 * Text → comparable terms: word tokens, lowercased, stemmed with Snowball for the text's
 * language, accents folded. Used by full-text search (index and query alike) and, later, by
 * similarity between articles. Stemming runs before folding because Snowball's French
 * rules read accents ("défense" → "défens" → "defens").
 */
import { createRequire } from "node:module";
import type snowball from "snowball-stemmers";
import { boundedMemo } from "./bounded-memo.js";

/** Snowball algorithm names by ISO 639-1 code, for the languages snowball-stemmers ships. */
const SNOWBALL_ALGORITHMS: Record<string, string> = {
  ar: "arabic", hy: "armenian", eu: "basque", ca: "catalan", cs: "czech", da: "danish", nl: "dutch", en: "english",
  fi: "finnish", fr: "french", de: "german", hu: "hungarian", it: "italian", ga: "irish", no: "norwegian", nb: "norwegian",
  pt: "portuguese", ro: "romanian", ru: "russian", es: "spanish", sl: "slovene", sv: "swedish", ta: "tamil", tr: "turkish",
};

/** Languages a query is stemmed in when its own language is unknown (queries are a few words). */
export const QUERY_LANGUAGES = ["fr", "en"] as const;

const stemmers = new Map<string, snowball.Stemmer | null>();
/**
 * Required on first use rather than imported: an ESM import of the 870 KB CommonJS bundle scans
 * it for exports (Node's cjs-module-lexer, ~50 ms) in every process, one that never stems too.
 */
let snowballStemmers: typeof snowball | undefined;

function stemmerFor(language: string | null): snowball.Stemmer | null {
  if (!language) return null;
  if (!stemmers.has(language)) {
    const algorithm = SNOWBALL_ALGORITHMS[language];
    snowballStemmers ??= createRequire(import.meta.url)("snowball-stemmers") as typeof snowball;
    stemmers.set(language, algorithm ? snowballStemmers.newStemmer(algorithm) : null);
  }
  return stemmers.get(language) ?? null;
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Hyphenated words stay whole ("porte-parole"); apostrophes split ("d’armes" → "d", "armes"). */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[-](?=[\p{L}\p{N}]))*/gu;
const ELIDED = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)$/iu;

/** Word tokens with their offsets; elided particles before an apostrophe are not words of their own. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const end = match.index + match[0].length;
    if (ELIDED.test(match[0]) && (text[end] === "'" || text[end] === "’")) continue;
    tokens.push({ text: match[0], start: match.index, end });
  }
  return tokens;
}

/** Plain ASCII has nothing to fold: most words take this path, which skips normalisation (the entity stage folds every token). */
const ASCII = /^[\x00-\x7f]*$/u;

export function foldAccents(text: string): string {
  if (ASCII.test(text)) return text;
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/œ/g, "oe")
    .replace(/Œ/g, "OE")
    .replace(/æ/g, "ae")
    .replace(/Æ/g, "AE")
    .replace(/ß/g, "ss");
}

/** Distinct words remembered per language: news text repeats its words, and Snowball was a quarter of `analyze`'s profile. */
const MEMO_ENTRIES_PER_LANGUAGE = 200_000;
const normalizers = new Map<string, (word: string) => string>();

function normalizerFor(language: string | null): (word: string) => string {
  const key = language ?? "";
  let normalize = normalizers.get(key);
  if (!normalize) {
    const stemmer = stemmerFor(language);
    normalize = boundedMemo((word) => {
      const lower = word.toLowerCase();
      return foldAccents(stemmer ? stemmer.stem(lower) : lower);
    }, MEMO_ENTRIES_PER_LANGUAGE);
    normalizers.set(key, normalize);
  }
  return normalize;
}

/** One word → its normalised term in a language ("Coopérations" → "cooper" in French). */
export function normalizeWord(word: string, language: string | null): string {
  return normalizerFor(language)(word);
}

export function terms(text: string, language: string | null): string[] {
  const normalize = normalizerFor(language);
  return tokenize(text).map((token) => normalize(token.text));
}
