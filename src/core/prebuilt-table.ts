/**
 * The one way the prebuilt tables (gazetteers, eld's n-grams, the match-prefix answers) are
 * written and read back. `npm run build` writes each beside its compiled module in dist/; a run
 * from the sources finds none there and builds in memory. Every file opens with the same
 * envelope — four magic bytes, a u32 header length, a JSON header holding the fingerprint of what
 * it was built from, then the body at a multiple of 8 bytes — so one reader tells a fresh file
 * from a stale or corrupt one, and says which in one line.
 *
 * A table that is slow to build (the gazetteers, about a second each) may also keep its build in
 * a cache folder keyed by its fingerprint and by a hash of the code that builds it, so a run from
 * the sources builds it once, not at every start (cachedBuild).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { threadId } from "node:worker_threads";

/** How a prebuilt table's file is told apart and checked. */
export interface PrebuiltTable<T, H extends object = object> {
  /** What the table is, for messages ("the fr gazetteer"). */
  label: string;
  /** Four Latin-1 characters opening the file; a new magic for a new layout. */
  magic: string;
  /** What the file must have been built from: one written for other inputs is stale. */
  fingerprint: string;
  /** The table from its header (as its encoder wrote it) and body; throws when they are malformed. */
  decode(header: H, body: Buffer): T;
}

/** A table's file contents: a small JSON header and the binary parts of its body, in order. */
export interface PrebuiltContents<H extends object = object> {
  header: H;
  body: readonly Uint8Array[];
}

const BODY_ALIGNMENT = 8;

export type TypedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array;
/** Where each named array lies in a body, in elements of its own type. */
export type ArrayLayout = Record<string, { offset: number; length: number }>;

/** Named typed arrays as body parts, each at a multiple of 8 bytes, and the layout to find them again (kept in the header). */
export function packArrays(arrays: Readonly<Record<string, TypedArray>>): { layout: ArrayLayout; body: Uint8Array[] } {
  const layout: ArrayLayout = {};
  const body: Uint8Array[] = [];
  let offset = 0;
  for (const [name, array] of Object.entries(arrays)) {
    layout[name] = { offset, length: array.length };
    const padded = Math.ceil(array.byteLength / BODY_ALIGNMENT) * BODY_ALIGNMENT;
    body.push(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), new Uint8Array(padded - array.byteLength));
    offset += padded;
  }
  return { layout, body };
}

/** Views over the arrays packArrays laid out, sharing the body's memory (no copy); throws when one lies outside the body. */
export function unpackArrays(layout: ArrayLayout, body: Buffer) {
  const view = <A extends TypedArray>(Type: { new (buffer: ArrayBufferLike, offset: number, length: number): A; BYTES_PER_ELEMENT: number }, name: string): A => {
    const place = layout[name];
    if (!place) throw new Error(`no array ${JSON.stringify(name)}`);
    if (place.offset + place.length * Type.BYTES_PER_ELEMENT > body.length) throw new Error(`array ${JSON.stringify(name)} is cut short`);
    return new Type(body.buffer, body.byteOffset + place.offset, place.length);
  };
  return {
    u8: (name: string) => view(Uint8Array, name),
    u16: (name: string) => view(Uint16Array, name),
    u32: (name: string) => view(Uint32Array, name),
    i32: (name: string) => view(Int32Array, name),
  };
}

/** The file of a table: the envelope, then each part of the body (each part at a multiple of 4 bytes when the parts before it are). */
export function encodePrebuiltTable<H extends object>(table: Pick<PrebuiltTable<unknown, H>, "magic" | "fingerprint">, { header, body }: PrebuiltContents<H>): Buffer {
  if (Buffer.byteLength(table.magic, "latin1") !== 4) throw new Error(`a prebuilt table's magic must be 4 characters, not ${JSON.stringify(table.magic)}`);
  const headerBytes = Buffer.from(JSON.stringify({ ...header, fingerprint: table.fingerprint }), "utf8");
  const start = bodyStart(headerBytes.length);
  const lead = Buffer.alloc(start);
  lead.write(table.magic, 0, "latin1");
  lead.writeUInt32LE(headerBytes.length, 4);
  headerBytes.copy(lead, 8);
  return Buffer.concat([lead, ...body.map((part) => Buffer.from(part.buffer, part.byteOffset, part.byteLength))]);
}

