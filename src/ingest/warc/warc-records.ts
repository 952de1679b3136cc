/**
 * WARC records (ISO 28500, WARC/1.0 and 1.1) from a stream of bytes, compressed per record or
 * not, one at a time. Each record is framed by its Content-Length; a record that breaks the
 * framing (a bad header, a truncated block, a corrupt gzip member) is reported with its offset
 * and reading resumes at the next record, so one bad record loses nothing else.
 *
 * Written here rather than taken from warcio.js (2.4.11), the maintained npm reader: on a
 * truncated or corrupt gzip member it stops silently, dropping every later record, and a wrong
 * Content-Length makes it swallow the next record with only a console warning.
 */
import { ByteWindow } from "./byte-window.js";
import { gzipMembers } from "./gzip-members.js";

export interface WarcRecord {
  /** Where the record starts in the file (its gzip member, when compressed): what CDX indexes give. */
  offset: number;
  /** Header names in lower case; a repeated header keeps its first value. */
  headers: Map<string, string>;
  block: Uint8Array;
}

export type WarcEntry =
  | { kind: "record"; record: WarcRecord }
  /** A record whose block exceeds the limit per record: skipped without being read into memory. */
  | { kind: "oversized"; offset: number; headers: Map<string, string>; length: number }
  | { kind: "broken"; offset: number; reason: string };

/** No WARC header block needs more; a longer one is not a WARC record. */
const MAX_HEAD_BYTES = 64 * 1024;
const WARC_LINE_START = Buffer.from("\nWARC/1.");

