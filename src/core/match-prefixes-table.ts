/**
 * matchPrefixes, topLevelAlternatives and the prefix tries built from them, answered from a table
 * `npm run build` writes beside the compiled module (scripts/build-match-prefixes.ts) for every
 * pattern the annotation stages build: parsing each trigger and time pattern, walking its syntax
 * tree and building the tries costs ~100 ms per language at every start, in every worker thread. A source the table lacks (a lexicon changed
 * since, or a run from the sources, which have no table) is parsed as before. The table records a
 * fingerprint of the compiled match-prefixes.js beside it: one written by another version of the
 * analysis is set aside, never trusted (core/prebuilt-table.ts reads and checks it).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { matchPrefixes, topLevelAlternatives, type Prefix } from "./match-prefixes.js";
import { builtTableOrNull, moduleBeside, type PrebuiltContents, type PrebuiltTable } from "./prebuilt-table.js";
import { decodePrefixTrie, encodePrefixTrie, prefixTrie, type PrefixTrieNode } from "./prefix-trie.js";

export const MATCH_PREFIXES_TABLE_FILE = "match-prefixes.bin";
const MAGIC = "RMP1";

/** The table's header (it has no body): small enough as JSON, once each prefix is one string. */
interface TableFile {
  /** Each prefix written as one string (see writtenPrefix): far smaller than its steps as JSON objects. */
  prefixes: Array<[source: string, prefixes: string[] | null]>;
  alternatives: Array<[source: string, alternatives: string[]]>;
  /** The trie of each list of sources a stage builds one for (see trieKey), encoded (encodePrefixTrie). */
  tries: Array<[key: string, trie: number[]]>;
}

/** Between the steps of a written prefix; a whitespace step is one of the two marks. */
const STEP_BREAK = "\u001f";
const ANY_SPACES = "\u0000";
const SOME_SPACES = "\u0001";

export class MatchPrefixesTable {
  /** Written prefixes, read when asked for: a process uses one or two languages' patterns of the table. */
  private readonly written: Map<string, string[] | null>;
  private readonly alternatives: Map<string, string[]>;
  private readonly tries: Map<string, number[]>;
  /** What was parsed or built because the table lacked it: what the build script writes. */
  readonly parsed = { prefixes: new Map<string, Prefix[] | null>(), alternatives: new Map<string, string[]>(), tries: new Map<string, PrefixTrieNode>() };

  constructor(file: TableFile | null = null) {
    this.written = new Map(file?.prefixes);
    this.alternatives = new Map(file?.alternatives);
    this.tries = new Map(file?.tries);
  }

  prefixesOf(source: string): Prefix[] | null {
    const written = this.written.get(source);
    if (written !== undefined) return written && written.map(readPrefix);
    const found = matchPrefixes(source);
    this.parsed.prefixes.set(source, found);
    return found;
  }

  /** Whether matchPrefixes tells the source's prefixes (it is in the tries), without reading them. */
  hasPrefixes(source: string): boolean {
    const written = this.written.get(source);
    return written !== undefined ? written !== null : this.prefixesOf(source) !== null;
  }

  /** The trie of the sources' prefixes (prefixTrie), read from the table when it holds it: building one takes tens of milliseconds. */
  trieOf(sources: readonly string[]): PrefixTrieNode {
    const key = trieKey(sources);
    const encoded = this.tries.get(key);
    if (encoded) return decodePrefixTrie(encoded);
    const root = prefixTrie(sources.map((source) => this.prefixesOf(source)));
    this.parsed.tries.set(key, root);
    return root;
  }

  alternativesOf(source: string): string[] {
    const known = this.alternatives.get(source) ?? this.parsed.alternatives.get(source);
    if (known) return known;
    const found = topLevelAlternatives(source);
    this.parsed.alternatives.set(source, found);
    return found;
  }

  /** Every answer this table holds or parsed, as its file holds them (encodePrebuiltTable with matchPrefixesTableFile writes it). */
  contents(): PrebuiltContents<TableFile> {
    const parsed = [...this.parsed.prefixes].map(([source, list]): [string, string[] | null] => [source, list && list.map(writtenPrefix)]);
    const tries = [...this.parsed.tries].map(([key, root]): [string, number[]] => [key, encodePrefixTrie(root)]);
    return { header: { prefixes: [...this.written, ...parsed], alternatives: [...this.alternatives, ...this.parsed.alternatives], tries: [...this.tries, ...tries] }, body: [] };
  }
}

/** A list of sources by the hash of its sources, in order: the keys would otherwise repeat every pattern. */
function trieKey(sources: readonly string[]): string {
  const hash = createHash("sha256");
  for (const source of sources) hash.update(source).update("\u0000");
  return hash.digest("hex").slice(0, 32);
}

/** The table file written for the analysis whose fingerprint is given, as the shared reader checks it. */
export function matchPrefixesTableFile(fingerprint: string): PrebuiltTable<MatchPrefixesTable, TableFile> {
  return {
    label: "the match-prefix table",
    magic: MAGIC,
    fingerprint,
    decode: (file) => {
      if (!Array.isArray(file.prefixes) || !Array.isArray(file.alternatives) || !Array.isArray(file.tries)) throw new Error("its header lacks the prefixes, alternatives or tries");
      return new MatchPrefixesTable(file);
    },
  };
}

/** The fingerprint of an analysis: its compiled match-prefixes module's bytes. */
export function matchPrefixesFingerprint(moduleBytes: Uint8Array): string {
  return createHash("sha256").update(moduleBytes).digest("hex").slice(0, 16);
}

let shared: MatchPrefixesTable | undefined;

/** The table beside this module, read on first use; an empty one where there is none (a run from the sources). */
export function matchPrefixesTable(): MatchPrefixesTable {
  return (shared ??= readTableBesideModule());
}

export const hasPrefixes = (source: string): boolean => matchPrefixesTable().hasPrefixes(source);
export const prefixTrieOf = (sources: readonly string[]): PrefixTrieNode => matchPrefixesTable().trieOf(sources);
export const alternativesOf = (source: string): string[] => matchPrefixesTable().alternativesOf(source);

/** No table (a run from the sources) or one set aside: every source is parsed. */
function readTableBesideModule(): MatchPrefixesTable {
  const fingerprint = matchPrefixesFingerprint(readFileSync(moduleBeside(import.meta.url, "./match-prefixes")));
  return builtTableOrNull(matchPrefixesTableFile(fingerprint), new URL(`./${MATCH_PREFIXES_TABLE_FILE}`, import.meta.url)) ?? new MatchPrefixesTable();
}

/** A prefix as one string: its steps apart by STEP_BREAK, each its characters or a whitespace mark. */
function writtenPrefix(prefix: Prefix): string {
  return prefix.map((step) => ("spaces" in step ? (step.spaces === 0 ? ANY_SPACES : SOME_SPACES) : step.chars.join(""))).join(STEP_BREAK);
}

function readPrefix(written: string): Prefix {
  return written.split(STEP_BREAK).map((step) => (step === ANY_SPACES ? { spaces: 0 } : step === SOME_SPACES ? { spaces: 1 } : { chars: [...step] }));
}
