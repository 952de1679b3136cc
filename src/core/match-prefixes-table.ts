/**
 * matchPrefixes and topLevelAlternatives, answered from a table `npm run build` writes beside the
 * compiled module (scripts/build-match-prefixes.ts) for every pattern the annotation stages build:
 * parsing each trigger and time pattern and walking its syntax tree costs tens of milliseconds per
 * language at every start, in every worker thread. A source the table lacks (a lexicon changed
 * since, or a run from the sources, which have no table) is parsed as before. The table records a
 * fingerprint of the compiled match-prefixes.js beside it: one written by another version of the
 * analysis is ignored, never trusted.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { matchPrefixes, topLevelAlternatives, type Prefix } from "./match-prefixes.js";

export const MATCH_PREFIXES_TABLE_FILE = "match-prefixes.json";

interface TableFile {
  fingerprint: string;
  /** Each prefix written as one string (see writtenPrefix): far smaller than its steps as JSON objects. */
  prefixes: Array<[source: string, prefixes: string[] | null]>;
  alternatives: Array<[source: string, alternatives: string[]]>;
}

/** Between the steps of a written prefix; a whitespace step is one of the two marks. */
const STEP_BREAK = "\u001f";
const ANY_SPACES = "\u0000";
const SOME_SPACES = "\u0001";

export class MatchPrefixesTable {
  /** Written prefixes, read when asked for: a process uses one or two languages' patterns of the table. */
  private readonly written: Map<string, string[] | null>;
  private readonly alternatives: Map<string, string[]>;
  /** What was parsed because the table lacked it: what the build script writes. */
  readonly parsed = { prefixes: new Map<string, Prefix[] | null>(), alternatives: new Map<string, string[]>() };

  constructor(file: TableFile | null = null) {
    this.written = new Map(file?.prefixes);
    this.alternatives = new Map(file?.alternatives);
  }

  /** A table file's contents, or an empty table when it was written for another version of matchPrefixes (or is not one). */
  static decode(json: string, fingerprint: string): MatchPrefixesTable {
    const file = JSON.parse(json) as Partial<TableFile>;
    return new MatchPrefixesTable(file.fingerprint === fingerprint && Array.isArray(file.prefixes) && Array.isArray(file.alternatives) ? (file as TableFile) : null);
  }

  prefixesOf(source: string): Prefix[] | null {
    const written = this.written.get(source);
    if (written !== undefined) return written && written.map(readPrefix);
    const found = matchPrefixes(source);
    this.parsed.prefixes.set(source, found);
    return found;
  }

  alternativesOf(source: string): string[] {
    const known = this.alternatives.get(source) ?? this.parsed.alternatives.get(source);
    if (known) return known;
    const found = topLevelAlternatives(source);
    this.parsed.alternatives.set(source, found);
    return found;
  }

  /** A table file of every answer this table holds or parsed, for the analysis whose fingerprint is given. */
  encode(fingerprint: string): string {
    const parsed = [...this.parsed.prefixes].map(([source, list]): [string, string[] | null] => [source, list && list.map(writtenPrefix)]);
    const file: TableFile = { fingerprint, prefixes: [...this.written, ...parsed], alternatives: [...this.alternatives, ...this.parsed.alternatives] };
    return JSON.stringify(file);
  }
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

export const prefixesOf = (source: string): Prefix[] | null => matchPrefixesTable().prefixesOf(source);
export const alternativesOf = (source: string): string[] => matchPrefixesTable().alternativesOf(source);

function readTableBesideModule(): MatchPrefixesTable {
  try {
    const fingerprint = matchPrefixesFingerprint(readFileSync(new URL("./match-prefixes.js", import.meta.url)));
    return MatchPrefixesTable.decode(readFileSync(new URL(`./${MATCH_PREFIXES_TABLE_FILE}`, import.meta.url), "utf8"), fingerprint);
  } catch {
    // No table (a run from the sources) or an unreadable one: every source is parsed.
    return new MatchPrefixesTable();
  }
}

/** A prefix as one string: its steps apart by STEP_BREAK, each its characters or a whitespace mark. */
function writtenPrefix(prefix: Prefix): string {
  return prefix.map((step) => ("spaces" in step ? (step.spaces === 0 ? ANY_SPACES : SOME_SPACES) : step.chars.join(""))).join(STEP_BREAK);
}

function readPrefix(written: string): Prefix {
  return written.split(STEP_BREAK).map((step) => (step === ANY_SPACES ? { spaces: 0 } : step === SOME_SPACES ? { spaces: 1 } : { chars: [...step] }));
}
