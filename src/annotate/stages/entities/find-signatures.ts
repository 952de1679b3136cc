/**
 * Initials standing as a sentence of their own sign the article or a letter ("… de la
 * démocratie. G. P.", "J. B. (A suivre.)"): the writer, a person. Two or three capital letters,
 * each with its period, between the end of one sentence and the start of the next (or the end).
 */
import type { EntityToken } from "./entity-tokens.js";
import type { NameMention } from "./find-name-mentions.js";

const MIN_INITIALS = 2;
const MAX_INITIALS = 3;

export function findSignatures(tokens: readonly EntityToken[]): NameMention[] {
  const found: NameMention[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!tokens[i]!.opensSentence || !isInitial(tokens, i)) continue;
    let count = 1;
    // Spaced as a signature is ("G. P."), not glued as an abbreviation ("U.S.", "L.A.").
    while (count < MAX_INITIALS && isInitial(tokens, i + 2 * count) && tokens[i + 2 * count]!.start > tokens[i + 2 * count - 1]!.end) count += 1;
    const last = i + 2 * count - 1;
    const next = tokens[last + 1];
    if (count < MIN_INITIALS || (next && !next.opensSentence && next.text !== "(")) continue;
    found.push({ start: tokens[i]!.start, end: tokens[last]!.end, text: "", type: "PER", place: null, firstToken: i, lastToken: last - 1, weak: false });
    i = last;
  }
  return found;
}

/** One capital letter with its period right after it. */
function isInitial(tokens: readonly EntityToken[], k: number): boolean {
  return /^\p{Lu}$/u.test(tokens[k]?.text ?? "") && tokens[k + 1]?.text === "." && tokens[k + 1]!.start === tokens[k]!.end;
}
