/** The lexicon's speech verbs as one regular-expression alternation, longest first so "déclaré" wins over "dé…". */
import { escapeRegExp } from "../../../core/escape-regexp.js";
import type { QuoteLexicon } from "../../lang/quote-lexicon.js";

export function speechVerbAlternation(lexicon: QuoteLexicon): string {
  return [...new Set(lexicon.speechVerbs)].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
}
