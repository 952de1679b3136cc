/**
 * A .warc.gz file is a series of gzip members, one per record (WARC 1.1, annex D). Each member is
 * inflated on its own, so a corrupt or truncated member costs its own record only: reading
 * resumes at the next member that holds a WARC record. Node's zlib inflates (natively); it does
 * not say where a member ends when several follow each other, so the gzip header and trailer
 * are read here (RFC 1952) around a raw inflate that reports the bytes it consumed.
 */
import { constants, crc32, inflateRawSync } from "node:zlib";
import type { ByteWindow } from "./byte-window.js";

export type GzipMember = { ok: true; offset: number; bytes: Buffer } | { ok: false; offset: number; reason: string; resumedAt: number | null };

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b, 0x08]);
const FLAG_HCRC = 0x02;
const FLAG_EXTRA = 0x04;
const FLAG_NAME = 0x08;
const FLAG_COMMENT = 0x10;
/** Compressed bytes read ahead at first; doubled while a member is longer. */
const FIRST_READ_BYTES = 256 * 1024;
/** Compressed bytes inspected to recognise a member holding a WARC record (its first line). */
const PREFIX_PROBE_BYTES = 512;
/** Bytes scanned at a time when looking for the next member after a broken one. */
const SCAN_BYTES = 1024 * 1024;

/** Length of the gzip member header at the start of `bytes`; null when they do not start one, "short" when more bytes are needed. */
export function gzipHeaderLength(bytes: Uint8Array): number | null | "short" {
  if (bytes.length < 10) return bytes.length >= 3 && !GZIP_MAGIC.equals(bytes.subarray(0, 3)) ? null : "short";
  if (!GZIP_MAGIC.equals(bytes.subarray(0, 3))) return null;
  const flags = bytes[3]!;
  let at = 10;
  if (flags & FLAG_EXTRA) {
    if (bytes.length < at + 2) return "short";
    at += 2 + (bytes[at]! | (bytes[at + 1]! << 8));
  }
  for (const flag of [FLAG_NAME, FLAG_COMMENT]) {
    if (!(flags & flag)) continue;
    const end = bytes.indexOf(0, at);
    if (end === -1) return "short";
    at = end + 1;
  }
  if (flags & FLAG_HCRC) at += 2;
  return at <= bytes.length ? at : "short";
}

/** The first inflated bytes of the member starting `bytes`, or null when it is not a readable gzip member. */
export function inflatedPrefix(bytes: Uint8Array): Buffer | null {
  const header = gzipHeaderLength(bytes);
  if (typeof header !== "number") return null;
  try {
    // A sync flush inflates what the probe holds without asking for the member's end.
    return inflateRawSync(bytes.subarray(header, header + PREFIX_PROBE_BYTES), { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return null;
  }
}

export function startsWarcMember(bytes: Uint8Array): boolean {
  return inflatedPrefix(bytes)?.subarray(0, 7).toString("latin1") === "WARC/1.";
}

export async function* gzipMembers(window: ByteWindow, maxBytes: number): AsyncIterable<GzipMember> {
  let at = 0;
  for (;;) {
    if ((await window.bytesFrom(at, 1)).length === 0) return;
    const member = await inflateMember(window, at, maxBytes);
    if (member.ok) {
      yield { ok: true, offset: at, bytes: member.bytes };
      at = member.end;
      await window.discardBefore(at);
      continue;
    }
    const resumedAt = await findNextWarcMember(window, at + 1);
    yield { ok: false, offset: at, reason: member.reason, resumedAt };
    if (resumedAt === null) return;
    at = resumedAt;
  }
}

type Inflated = { ok: true; bytes: Buffer; end: number } | { ok: false; reason: string };

async function inflateMember(window: ByteWindow, at: number, maxBytes: number): Promise<Inflated> {
  // Incompressible data grows a little when deflated (stored blocks): allow for it.
  const maxCompressed = Math.ceil(maxBytes * 1.01) + 1024;
  for (let want = FIRST_READ_BYTES; ; want *= 2) {
    const bytes = await window.bytesFrom(at, want);
    const header = gzipHeaderLength(bytes);
    if (header === null) return { ok: false, reason: "no gzip member starts here" };
    if (header === "short") {
      if (window.exhausted) return { ok: false, reason: "truncated: the file ends inside a gzip header" };
      continue;
    }
    let inflated: { buffer: Buffer; engine: { bytesWritten: number } };
    try {
      inflated = inflateRawSync(bytes.subarray(header), { info: true, maxOutputLength: maxBytes }) as unknown as typeof inflated;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "Z_BUF_ERROR") {
        if (window.exhausted) return { ok: false, reason: "truncated: the file ends inside this gzip member" };
        if (bytes.length >= maxCompressed) return { ok: false, reason: `its gzip member is longer than the ${megabytes(maxBytes)} limit per record; raise --max-bytes` };
        continue;
      }
      if (code === "ERR_BUFFER_TOO_LARGE") return { ok: false, reason: `it decompresses to more than the ${megabytes(maxBytes)} limit per record (a WARC compressed as one stream rather than per record needs recompressing, e.g. warcio recompress); raise --max-bytes` };
      return { ok: false, reason: `corrupt gzip data (${(error as Error).message})` };
    }
    const trailer = header + inflated.engine.bytesWritten;
    if (bytes.length < trailer + 8) {
      if (window.exhausted) return { ok: false, reason: "truncated: the file ends before the gzip member's checksum" };
      continue;
    }
    if (bytes.readUInt32LE(trailer) !== crc32(inflated.buffer) || bytes.readUInt32LE(trailer + 4) !== inflated.buffer.length % 2 ** 32) {
      return { ok: false, reason: "corrupt gzip member (its checksum does not match its content)" };
    }
    return { ok: true, bytes: inflated.buffer, end: at + trailer + 8 };
  }
}

/** Offset of the next gzip member from `from` whose content starts a WARC record, or null when none is left. */
async function findNextWarcMember(window: ByteWindow, from: number): Promise<number | null> {
  let at = from;
  for (;;) {
    const bytes = await window.bytesFrom(at, SCAN_BYTES);
    const found = bytes.indexOf(GZIP_MAGIC);
    if (found === -1) {
      if (window.exhausted) return null;
      at += Math.max(1, bytes.length - (GZIP_MAGIC.length - 1));
      await window.discardBefore(at);
      continue;
    }
    const candidate = at + found;
    if (startsWarcMember(await window.bytesFrom(candidate, PREFIX_PROBE_BYTES + 1024))) return candidate;
    at = candidate + 1;
  }
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;
}
