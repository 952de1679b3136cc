/**
 * The single entry point from bytes to documents, shared by files, stdin and HTTP:
 * reject empty and binary inputs, decode, sniff the container, and read it.
 */
import { message, type Message } from "../core/message.js";
import { decodeBytes } from "./decode.js";
import type { IngestResult } from "./raw-document.js";
import { readFeed } from "./readers/feed-reader.js";
import { readJsonRecords } from "./readers/json-reader.js";
import { readHtmlPage, readTextDump } from "./readers/page-readers.js";
import type { DecodedInput } from "./readers/reader.js";
import { detectBinary, replaceNuls, sniffContainer } from "./sniff.js";

export interface ReadHints {
  /** Charset from an HTTP Content-Type header. */
  declaredCharset?: string;
  /** Media type from an HTTP Content-Type header, e.g. "application/rss+xml". */
  contentType?: string;
  /** Where the bytes were fetched from (after redirects). */
  url?: string;
}

/** How much decoded text the sniffer needs to tell the formats apart. */
const SNIFF_CHARS = 65_536;

/** Never throws: whatever a decoder, the sniffer or a reader throws is this input's outcome, and the batch goes on. */
export function readBytes(bytes: Uint8Array, source: string, hints: ReadHints = {}): IngestResult[] {
  try {
    return readChecked(bytes, source, hints);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [failure(source, "input-unreadable", `${source}: could not be read (${reason}); check that it is HTML, plain text, JSON(L) or RSS/Atom, and report it with the file if it is.`)];
  }
}

function readChecked(bytes: Uint8Array, source: string, hints: ReadHints): IngestResult[] {
  if (bytes.length === 0 || isBlank(bytes)) {
    return [failure(source, "input-empty", `${source}: the input is empty; nothing to analyze.`)];
  }
  const binary = detectBinary(bytes);
  if (binary) {
    return [failure(source, "input-binary", `${source}: ${binary}, not an article; give HTML, plain text, JSON(L) or RSS/Atom.`)];
  }
  const decoded = decodeBytes(bytes, source, hints.declaredCharset ? { declaredCharset: hints.declaredCharset } : {});
  const withoutNuls = replaceNuls(decoded.text.replace(/^\uFEFF/, ""));
  const input: DecodedInput = {
    text: withoutNuls.text,
    source,
    byteLength: bytes.length,
    encoding: decoded.encoding,
    messages: withoutNuls.replaced === 0 ? decoded.messages : [...decoded.messages, strayNuls(source, withoutNuls.replaced)],
    ...(hints.url ? { url: hints.url } : {}),
  };
  // A byte-order mark or a UTF-16 encoding of spaces is as empty as no bytes at all.
  if (input.text.trim().length === 0) return [failure(source, "input-empty", `${source}: the input is empty; nothing to analyze.`)];
  const container = sniffContainer(input.text.slice(0, SNIFF_CHARS), source, hints.contentType);
  switch (container) {
    case "rss":
    case "atom":
      return readFeed(input, container);
    case "json":
    case "jsonl":
      return readJsonRecords(input);
    case "html":
      return readHtmlPage(input);
    case "text":
      return readTextDump(input);
  }
}

function isBlank(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) return false;
  return true;
}

export function strayNuls(source: string, count: number): Message {
  return message("ingest", "nul-bytes", `${source}: ${count} NUL byte${count === 1 ? "" : "s"} in otherwise readable text, each read as U+FFFD; check the file if its text looks cut.`);
}

function failure(source: string, ruleId: string, reason: string): IngestResult {
  return { ok: false, source, error: message("ingest", ruleId, reason, "error") };
}
