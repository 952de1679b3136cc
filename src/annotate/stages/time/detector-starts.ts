/**
 * Where each detector's pattern can start a match in a text, found in one pass. A detector's
 * pattern opens on alternations of words (articles, months, numbers) that the engine would try at
 * every position of the text, once per detector; instead what every match begins with
 * (core/match-prefixes.ts: "le␣mardi", "[0-9]") goes into one trie, walked from each position
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
import { matchPrefixes, topLevelAlternatives, type Prefix } from "../../../core/match-prefixes.js";
import { START } from "./patterns.js";

interface TrieNode {
  /** The patterns whose prefix ends here. */
  patterns: number[];
  next: Map<number, TrieNode>;
  /** After a run of whitespace of any length / of at least one character. */
  anySpaces: TrieNode | null;
  someSpaces: TrieNode | null;
}

export interface DetectorStarts {
  /** Per pattern, ascending start positions, or null where the pattern must scan the whole text. */
  (text: string): Array<number[] | null>;
}

const node = (): TrieNode => ({ patterns: [], next: new Map(), anySpaces: null, someSpaces: null });
const WHITESPACE = /^\s$/u;
/** Per BMP code unit, filled in as met: 0 unknown, 1 yes, 2 no. */
const whitespace = new Uint8Array(0x10000);
const startsAfter = new Uint8Array(0x10000);
const startHolds = new RegExp(START, "iuy");

export function detectorStarts(sources: readonly string[]): DetectorStarts {
  const root = node();
  const prefixes = sources.map(matchPrefixes);
  prefixes.forEach((list, pattern) => list?.forEach((prefix) => insert(root, prefix, 0, pattern)));
  const afterNonWord = sources.map((source) => topLevelAlternatives(source).every((alternative) => alternative.startsWith(START)));
  const everyAfterNonWord = afterNonWord.every(Boolean);
  // Whether a code unit can open a prefix, per unfolded code unit (0 unknown, 1 yes, 2 no): most characters are turned away on one read.
  const opens = new Uint8Array(0x10000);
  return (text) => {
    const starts = prefixes.map((list): number[] | null => (list ? [] : null));
    let position = 0;
    let boundary: boolean | undefined;
    const reached = (pattern: number) => {
      if (afterNonWord[pattern] && !(boundary ??= followsNonWord(text, position))) return;
      const list = starts[pattern]!;
      if (list[list.length - 1] !== position) list.push(position);
    };
    for (; position < text.length; position += 1) {
      const code = text.charCodeAt(position);
      let opening = opens[code]!;
      if (opening === 0) opens[code] = opening = root.next.has(foldedCode(code)) ? 1 : 2;
      if (opening === 2) continue;
      boundary = undefined;
      if (everyAfterNonWord && !(boundary = followsNonWord(text, position))) continue;
      walk(text, root.next.get(foldedCode(code)), position + 1, reached);
    }
    return starts;
  };
}

function insert(at: TrieNode, prefix: Prefix, from: number, pattern: number): void {
  const step = prefix[from];
  if (!step) {
    if (!at.patterns.includes(pattern)) at.patterns.push(pattern);
    return;
  }
  if ("spaces" in step) {
    insert(step.spaces === 0 ? (at.anySpaces ??= node()) : (at.someSpaces ??= node()), prefix, from + 1, pattern);
    return;
  }
  // An astral character is two code units, which fold apart: the prefix ends before it.
  if (step.chars.some((char) => char.length !== 1)) return insert(at, [], 0, pattern);
  for (const char of step.chars) {
    const code = foldedCode(char.charCodeAt(0));
    let child = at.next.get(code);
    if (!child) at.next.set(code, (child = node()));
    insert(child, prefix, from + 1, pattern);
  }
}

/** Reports the patterns of `at` and of every node reached from it along text[index…]. */
function walk(text: string, at: TrieNode | undefined, index: number, reached: (pattern: number) => void): void {
  for (let node = at; node; index += 1) {
    for (const pattern of node.patterns) reached(pattern);
    const { anySpaces, someSpaces } = node;
    if (anySpaces || someSpaces) {
      let end = index;
      while (end < text.length && isWhitespace(text.charCodeAt(end))) end += 1;
      if (anySpaces) walk(text, anySpaces, end, reached);
      if (someSpaces && end > index) walk(text, someSpaces, end, reached);
    }
    node = index < text.length ? node.next.get(foldedCode(text.charCodeAt(index))) : undefined;
  }
}

function isWhitespace(code: number): boolean {
  let known = whitespace[code]!;
  if (known === 0) whitespace[code] = known = WHITESPACE.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
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
