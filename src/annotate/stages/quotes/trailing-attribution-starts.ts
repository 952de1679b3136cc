/**
 * Where a speaker-first trailing attribution ("…, the ministry said.", "…, le ministère a
 * indiqué.") can start, for matchesFromStarts: tried at every comma, its lazy speaker phrase
 * is grown word by word up to the next punctuation each time. Between its comma and the
 * sentence's end it admits neither punctuation nor anything but spaces after the verb, so only
 * a comma whose clause runs to a sentence-ending mark, right after a speech verb that follows
 * a space, can start one.
 */

/** A comma, then the clause up to the first punctuation mark, which ends the sentence. */
const COMMA_TO_SENTENCE_END = /,[^,.;:!?«»“”()]*(?=[.;!?])/gu;

/** `verbEndsHere`: a sticky lookbehind, `(?<=\s(?:verbs)\s*)`, read at the sentence's end. */
export function speakerFirstStarts(text: string, verbEndsHere: RegExp): number[] {
  const starts: number[] = [];
  COMMA_TO_SENTENCE_END.lastIndex = 0;
  for (let clause = COMMA_TO_SENTENCE_END.exec(text); clause; clause = COMMA_TO_SENTENCE_END.exec(text)) {
    verbEndsHere.lastIndex = clause.index + clause[0].length;
    if (verbEndsHere.test(text)) starts.push(clause.index);
  }
  return starts;
}
