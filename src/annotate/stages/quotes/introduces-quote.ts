/** Whether the words right before a quotation mark introduce it: a speech verb, then at most a colon ("a déclaré :", "déclare"). */
import type { QuoteLexicon } from "../../lang/quote-lexicon.js";
import { speechVerbAlternation } from "./speech-verbs.js";

const cache = new WeakMap<QuoteLexicon, RegExp>();

export function introducesQuote(lexicon: QuoteLexicon): (before: string) => boolean {
  let pattern = cache.get(lexicon);
  if (!pattern) {
    const verbs = speechVerbAlternation(lexicon);
    pattern = new RegExp(`(?<![\\p{L}])(?:${verbs})\\s*:?\\s*$`, "iu");
    cache.set(lexicon, pattern);
  }
  const compiled = pattern;
  return (before) => compiled.test(before);
}