/** Where the body starts: after the magic, the header's length and the header, at a multiple of 8 bytes. */
function bodyStart(headerLength: number): number {
  return Math.ceil((8 + headerLength) / BODY_ALIGNMENT) * BODY_ALIGNMENT;
}

/** A file that cannot be a table of its kind: cut short, another format, or not parsed by its decoder. */
export class CorruptPrebuiltTableError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`${file} is not a readable prebuilt table (${reason})`);
  }
}

export type PrebuiltRead<T> = { state: "fresh"; table: T } | { state: "missing" } | { state: "stale"; builtFor: string };

/** The table in a file, or why not: missing, stale (built from other inputs); throws CorruptPrebuiltTableError when corrupt. */
export function readPrebuiltTable<T, H extends object>(table: PrebuiltTable<T, H>, url: URL): PrebuiltRead<T> {
  const file = fileURLToPath(url);
  let bytes: Buffer;
  try {
    bytes = readFileSync(url);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { state: "missing" };
    throw new CorruptPrebuiltTableError(file, (error as Error).message);
  }
  if (bytes.length < 8 || bytes.toString("latin1", 0, 4) !== table.magic) throw new CorruptPrebuiltTableError(file, `it does not open with ${JSON.stringify(table.magic)}`);
  const headerLength = bytes.readUInt32LE(4);
  const start = bodyStart(headerLength);
  if (start > bytes.length) throw new CorruptPrebuiltTableError(file, "cut short in its header");
  let header: H & { fingerprint?: unknown };
  try {
    header = JSON.parse(bytes.toString("utf8", 8, 8 + headerLength)) as H & { fingerprint?: unknown };
  } catch (error) {
    throw new CorruptPrebuiltTableError(file, `its header: ${(error as Error).message}`);
  }
  if (header.fingerprint !== table.fingerprint) return { state: "stale", builtFor: String(header.fingerprint) };
  // Typed arrays over the body need aligned offsets: copy it once into a buffer of its own when the file's is not.
  const body = (bytes.byteOffset + start) % BODY_ALIGNMENT === 0 ? bytes.subarray(start) : Buffer.from(bytes.subarray(start));
  try {
    return { state: "fresh", table: table.decode(header, body) };
  } catch (error) {
    throw new CorruptPrebuiltTableError(file, (error as Error).message);
  }
}

/** Where a process says, once per file, that a prebuilt table was set aside; tests hand their own. */
export type PrebuiltReport = (line: string) => void;

const reported = new Set<string>();
const reportOnceOnStderr: PrebuiltReport = (line) => {
  if (reported.has(line)) return;
  reported.add(line);
  process.stderr.write(`recoupe: ${line}\n`);
};

/**
 * The table `npm run build` wrote at url, or null when there is none (a run from the sources)
 * or it cannot be used: a stale or corrupt file is set aside with one line saying so, since the
 * caller's fallback (building in memory) costs time, never the analysis.
 */
export function builtTableOrNull<T, H extends object>(table: PrebuiltTable<T, H>, url: URL, report: PrebuiltReport = reportOnceOnStderr): T | null {
  try {
    const read = readPrebuiltTable(table, url);
    if (read.state === "fresh") return read.table;
    if (read.state === "stale") report(`${fileURLToPath(url)} was built from other inputs than ${table.label}'s; building it in memory (\`npm run build\` rebuilds the file)`);
  } catch (error) {
    if (!(error instanceof CorruptPrebuiltTableError)) throw error;
    report(`${error.message}; building ${table.label} in memory (\`npm run build\` rebuilds the file)`);
  }
  return null;
}

/** A module beside the calling one, under the extension the caller runs from (.ts from the sources, .js built): `moduleBeside(import.meta.url, "./gazetteer")`. */
export function moduleBeside(callerUrl: string, relativeWithoutExtension: string): URL {
  const extension = /\.[cm]?[jt]s$/u.exec(new URL(callerUrl).pathname)?.[0] ?? ".js";
  return new URL(`${relativeWithoutExtension}${extension}`, callerUrl);
}

