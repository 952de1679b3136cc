/**
 * Patterns that match whole words — `(?<![W])(?:source)(?![W])` for a class W of word characters,
 * case-insensitive — found in a stretch of text (a sentence) as a global scan of that stretch alone
 * finds them, but tried only where they can start. Unanchored, such a pattern opening on an
 * alternation of words is tried at every position, once per pattern; instead what every match
 * begins with (core/match-prefixes.ts) goes into one trie of folded characters (core/prefix-trie.ts), walked once from
 * each word start of the stretch, and a pattern's sticky twin is tried only where the walk
 * completes one of its prefixes (core/matches-from-starts.ts).
 *
 * The positions hold every start of a match over the stretch, so the matches are a scan's:
 * - a match opens after no word character (its lookbehind), the stretch's start counting as none;
 * - each prefix is a prefix of the text a match takes, compared folded (core/case-fold.ts folds
 *   alike any two characters an "iu" pattern takes for each other; callers keep prefixes within
 *   FOLD_CHECKED);
 * - a whitespace step takes the whole run of whitespace, within the stretch as the match is;
 * - a source whose prefixes cannot be told gets no positions (null): its pattern scans the stretch.
 */
import { allMatches } from "./all-matches.js";
import { FOLD_CHECKED, foldedCode } from "./case-fold.js";
import { matchPrefixes } from "./match-prefixes.js";
import { hasPrefixes, prefixTrieOf } from "./match-prefixes-table.js";
import { matchesFromStarts } from "./matches-from-starts.js";
import { walkPrefixTrie } from "./prefix-trie.js";

export interface WordPatterns {
  /** Per source, the bounded pattern, global. */
  readonly global: readonly RegExp[];
  /** Per source, ascending positions in text.slice(from, to) where its pattern can match there; null to scan the slice. */
  startsIn(text: string, from: number, to: number): Array<readonly number[] | null>;
  /** The matches of source `index` in `slice`, as allMatches(global[index], slice) lists them, given its startsIn. */
  matchesIn(index: number, slice: string, starts: readonly number[] | null): RegExpExecArray[];
}

const NONE: readonly number[] = Object.freeze([]);

export function wordPatterns(sources: readonly string[], wordClass: string): WordPatterns {
  const bounded = sources.map((source) => `(?<![${wordClass}])(?:${source})(?![${wordClass}])`);
  const global = bounded.map((source) => new RegExp(source, "giu"));
  const sticky = bounded.map((source) => new RegExp(source, "iuy"));
  const root = prefixTrieOf(sources);
  const wordChar = new RegExp(`^[${wordClass}]$`, "u");
  // Per BMP code unit, filled in as met: 0 unknown, 1 a word character, 2 not, 3 a low surrogate (one if its pair is).
  const kinds = new Uint8Array(0x10000);
  // Per BMP code unit, filled in as met: 0 unknown, 1 opens no prefix, else 2 + the index of the root's child it opens.
  const opens = new Uint16Array(0x10000);
  const noStarts = sources.map((source) => (hasPrefixes(source) ? NONE : null));
  return {
    global,
    startsIn(text, from, to) {
      const starts = noStarts.slice();
      const reached: number[] = [];
      // Each turn opens at a position no word character precedes (or the stretch's start), then passes the word's other characters.
      for (let position = from; position < to; position += 1) {
        const code = text.charCodeAt(position);
        let opening = opens[code]!;
        if (opening === 0) opens[code] = opening = root.codes.indexOf(foldedCode(code)) + 2;
        if (opening > 1) {
          const count = walkPrefixTrie(text, to, root.children[opening - 2]!, position + 1, reached);
          const start = position - from;
          for (let rank = 0; rank < count; rank += 1) {
            const source = reached[rank]!;
            const list = starts[source] as number[];
            if (list === NONE) starts[source] = [start];
            else if (list[list.length - 1] !== start) list.push(start);
          }
        }
        for (; position < to; position += 1) {
          const at = text.charCodeAt(position);
          let kind = kinds[at]!;
          if (kind === 0) kinds[at] = kind = at >= 0xdc00 && at <= 0xdfff ? 3 : wordChar.test(String.fromCharCode(at)) ? 1 : 2;
          if (kind === 2 || (kind === 3 && !endsWordPair(text, from, position, wordChar))) break;
        }
      }
      return starts;
    },
    matchesIn(index, slice, starts) {
      return starts ? matchesFromStarts(sticky[index]!, slice, starts) : allMatches(global[index]!, slice);
    },
  };
}

/** Whether a low surrogate ends a pair of the class, as the patterns' lookbehind reads it: only when its high half is in the stretch too. */
function endsWordPair(text: string, from: number, position: number, wordChar: RegExp): boolean {
  if (position === from) return false;
  const high = text.charCodeAt(position - 1);
  return high >= 0xd800 && high <= 0xdbff && wordChar.test(text.slice(position - 1, position + 1));
}

/** The characters of the sources' prefixes whose folding is not checked (core/case-fold.ts): a caller's test wants none. */
export function uncheckedPrefixChars(sources: readonly string[]): string[] {
  const chars = sources.flatMap((source) => (matchPrefixes(source) ?? []).flatMap((prefix) => prefix.flatMap((step) => ("chars" in step ? step.chars : []))));
  return [...new Set(chars)].filter((char) => char.length !== 1 || !FOLD_CHECKED.some(([from, to]) => char.charCodeAt(0) >= from && char.charCodeAt(0) <= to));
}
