/**
 * A JSON Lines input of any size, record by record: bytes are split at line feeds as they
 * arrive and each record is read as soon as its line ends, so memory holds one line, not the
 * file. The size limit applies to each record: a longer line is that record's own outcome, and
 * the records after it are still read. Lines are UTF-8 (JSON's encoding); a line that is not
 * gets its encoding guessed, with a warning, as a whole input would.
 */
import { message } from "../core/message.js";
import { decodeBytes } from "./decode.js";
import type { IngestResult } from "./raw-document.js";
import { readJsonLine } from "./readers/json-reader.js";
import { strayNuls } from "./read-bytes.js";
import { replaceNuls } from "./sniff.js";

export interface JsonLinesSource {
  /** What the records' sources are numbered from ("feed.jsonl" → "feed.jsonl#3"). */
  source: string;
  /** Largest record accepted, in bytes. */
  maxBytes: number;
  /** Size of the whole input, recorded on every document as a whole read does; each record's own size when unknown (stdin). */
  byteLength?: number;
}

const LINE_FEED = 0x0a;

export async function* streamJsonLines(chunks: AsyncIterable<Uint8Array>, input: JsonLinesSource): AsyncIterable<IngestResult> {
  let pieces: Uint8Array[] = [];
  let lineBytes = 0;
  let oversized = false;
  let records = 0;
  let first = true;
  const endLine = (): IngestResult | null => {
    const wasOversized = oversized;
    const size = lineBytes;
    const line = wasOversized ? null : concat(pieces, lineBytes);
    pieces = [];
    lineBytes = 0;
    oversized = false;
    if (line && isBlank(line)) return null;
    records += 1;
    const source = `${input.source}#${records}`;
    if (!line) return tooLarge(source, size, input.maxBytes);
    const body = first && line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf ? line.subarray(3) : line;
    first = false;
    const decoded = decodeBytes(body, source, { declaredCharset: "utf-8" });
    // As a whole read does (read-bytes.ts): stray NULs become U+FFFD, with a warning.
    const { text, replaced } = replaceNuls(decoded.text.endsWith("\r") ? decoded.text.slice(0, -1) : decoded.text);
    const messages = replaced === 0 ? decoded.messages : [...decoded.messages, strayNuls(source, replaced)];
    return readJsonLine(text, source, { text, source: input.source, byteLength: input.byteLength ?? body.length, encoding: decoded.encoding, messages });
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let end = chunk.indexOf(LINE_FEED); end !== -1; end = chunk.indexOf(LINE_FEED, from)) {
      add(chunk.subarray(from, end));
      const result = endLine();
      if (result) yield result;
      from = end + 1;
    }
    add(chunk.subarray(from));
  }
  const last = endLine();
  if (last) yield last;

  function add(piece: Uint8Array): void {
    if (piece.length === 0) return;
    lineBytes += piece.length;
    if (lineBytes > input.maxBytes) {
      oversized = true;
      pieces = [];
      // The first line's BOM check needs no bytes of a line too long to read.
      first = false;
    } else if (!oversized) pieces.push(piece);
  }
}

function concat(pieces: Uint8Array[], length: number): Uint8Array {
  return pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces, length);
}

function isBlank(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x0d && byte !== 0x09) return false;
  return true;
}

function tooLarge(source: string, size: number, maxBytes: number): IngestResult {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;
  return { ok: false, source, error: message("ingest", "input-too-large", `${source}: the record is ${mb(size)}, above the ${mb(maxBytes)} limit per record; split it or raise --max-bytes.`, "error") };
}
