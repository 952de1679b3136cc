/**
 * A regular-expression alternation of literal words, factored by shared prefixes
 * ("déclar(?:é|e)|dit" for "déclaré|déclare|dit"). An engine tries a flat alternation's words
 * one by one at each position of the text; the factored one reads the first letter once and
 * tries only the words it begins. It matches what the flat alternation matches, trying the
 * words that fit at a position in the same order, when no word comes before a longer word it
 * begins (a list sorted longest first) and the words are lowercase Latin-1, so that case-
 * insensitive matching cannot let one letter of the text fit two branches. Other lists get the
 * flat alternation.
 */
import { escapeRegExp } from "../../../core/escape-regexp.js";

const LOWERCASE_LATIN1 = /^[\x00-\x40\x5b-\xb4\xb6-\xbf\xdf-\xff]*$/u;

export function trieAlternation(words: readonly string[]): string {
  const flat = words.map(escapeRegExp).join("|");
  if (!words.every((word) => LOWERCASE_LATIN1.test(word))) return flat;
  const shorterFirst = words.some((word, index) => words.slice(index + 1).some((later) => later.length > word.length && later.startsWith(word)));
  return shorterFirst ? flat : branches([...new Set(words)]);
}

function branches(words: readonly string[]): string {
  const byFirstLetter = new Map<string, string[]>();
  let endsHere = false;
  for (const word of words) {
    if (word === "") endsHere = true;
    else byFirstLetter.set(word[0]!, [...(byFirstLetter.get(word[0]!) ?? []), word.slice(1)]);
  }
  const parts = [...byFirstLetter].map(([letter, rests]) => {
    if (rests.length === 1) return escapeRegExp(letter + rests[0]!);
    const shared = commonPrefix(rests);
    return `${escapeRegExp(letter + shared)}(?:${branches(rests.map((rest) => rest.slice(shared.length)))})`;
  });
  // A word that ends where longer ones go on is tried after them, as in the longest-first list.
  if (endsHere) parts.push("");
  return parts.join("|");
}

function commonPrefix(words: readonly string[]): string {
  let length = 0;
  while (words.every((word) => length < word.length && word[length] === words[0]![length])) length += 1;
  return words[0]!.slice(0, length);
}
