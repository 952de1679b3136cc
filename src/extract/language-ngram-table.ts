/**
 * eld's n-gram table in a compact file written at build (scripts/build-language-ngrams.ts), so a
 * run of the built CLI starts in a few milliseconds instead of the quarter-second V8 spends
 * compiling eld's 1.6 MB object literal. The file holds the sorted n-grams and, for each, its
 * (language, score) pairs; each n-gram's pairs are decoded as eld looks it up. eld's own detector
 * reads it, so its guesses, scores and reliability are eld's exactly. The file is read and checked
 * as every prebuilt table is (core/prebuilt-table.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { packArrays, unpackArrays, type ArrayLayout, type PrebuiltContents, type PrebuiltTable } from "../core/prebuilt-table.js";

/** The shape of eld's n-gram databases (eld/src/ngrams/*.js). */
export interface EldNgramsData {
  type: string;
  languages: Record<number, string>;
  ngrams: Record<string, Record<number, number>>;
}

interface Header {
  type: string;
  languages: Record<number, string>;
  /** starts (u32, each n-gram's first pair), languages and scores (u8, one a pair), ngrams (Latin-1, apart by NGRAM_SEPARATOR). */
  arrays: ArrayLayout;
}

const MAGIC = "RNG1";

/** eld's n-grams are bytes spelled as Latin-1 characters (its dictionary.js), never a newline. */
const NGRAM_SEPARATOR = "\n";

/**
 * A file inside the installed eld package: its exports map hides the detector factory and the
 * tables, which this module needs to hand eld another table (Node's resolver has no way around
 * an exports map, hence this walk over the folders it would search).
 */
export function eldFileUrl(relativePath: string): URL | null {
  const require = createRequire(import.meta.url);
  for (const folder of require.resolve.paths("eld") ?? []) {
    const file = join(folder, "eld", relativePath);
    if (existsSync(file)) return pathToFileURL(file);
  }
  return null;
}

/** Which table, read by which eld: a file built against another eld version is not used. */
export function eldTableFingerprint(tableName: string): string | null {
  const manifest = eldFileUrl("package.json");
  if (!manifest) return null;
  const { version } = JSON.parse(readFileSync(manifest, "utf8")) as { version: string };
  return `eld ${version} ${tableName}`;
}

/** The compact table of an eld version's n-grams, as the shared reader checks it. */
export function ngramTable(fingerprint: string): PrebuiltTable<EldNgramsData, Header> {
  return { label: `eld's n-gram table (${fingerprint})`, magic: MAGIC, fingerprint, decode: decodeNgramTable };
}

export function encodeNgramTable(data: EldNgramsData): PrebuiltContents<Header> {
  const ngrams = Object.keys(data.ngrams).sort();
  const starts = new Uint32Array(ngrams.length + 1);
  const languages: number[] = [];
  const scores: number[] = [];
  ngrams.forEach((ngram, index) => {
    if (ngram.includes(NGRAM_SEPARATOR) || /[^\u0000-\u00ff]/u.test(ngram)) throw new Error(`eld n-gram ${JSON.stringify(ngram)} is not Latin-1 without newlines`);
    for (const [language, score] of Object.entries(data.ngrams[ngram]!)) {
      if (Number(language) > 255 || score < 0 || score > 255 || !Number.isInteger(score)) throw new Error(`eld n-gram ${JSON.stringify(ngram)}: pair ${language}:${score} does not fit a byte`);
      languages.push(Number(language));
      scores.push(score);
    }
    starts[index + 1] = languages.length;
  });
  const { layout, body } = packArrays({ starts, languages: Uint8Array.from(languages), scores: Uint8Array.from(scores), ngrams: Buffer.from(ngrams.join(NGRAM_SEPARATOR), "latin1") });
  return { header: { type: data.type, languages: data.languages, arrays: layout }, body };
}

function decodeNgramTable(header: Header, body: Buffer): EldNgramsData {
  const { u8, u32 } = unpackArrays(header.arrays, body);
  const starts = u32("starts");
  const languages = u8("languages");
  const scores = u8("scores");
  const ngramBytes = u8("ngrams");
  const ngrams = Buffer.from(ngramBytes.buffer, ngramBytes.byteOffset, ngramBytes.length).toString("latin1").split(NGRAM_SEPARATOR);
  const pairsOf = (ngram: string): Record<number, number> | undefined => {
    const index = sortedIndexOf(ngrams, ngram);
    if (index < 0) return undefined;
    const pairs: Record<number, number> = {};
    for (let pair = starts[index]!; pair < starts[index + 1]!; pair += 1) pairs[languages[pair]!] = scores[pair]!;
    return pairs;
  };
  // eld reads its table as an object (`ngrams[ngram]`, then `for (language in pairs)`): a proxy
  // answers those reads from the arrays, without building 81,000 objects up front.
  const table = new Proxy({} as Record<string, Record<number, number>>, {
    get: (_target, key) => (typeof key === "string" ? pairsOf(key) : undefined),
  });
  return { type: header.type, languages: header.languages, ngrams: table };
}

/** Binary search in strings sorted by code unit (Array.prototype.sort's default order). */
function sortedIndexOf(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const candidate = sorted[middle]!;
    if (candidate === value) return middle;
    if (candidate < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
