/**
 * A user's search box text → a parsed query: required words, "exact phrases", -excluded
 * words. Each word carries its normalised forms in every query language, since the
 * language of a few typed words is unknown. Backend-neutral: each store renders it.
 */
import { QUERY_LANGUAGES, normalizeWord, tokenize } from "../core/terms.js";

export interface SearchQuery {
  /** Each entry: the alternative normalised forms of one required word. */
  required: string[][];
  /** Each entry: the alternative normalised renderings of one phrase (one per language). */
  phrases: string[][][];
  excluded: string[][];
}

export function parseSearchQuery(input: string): SearchQuery {
  const query: SearchQuery = { required: [], phrases: [], excluded: [] };
  const pattern = /(-?)"([^"]*)"|(-?)(\S+)/gu;
  for (const match of input.matchAll(pattern)) {
    if (match[2] !== undefined) {
      const words = tokenize(match[2]).map((token) => token.text);
      if (words.length === 0) continue;
      if (match[1]) words.forEach((word) => query.excluded.push(forms(word)));
      else query.phrases.push(QUERY_LANGUAGES.map((language) => words.map((word) => normalizeWord(word, language))));
      continue;
    }
    const words = tokenize(match[4] ?? "").map((token) => token.text);
    for (const word of words) (match[3] ? query.excluded : query.required).push(forms(word));
  }
  return query;
}

export function isSearchable(query: SearchQuery): boolean {
  return query.required.length > 0 || query.phrases.length > 0;
}

/** All normalised forms a query word may take in the index: stemmed per language, and unstemmed. */
function forms(word: string): string[] {
  return [...new Set([...QUERY_LANGUAGES.map((language) => normalizeWord(word, language)), normalizeWord(word, null)])];
}

/** Every normalised form the query looks for, to highlight matches in a snippet. */
export function highlightForms(query: SearchQuery): Set<string> {
  return new Set([...query.required.flat(), ...query.phrases.flat(2)]);
}
