/** The lexicon's speech verbs as one regular-expression alternation, longest first so "déclaré" wins over "dé…", factored by prefix so that trying it at each position stays cheap. */
import type { QuoteLexicon } from "../../lang/quote-lexicon.js";
import { trieAlternation } from "./trie-alternation.js";

export function speechVerbAlternation(lexicon: QuoteLexicon): string {
  return trieAlternation([...new Set(lexicon.speechVerbs)].sort((a, b) => b.length - a.length));
}

/** The speech verbs and the naming verbs ("called the plan “a disaster”"): the verbs that may introduce a quote standing after them. */
export function introducingVerbAlternation(lexicon: QuoteLexicon): string {
  return trieAlternation([...new Set([...lexicon.speechVerbs, ...lexicon.namingVerbs])].sort((a, b) => b.length - a.length));
}
