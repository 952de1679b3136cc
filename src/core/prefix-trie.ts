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

/**
 * A trie as one flat list of numbers, its nodes in depth-first order, each as: the count of its
 * completed patterns and them, the count of its codes and them, then 1 + the index of the node
 * after any spaces and after some spaces (0 for none); a node's children follow it in the order
 * of its codes. What `npm run build` stores so a process reads its tries instead of building them
 * (core/match-prefixes-table.ts).
 */
export function encodePrefixTrie(root: PrefixTrieNode): number[] {
  const out: number[] = [];
  const indexOf = new Map<PrefixTrieNode, number>();
  const spaceLinks: Array<[at: number, node: PrefixTrieNode | null]> = [];
  const visit = (node: PrefixTrieNode) => {
    indexOf.set(node, indexOf.size);
    out.push(node.complete.length, ...node.complete, node.codes.length, ...node.codes);
    spaceLinks.push([out.length, node.afterAnySpaces], [out.length + 1, node.afterSomeSpaces]);
    out.push(0, 0);
    node.children.forEach(visit);
    if (node.afterAnySpaces) visit(node.afterAnySpaces);
    if (node.afterSomeSpaces) visit(node.afterSomeSpaces);
  };
  visit(root);
  for (const [at, node] of spaceLinks) out[at] = node ? indexOf.get(node)! + 1 : 0;
  return out;
}

export function decodePrefixTrie(encoded: readonly number[]): PrefixTrieNode {
  const nodes: PrefixTrieNode[] = [];
  const links: Array<[node: PrefixTrieNode, any: number, some: number]> = [];
  let at = 0;
  const read = (): PrefixTrieNode => {
    const node = newNode();
    nodes.push(node);
    const completeCount = encoded[at++]!;
    node.complete = encoded.slice(at, (at += completeCount));
    const codeCount = encoded[at++]!;
    node.codes = encoded.slice(at, (at += codeCount));
    const any = encoded[at]!;
    const some = encoded[at + 1]!;
    links.push([node, any, some]);
    at += 2;
    for (let child = 0; child < codeCount; child += 1) node.children.push(read());
    // The spaced nodes follow the children, in the order encode wrote them.
    if (any) read();
    if (some) read();
    return node;
  };
  read();
  for (const [node, any, some] of links) {
    node.afterAnySpaces = any ? nodes[any - 1]! : null;
    node.afterSomeSpaces = some ? nodes[some - 1]! : null;
  }
  return nodes[0]!;
}
