/**
 * One trie of what the matches of several patterns begin with (core/match-prefixes.ts), walked
 * along a text to tell which patterns can start a match where the walk began. Characters are
 * compared case-folded (core/case-fold.ts), and a whitespace step takes the whole run of
 * whitespace there. The time stage (its detectors) and core/word-patterns.ts (event and
 * attribute triggers) each decide where a walk may begin; this module only builds and walks.
 */
import { foldedCode } from "./case-fold.js";
import type { Prefix } from "./match-prefixes.js";
import { isWhitespace } from "./is-whitespace.js";

export interface PrefixTrieNode {
  /** The patterns a prefix of which ends here. */
  complete: number[];
  /** The folded codes that lead on, and where: a few at most, searched in turn. */
  codes: number[];
  children: PrefixTrieNode[];
  /** Reached over a run of whitespace of any length, of at least one character. */
  afterAnySpaces: PrefixTrieNode | null;
  afterSomeSpaces: PrefixTrieNode | null;
}

const newNode = (): PrefixTrieNode => ({ complete: [], codes: [], children: [], afterAnySpaces: null, afterSomeSpaces: null });

/** The trie of every pattern's prefixes; a pattern whose prefixes are null (unknown) is left out. */
export function prefixTrie(prefixes: ReadonlyArray<readonly Prefix[] | null>): PrefixTrieNode {
  const root = newNode();
  prefixes.forEach((list, pattern) => list?.forEach((prefix) => insert(root, prefix, 0, pattern)));
  return root;
}

function insert(at: PrefixTrieNode, prefix: Prefix, from: number, pattern: number): void {
  const step = prefix[from];
  if (!step) {
    if (!at.complete.includes(pattern)) at.complete.push(pattern);
    return;
  }
  if ("spaces" in step) {
    const next = step.spaces === 0 ? (at.afterAnySpaces ??= newNode()) : (at.afterSomeSpaces ??= newNode());
    insert(next, prefix, from + 1, pattern);
    return;
  }
  // An astral character is two code units, which fold apart: the prefix ends before it.
  if (step.chars.some((char) => char.length !== 1)) return insert(at, [], 0, pattern);
  for (const char of step.chars) {
    const code = foldedCode(char.charCodeAt(0));
    let child = at.children[at.codes.indexOf(code)];
    if (!child) {
      at.codes.push(code);
      at.children.push((child = newNode()));
    }
    insert(child, prefix, from + 1, pattern);
  }
}

/**
 * Writes into `reached`, from `count` on, the patterns completed at `at` and at every node
 * reached from it along text[index…to), a pattern possibly more than once, and returns the new
 * count: a buffer the caller reuses, not a callback or a fresh array, as walks run at most word
 * starts of every text.
 */
export function walkPrefixTrie(text: string, to: number, at: PrefixTrieNode | undefined, index: number, reached: number[], count = 0): number {
  for (let node = at; node; index += 1) {
    const { complete } = node;
    for (let rank = 0; rank < complete.length; rank += 1) reached[count++] = complete[rank]!;
    const { afterAnySpaces, afterSomeSpaces } = node;
    if (afterAnySpaces || afterSomeSpaces) {
      let end = index;
      while (end < to && isWhitespace(text.charCodeAt(end))) end += 1;
      if (afterAnySpaces) count = walkPrefixTrie(text, to, afterAnySpaces, end, reached, count);
      if (afterSomeSpaces && end > index) count = walkPrefixTrie(text, to, afterSomeSpaces, end, reached, count);
    }
    node = index < to ? childOf(node, foldedCode(text.charCodeAt(index))) : undefined;
  }
  return count;
}

/** The child reached over a folded code, if any. */
function childOf(node: PrefixTrieNode, code: number): PrefixTrieNode | undefined {
  const { codes } = node;
  for (let index = 0; index < codes.length; index += 1) if (codes[index] === code) return node.children[index];
  return undefined;
}
