/**
 * Speakers the text does not name: a source left unnamed in the clause before a quote ("certains
 * y voient un « … »", "une pancarte : « … »", "ce qui a été qualifié de « … »"), and a speaker
 * described rather than named ("Le blogueur ajoute", "the activist said"). Words are the lexicon's.
 */
import { escapeRegExp } from "../../../core/escape-regexp.js";
import { lastIndexOfAny } from "../../../core/last-index-of-any.js";
import type { QuoteLexicon } from "../../lang/quote-lexicon.js";
import { speechVerbAlternation } from "./speech-verbs.js";

export interface UnnamedSpeakers {
  /** Whether the sentence before `position` gives the quote there a source it leaves unnamed. */
  unnamedSourceBefore(text: string, position: number): boolean;
  /** Whether speaker words describe one person without naming them ("la militante"). */
  describesPerson(speaker: string): boolean;
  /** Whether speaker words are a definite determiner and a noun of a source ("la source", "the paper"): one already quoted. */
  refersBack(speaker: string): boolean;
}

const cache = new WeakMap<QuoteLexicon, UnnamedSpeakers>();
const SENTENCE_BREAKS = ["\n", ". ", "! ", "? "];
/** A clause longer than this before a quote is no introduction of it. */
const CLAUSE_WINDOW = 200;

const words = (list: readonly string[]) => list.map((word) => (/['’]$/u.test(word) ? escapeRegExp(word) : `${escapeRegExp(word)}(?![\\p{L}])`)).join("|");

export function unnamedSpeakers(lexicon: QuoteLexicon): UnnamedSpeakers {
  let found = cache.get(lexicon);
  if (!found) {
    // "on y entend scander" · "une pancarte contre X :" · "a été qualifié de": an indefinite subject, a bearer of words, or a passive speech verb.
    const passive = `(?:${words(lexicon.passiveAuxiliaries)})\\s+(?:${speechVerbAlternation(lexicon)})(?![\\p{L}])`;
    const cue = new RegExp(`(?<![\\p{L}'’])(?:${words(lexicon.indefiniteSubjects)}|${words(lexicon.inscriptionNouns)}|${passive})`, "iu");
    const description = new RegExp(`^(?:${words(lexicon.definiteDeterminers)})\\s*(?:${words(lexicon.personNouns)})(?:\\s+\\p{Ll}[\\p{L}-]*)?$`, "iu");
    const definiteNoun = new RegExp(`^(?:${words(lexicon.definiteDeterminers)})\\s*(?:${words(lexicon.sourceNouns)})$`, "iu");
    found = {
      unnamedSourceBefore: (text, position) => {
        const window = text.slice(Math.max(0, position - CLAUSE_WINDOW), position);
        return cue.test(window.slice(lastIndexOfAny(window, SENTENCE_BREAKS, window.length) + 1));
      },
      describesPerson: (speaker) => description.test(speaker),
      refersBack: (speaker) => definiteNoun.test(speaker),
    };
    cache.set(lexicon, found);
  }
  return found;
}
