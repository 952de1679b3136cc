/** The lexicon's speech verbs as one regular-expression alternation, longest first so "déclaré" wins over "dé…", factored by prefix so that trying it at each position stays cheap. */
import type { QuoteLexicon } from "../../lang/quote-lexicon.js";
import { escapeRegExp } from "../../../core/escape-regexp.js";
import { trieAlternation } from "./trie-alternation.js";

export function speechVerbAlternation(lexicon: QuoteLexicon): string {
  return verbAlternation(lexicon.speechVerbs);
}

/** The speech verbs and the naming verbs ("called the plan “a disaster”"): the verbs that may introduce a quote standing after them. */
export function introducingVerbAlternation(lexicon: QuoteLexicon): string {
  return verbAlternation([...lexicon.speechVerbs, ...lexicon.namingVerbs]);
}

/** The relative pronouns that open a source's clause (« selon lequel », "according to which"), as one alternation; one that never matches when the language has none. */
export function relativeSourceAlternation(lexicon: QuoteLexicon): string {
  return lexicon.relativeSourceOpeners.map(escapeRegExp).join("|") || "(?!)";
}

function verbAlternation(verbs: readonly string[]): string {
  return trieAlternation([...new Set(verbs)].sort((a, b) => b.length - a.length));
}