/** The repository's cache folder, as find-cache-dir names it; null where node_modules is absent (an installed package keeps no cache). */
export function defaultCacheFolder(): string | null {
  const nodeModules = fileURLToPath(new URL("../../node_modules/", import.meta.url));
  return existsSync(nodeModules) ? join(nodeModules, ".cache", "recoupe") : null;
}

/** Where a table's builds are kept between runs, and what they depend on beyond the table's fingerprint. */
export interface BuildCache<T, H extends object> {
  table: PrebuiltTable<T, H>;
  /** The source files of the code that builds, encodes and decodes the table: a change to any of them is a new cache key. */
  code: readonly URL[];
  /** Defaults to defaultCacheFolder(); null keeps no cache. */
  folder?: string | null;
}

/** The cached build of this table's inputs by this code, or null (none yet, corrupt, or no cache folder). */
export function readCachedBuild<T, H extends object>(cache: BuildCache<T, H>): T | null {
  const file = cacheFileOf(cache);
  if (!file) return null;
  try {
    const read = readPrebuiltTable(cache.table, pathToFileURL(file));
    if (read.state !== "fresh") return null;
    touch(file);
    return read.table;
  } catch (error) {
    if (error instanceof CorruptPrebuiltTableError) return null;
    throw error;
  }
}

/**
 * Keeps a build for the next run. Concurrent writers each write a file of their own and rename
 * it in place, so a reader never sees half a file; a read-only or full disk costs the next run a
 * build, never this one.
 */
export function keepBuild<T, H extends object>(cache: BuildCache<T, H>, contents: PrebuiltContents<H>): void {
  const file = cacheFileOf(cache);
  if (!file) return;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(partial, encodePrebuiltTable(cache.table, contents));
    renameSync(partial, file);
    dropOldBuilds(dirname(file), fileName(cache.table.label));
  } catch {
    // The next run builds again.
  }
}

/** The table read from the cache (readCachedBuild), else built by `build` and kept (keepBuild). */
export function cachedBuild<T, H extends object>(cache: BuildCache<T, H> & { build(): T; encode(table: T): PrebuiltContents<H> }): T {
  const cached = readCachedBuild(cache);
  if (cached) return cached;
  const built = cache.build();
  keepBuild(cache, cache.encode(built));
  return built;
}

/** A build's file in the cache: the table's name, then a hash of its fingerprint and code. */
function cacheFileOf({ table, code, folder = defaultCacheFolder() }: BuildCache<unknown, object>): string | null {
  if (!folder) return null;
  const key = createHash("sha256").update(table.fingerprint);
  try {
    for (const url of code) key.update(readFileSync(url));
  } catch {
    // Code that cannot be read cannot be vouched for: no cache.
    return null;
  }
  return join(folder, `${fileName(table.label)}-${key.digest("hex").slice(0, 16)}.bin`);
}

/**
 * The builds last used are kept, a few: checkouts that share one node_modules (git worktrees)
 * each keep theirs instead of taking turns rebuilding; older inputs or code are dropped.
 */
const KEPT_BUILDS = 3;

function dropOldBuilds(folder: string, name: string): void {
  const builds = readdirSync(folder).filter((file) => file.startsWith(`${name}-`) && file.endsWith(".bin"));
  const lastUsed = builds.map((file) => ({ file: join(folder, file), time: lastUseOf(join(folder, file)) })).sort((a, b) => b.time - a.time);
  for (const { file } of lastUsed.slice(KEPT_BUILDS)) rmSync(file, { force: true });
}

/** A build's last use is its modification time (touch sets it on each read); a build another process just removed counts as unused. */
function lastUseOf(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function touch(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // Another process dropped it, or the folder is read-only: only its rank among kept builds suffers.
  }
}

/** A label as a file name ("the fr gazetteer" → "the-fr-gazetteer"). */
function fileName(label: string): string {
  return label.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/gu, "").toLowerCase();
}