export async function* warcRecords(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncIterable<WarcEntry> {
  const window = new ByteWindow(chunks);
  const head = await window.bytesFrom(0, 2);
  if (head[0] === 0x1f && head[1] === 0x8b) yield* compressedRecords(window, maxBytes);
  else yield* plainRecords(window, maxBytes);
}

async function* compressedRecords(window: ByteWindow, maxBytes: number): AsyncIterable<WarcEntry> {
  for await (const member of gzipMembers(window, maxBytes)) {
    if (!member.ok) {
      yield { kind: "broken", offset: member.offset, reason: `${member.reason}; ${resumption(member.resumedAt)}` };
      continue;
    }
    // Usually one record per member; some writers put several in one.
    let at = skipLineBreaks(member.bytes, 0);
    while (at < member.bytes.length) {
      const head = parseWarcHead(member.bytes.subarray(at, at + MAX_HEAD_BYTES));
      if (head.kind !== "head") {
        yield { kind: "broken", offset: member.offset, reason: head.kind === "invalid" ? head.reason : "truncated: the record ends inside its WARC headers" };
        break;
      }
      const blockStart = at + head.length;
      const held = member.bytes.length - blockStart;
      if (held < head.contentLength) {
        yield { kind: "broken", offset: member.offset, reason: `truncated: Content-Length says ${head.contentLength} bytes, the record holds ${Math.max(0, held)}` };
        break;
      }
      yield { kind: "record", record: { offset: member.offset, headers: head.headers, block: member.bytes.subarray(blockStart, blockStart + head.contentLength) } };
      at = skipLineBreaks(member.bytes, blockStart + head.contentLength);
    }
  }
}

async function* plainRecords(window: ByteWindow, maxBytes: number): AsyncIterable<WarcEntry> {
  let at = 0;
  for (;;) {
    let bytes = await window.bytesFrom(at, MAX_HEAD_BYTES);
    const lead = skipLineBreaks(bytes, 0);
    if (lead === bytes.length && window.exhausted) return;
    at += lead;
    bytes = await window.bytesFrom(at, MAX_HEAD_BYTES);
    const head = parseWarcHead(bytes.subarray(0, MAX_HEAD_BYTES));
    if (head.kind !== "head") {
      const resumedAt = await findNextRecordLine(window, at + 1);
      const reason = head.kind === "invalid" ? head.reason : "truncated: the file ends inside a record's WARC headers";
      // Landing elsewhere than on a record's first line means the record before was framed wrong.
      const hint = head.kind === "invalid" && head.notARecord && at > 0 ? " (or the previous record's Content-Length is wrong)" : "";
      yield { kind: "broken", offset: at, reason: `${reason}${hint}; ${resumption(resumedAt)}` };
      if (resumedAt === null) return;
      at = resumedAt;
      continue;
    }
    const blockStart = at + head.length;
    const blockEnd = blockStart + head.contentLength;
    if (head.contentLength > maxBytes) {
      yield { kind: "oversized", offset: at, headers: head.headers, length: head.contentLength };
    } else {
      const block = await window.bytesFrom(blockStart, head.contentLength);
      if (block.length < head.contentLength) {
        yield { kind: "broken", offset: at, reason: `truncated: Content-Length says ${head.contentLength} bytes, the file holds ${block.length} more` };
        return;
      }
      // A copy: the window's bytes are reused once the next record is read.
      yield { kind: "record", record: { offset: at, headers: head.headers, block: Uint8Array.prototype.slice.call(block, 0, head.contentLength) } };
    }
    await window.discardBefore(blockEnd);
    at = blockEnd;
  }
}

type WarcHead = { kind: "head"; headers: Map<string, string>; contentLength: number; length: number } | { kind: "incomplete" } | { kind: "invalid"; reason: string; notARecord?: true };

/** The WARC version line and named fields at the start of `bytes`, up to the blank line that ends them. */
export function parseWarcHead(bytes: Uint8Array): WarcHead {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!buffer.subarray(0, 5).equals(Buffer.from("WARC/")) && buffer.length >= 5) return { kind: "invalid", reason: `no WARC record starts here (found ${JSON.stringify(buffer.subarray(0, 16).toString("latin1"))})`, notARecord: true };
  const end = buffer.indexOf("\r\n\r\n");
  if (end === -1) return buffer.length >= MAX_HEAD_BYTES ? { kind: "invalid", reason: "WARC headers longer than 64 KB" } : { kind: "incomplete" };
  const [version = "", ...lines] = buffer.subarray(0, end).toString("utf8").split("\r\n");
  if (!/^WARC\/1\.[01]$/u.test(version)) return { kind: "invalid", reason: `unsupported WARC version line ${JSON.stringify(version.slice(0, 20))} (WARC/1.0 and WARC/1.1 are read)` };
  const headers = new Map<string, string>();
  let last: string | null = null;
  for (const line of lines) {
    // A line starting with a space or tab continues the previous field (WARC 1.1, 5.1).
    if (/^[ \t]/u.test(line) && last !== null) {
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) return { kind: "invalid", reason: `malformed WARC header line ${JSON.stringify(line.slice(0, 40))}` };
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
    last = name;
  }
  const length = headers.get("content-length");
  if (length === undefined || !/^\d+$/u.test(length)) return { kind: "invalid", reason: `missing or invalid Content-Length ${JSON.stringify(length ?? "")}` };
  return { kind: "head", headers, contentLength: Number(length), length: end + 4 };
}

function skipLineBreaks(bytes: Uint8Array, from: number): number {
  let at = from;
  while (at < bytes.length && (bytes[at] === 0x0d || bytes[at] === 0x0a)) at += 1;
  return at;
}

/** Offset of the next line starting "WARC/1." from `from`, or null when none is left. */
async function findNextRecordLine(window: ByteWindow, from: number): Promise<number | null> {
  let at = from - 1;
  for (;;) {
    const bytes = await window.bytesFrom(at, MAX_HEAD_BYTES);
    const found = bytes.indexOf(WARC_LINE_START);
    if (found !== -1) return at + found + 1;
    if (window.exhausted) return null;
    at += Math.max(1, bytes.length - (WARC_LINE_START.length - 1));
    await window.discardBefore(at);
  }
}

function resumption(resumedAt: number | null): string {
  return resumedAt === null ? "no record after it could be read" : `reading resumed at offset ${resumedAt}`;
}

