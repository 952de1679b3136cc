/**
 * The words of a speaker phrase the attribution patterns over-read, trimmed: quotation marks caught
 * at its edges (`"he`), a conjunction opening it ("But he", "Et il"), adverbs and an auxiliary
 * closing it ("Smith has often"), and a pronoun followed only by lowercase words ("He later",
 * "He went on to") read as that pronoun. A phrase ending on an infinitive's marker ("We just have
 * to" say) names nobody.
 */
import { escapeRegExp } from "../../../core/escape-regexp.js";
import type { QuoteLexicon } from "../../lang/quote-lexicon.js";

export interface SpeakerWords {
  start: number;
  text: string;
  /** The pronoun the phrase stands for, when it is one. */
  pronoun: string | null;
}

interface Compiled {
  edges: RegExp;
  leadingConjunction: RegExp;
  trailingAdverbOrAuxiliary: RegExp;
  infinitive: RegExp;
}

const cache = new WeakMap<QuoteLexicon, Compiled>();
const alternation = (words: readonly string[]) => words.map(escapeRegExp).join("|") || "(?!)";

function compile(lexicon: QuoteLexicon): Compiled {
  let compiled = cache.get(lexicon);
  if (!compiled) {
    compiled = {
      edges: /^[\s"'’‘“”«»]*(.*?)[\s"'’‘“”«»]*$/su,
      leadingConjunction: new RegExp(`^(?:${alternation(lexicon.conjunctions)})(?:\\s+|$)`, "iu"),
      trailingAdverbOrAuxiliary: new RegExp(`\\s+(?:${alternation([...lexicon.interjectedAdverbs, ...lexicon.auxiliaries])}|\\p{L}{3,}${escapeRegExp(lexicon.adverbSuffix)})$`, "iu"),
      infinitive: new RegExp(`(?:^|\\s)(?:${alternation(lexicon.infinitiveMarkers)})$`, "iu"),
    };
    cache.set(lexicon, compiled);
  }
  return compiled;
}

/** The speaker words inside `raw`, which starts at `rawStart` in the text; null when they name nobody. */
export function tidySpeakerWords(raw: string, rawStart: number, lexicon: QuoteLexicon): SpeakerWords | null {
  const compiled = compile(lexicon);
  const inner = compiled.edges.exec(raw)![1]!;
  let start = rawStart + raw.indexOf(inner);
  let text = inner;
  for (let conjunction = compiled.leadingConjunction.exec(text); conjunction && text; conjunction = compiled.leadingConjunction.exec(text)) {
    start += conjunction[0].length;
    text = text.slice(conjunction[0].length);
  }
  while (compiled.trailingAdverbOrAuxiliary.test(text)) text = text.replace(compiled.trailingAdverbOrAuxiliary, "");
  if (!text) return null;
  const [first, ...rest] = text.split(/\s+/u);
  const pronoun = first!.toLowerCase();
  if (lexicon.pronouns[pronoun] && rest.every((word) => !/\p{Lu}/u.test(word))) return { start, text: first!, pronoun };
  return compiled.infinitive.test(text) ? null : { start, text, pronoun: null };
}
