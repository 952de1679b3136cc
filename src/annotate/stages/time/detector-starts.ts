/**
 * Where each detector's pattern can start a match in a text, found in one pass. A detector's
 * pattern opens on alternations of words (articles, months, numbers) that the engine would try at
 * every position of the text, once per detector; instead what every match begins with
 * (core/match-prefixes.ts: "le␣mardi", "[0-9]") goes into one trie (core/prefix-trie.ts), walked from each position
 * that follows no letter or digit, and a sticky twin of the pattern is tried only where the walk
 * reaches it (core/matches-from-starts.ts).
 *
 * The positions are a superset of the match starts, so the matches are those of a global scan:
 * - each prefix is a prefix of the text a match takes, compared case-folded (core/case-fold.ts
 *   folds alike any two characters the "iu" patterns take for each other);
 * - a whitespace step takes the whole run of whitespace (the step after it takes none);
 * - a pattern whose every alternative opens on START cannot match right after a letter or digit;
 * - a pattern whose prefixes cannot be told (null) is given no positions: it scans the text.
 */
import { foldedCode } from "../../../core/case-fold.js";
import { alternativesOf, hasPrefixes, prefixTrieOf } from "../../../core/match-prefixes-table.js";
import { walkPrefixTrie } from "../../../core/prefix-trie.js";
import { START } from "./patterns.js";

export interface DetectorStarts {
  /** Per pattern, ascending start positions, or null where the pattern must scan the whole text. */
  (text: string): Array<number[] | null>;
}

/** Per BMP code unit, filled in as met: 0 unknown, 1 yes, 2 no. */
const startsAfter = new Uint8Array(0x10000);
const startHolds = new RegExp(START, "iuy");

export function detectorStarts(sources: readonly string[]): DetectorStarts {
  const known = sources.map(hasPrefixes);
  const root = prefixTrieOf(sources);
  const afterNonWord = sources.map((source) => alternativesOf(source).every((alternative) => alternative.startsWith(START)));
  const everyAfterNonWord = afterNonWord.every(Boolean);
  // Per unfolded code unit, filled in as met: 0 unknown, 1 opens no prefix, else 2 + the index of the root's child it opens; most characters are turned away on one read.
  const opens = new Uint16Array(0x10000);
  return (text) => {
    const starts = known.map((told): number[] | null => (told ? [] : null));
    const reached: number[] = [];
    for (let position = 0; position < text.length; position += 1) {
      const code = text.charCodeAt(position);
      let opening = opens[code]!;
      if (opening === 0) opens[code] = opening = root.codes.indexOf(foldedCode(code)) + 2;
      if (opening === 1) continue;
      let boundary: boolean | undefined;
      if (everyAfterNonWord && !(boundary = followsNonWord(text, position))) continue;
      const count = walkPrefixTrie(text, text.length, root.children[opening - 2], position + 1, reached);
      for (let rank = 0; rank < count; rank += 1) {
        const pattern = reached[rank]!;
        if (afterNonWord[pattern] && !(boundary ??= followsNonWord(text, position))) continue;
        const list = starts[pattern]!;
        if (list[list.length - 1] !== position) list.push(position);
      }
    }
    return starts;
  };
}

/** Whether START holds at a position, as the pattern's own lookbehind reads the character before it. */
function followsNonWord(text: string, position: number): boolean {
  if (position === 0) return true;
  const before = text.charCodeAt(position - 1);
  if (before >= 0xd800 && before <= 0xdfff) {
    startHolds.lastIndex = position;
    return startHolds.test(text);
  }
  let known = startsAfter[before]!;
  if (known === 0) {
    startHolds.lastIndex = 1;
    startsAfter[before] = known = startHolds.test(`${String.fromCharCode(before)} `) ? 1 : 2;
  }
  return known === 1;
}
