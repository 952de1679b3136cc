/**
 * eld's n-gram table in a compact file written at build (scripts/build-language-ngrams.ts), so a
 * run of the built CLI starts in a few milliseconds instead of the quarter-second V8 spends
 * compiling eld's 1.6 MB object literal. The file holds the sorted n-grams and, for each, its
 * (language, score) pairs; each n-gram's pairs are decoded as eld looks it up. eld's own detector
 * reads it, so its guesses, scores and reliability are eld's exactly.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** The shape of eld's n-gram databases (eld/src/ngrams/*.js). */
export interface EldNgramsData {
  type: string;
  languages: Record<number, string>;
  ngrams: Record<string, Record<number, number>>;
}

interface Header {
  fingerprint: string;
  type: string;
  languages: Record<number, string>;
  ngramCount: number;
  pairCount: number;
}

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

export function encodeNgramTable(data: EldNgramsData, fingerprint: string): Buffer {
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
  const header: Header = { fingerprint, type: data.type, languages: data.languages, ngramCount: ngrams.length, pairCount: languages.length };
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const headerLength = Buffer.alloc(4);
  headerLength.writeUInt32LE(headerBytes.length);
  const padding = Buffer.alloc((4 - ((4 + headerBytes.length) % 4)) % 4);
  return Buffer.concat([headerLength, headerBytes, padding, Buffer.from(starts.buffer), Uint8Array.from(languages), Uint8Array.from(scores), Buffer.from(ngrams.join(NGRAM_SEPARATOR), "latin1")]);
}

/** The table as eld's detector reads it, or null when the file is missing or was built for another eld. */
export function readNgramTable(url: URL, fingerprint: string): EldNgramsData | null {
  if (!existsSync(url)) return null;
  return decodeNgramTable(readFileSync(url), fingerprint);
}

export function decodeNgramTable(file: Buffer, fingerprint: string): EldNgramsData | null {
  const headerLength = file.readUInt32LE(0);
  const header = JSON.parse(file.subarray(4, 4 + headerLength).toString("utf8")) as Header;
  if (header.fingerprint !== fingerprint) return null;
  let offset = 4 + headerLength;
  offset += (4 - (offset % 4)) % 4;
  const startsBytes = 4 * (header.ngramCount + 1);
  // A copy, so the Uint32Array is aligned whatever the Buffer's place in its pool.
  const starts = new Uint32Array(file.buffer.slice(file.byteOffset + offset, file.byteOffset + offset + startsBytes));
  offset += startsBytes;
  const languages = file.subarray(offset, offset + header.pairCount);
  const scores = file.subarray(offset + header.pairCount, offset + 2 * header.pairCount);
  const ngrams = file.subarray(offset + 2 * header.pairCount).toString("latin1").split(NGRAM_SEPARATOR);
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
