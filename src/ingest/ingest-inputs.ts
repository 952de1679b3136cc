/**
 * Files, folders, globs and stdin → documents, one input at a time (and a JSON Lines input one
 * record at a time) so memory stays flat whatever the batch or file size; every failure is a
 * result naming its source, never a throw.
 */
import { constants } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { message, type Message } from "../core/message.js";
import { expandInputs } from "./expand-inputs.js";
import { streamJsonLines } from "./json-lines-stream.js";
import type { IngestFailure, IngestResult } from "./raw-document.js";
import { readBytes } from "./read-bytes.js";
import { readWarc, type WarcOptions } from "./readers/warc-reader.js";
import { detectBinary, sniffContainer } from "./sniff.js";
import { isWarcHead, WARC_FILE_NAME } from "./warc/detect-warc.js";

export interface IngestOptions {
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
  stdin?: NodeJS.ReadableStream;
  /** Read hidden files and folders met inside folders too. */
  includeHidden?: boolean;
  /** Which records of WARC files to read, and where to report what each file held. */
  warc?: WarcOptions;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export async function* ingestInputs(inputs: string[], options: IngestOptions = {}): AsyncIterable<IngestResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  yield* eachInput(inputs, options, (source) => (source === "-" ? readStreamDocuments(options.stdin ?? process.stdin, maxBytes, options.warc) : readFileDocuments(source, maxBytes, options.warc)));
}

export type InputBytes = { ok: true; source: string; bytes: Uint8Array } | { ok: false; source: string; error: Message; skipped?: true };

/**
 * The bytes of each input (size checked first), or why they could not be read: what a queue
 * carries to workers elsewhere, whole (a worker reads a WARC among them record by record).
 */
export async function* readInputs(inputs: string[], options: IngestOptions = {}): AsyncIterable<InputBytes> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  yield* eachInput(inputs, options, async function* (source): AsyncIterable<InputBytes> {
    const bytes = source === "-" ? await readStream(options.stdin ?? process.stdin, maxBytes) : await readFileWithin(source, maxBytes);
    yield bytes instanceof Uint8Array ? { ok: true, source: source === "-" ? "stdin" : source, bytes } : { ok: false, source, error: bytes };
  });
}

/** What `read` yields for each input expanded, or why an input could not be listed or read. */
async function* eachInput<T>(inputs: string[], options: IngestOptions, read: (source: string) => AsyncIterable<T>): AsyncIterable<T | IngestFailure> {
  for await (const input of expandInputs(inputs, { includeHidden: options.includeHidden === true })) {
    if ("error" in input) {
      yield { ok: false, ...input };
      continue;
    }
    try {
      yield* read(input.source);
    } catch (error) {
      yield unreadable(input.source, error);
    }
  }
}

function unreadable(source: string, error: unknown): IngestFailure {
  const reason = error instanceof Error ? error.message : String(error);
  // Node lists a name that is not UTF-8 with U+FFFD in place of its bytes, a name no file has.
  const hint = source.includes("\uFFFD") ? "its name is not valid UTF-8; rename the file" : "check that it exists and is readable";
  return { ok: false, source, error: message("ingest", "input-unreadable", `${source}: cannot be read (${reason}); ${hint}.`, "error") };
}

/** Bytes read from a file at a time once it is known to stream. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * A file's documents. JSON Lines and WARC files stream record by record, whatever their size (the
 * limit applies per record); any other file is read whole, within the limit, checked before reading.
 */
async function* readFileDocuments(path: string, maxBytes: number, warc: WarcOptions | undefined): AsyncIterable<IngestResult> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      yield { ok: false, source: path, error: message("ingest", "input-not-a-file", `${path}: not a regular file (a pipe, socket or device); give a file.`, "error") };
      return;
    }
    const head = Buffer.alloc(Math.min(info.size, JSON_LINES_PROBE_BYTES));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (isWarcHead(head.subarray(0, bytesRead))) {
      yield* readWarc(fileChunks(handle, head.subarray(0, bytesRead)), path, maxBytes, warc);
      return;
    }
    if (WARC_FILE_NAME.test(path)) {
      yield { ok: false, source: path, error: message("ingest", "warc-malformed", `${path}: named as a WARC file but does not start with a WARC/1.x record (plain or gzip-compressed); check the file.`, "error") };
      return;
    }
    if (isJsonLines(head.subarray(0, bytesRead), path)) {
      yield* streamJsonLines(fileChunks(handle, head.subarray(0, bytesRead)), { source: path, maxBytes, byteLength: info.size });
      return;
    }
    if (info.size > maxBytes) {
      yield { ok: false, source: path, error: tooLarge(path, info.size, maxBytes) };
      return;
    }
    yield* readBytes(await handle.readFile(), path);
  } finally {
    await handle.close();
  }
}

async function* fileChunks(handle: FileHandle, head: Uint8Array): AsyncIterable<Uint8Array> {
  yield head;
  let position = head.length;
  for (;;) {
    // A fresh buffer per chunk: a line being assembled keeps views into the chunks it spans.
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, position);
    if (bytesRead === 0) return;
    position += bytesRead;
    yield buffer.subarray(0, bytesRead);
  }
}

/** Stdin: JSON Lines and WARC stream as a file's do; anything else is read whole within the limit. */
async function* readStreamDocuments(stream: NodeJS.ReadableStream, maxBytes: number, warc: WarcOptions | undefined): AsyncIterable<IngestResult> {
  const chunks = (stream as AsyncIterable<string | Uint8Array>)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let ended = false;
  while (size < JSON_LINES_PROBE_BYTES) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    const buffer = toBuffer(next.value);
    head.push(buffer);
    size += buffer.length;
  }
  const rest = async function* () {
    yield* head;
    if (!ended) for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield toBuffer(next.value);
  };
  if (isWarcHead(Buffer.concat(head))) {
    yield* readWarc(rest(), "stdin", maxBytes, warc);
    return;
  }
  if (isJsonLines(Buffer.concat(head), "stdin")) {
    yield* streamJsonLines(rest(), { source: "stdin", maxBytes });
    return;
  }
  if (!ended) {
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      const buffer = toBuffer(next.value);
      size += buffer.length;
      if (size > maxBytes) {
        yield { ok: false, source: "stdin", error: tooLarge("stdin", size, maxBytes, "at least ") };
        return;
      }
      head.push(buffer);
    }
  }
  if (size > maxBytes) {
    yield { ok: false, source: "stdin", error: tooLarge("stdin", size, maxBytes, "at least ") };
    return;
  }
  yield* readBytes(Buffer.concat(head), "stdin");
}

function toBuffer(chunk: string | Uint8Array): Buffer {
  return typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/** How much of an input's head tells JSON Lines from the rest (what the sniffer reads). */
const JSON_LINES_PROBE_BYTES = 65_536;

/** JSON Lines as the sniffer sees them, in UTF-8 (a UTF-16 input is read whole, decoded as a whole). */
function isJsonLines(head: Uint8Array, source: string): boolean {
  if (head.length === 0 || detectBinary(head) || (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false;
  return sniffContainer(new TextDecoder().decode(head), source) === "jsonl";
}

/**
 * Returns the bytes, or the reason they were refused; the size is checked before reading anything.
 * Opened without blocking and checked through the open handle, so a named pipe that replaced a
 * file after the folder was listed is refused instead of waiting forever for a writer.
 */
async function readFileWithin(path: string, maxBytes: number): Promise<Uint8Array | Message> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) return message("ingest", "input-not-a-file", `${path}: not a regular file (a pipe, socket or device); give a file.`, "error");
    if (info.size > maxBytes) return tooLarge(path, info.size, maxBytes, "", (await isWarcFile(handle, path)) ? QUEUED_WARC_ADVICE : undefined);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array | Message> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > maxBytes) return tooLarge("stdin", size, maxBytes, "at least ", isWarcHead(Buffer.concat([...chunks, buffer]).subarray(0, JSON_LINES_PROBE_BYTES)) ? QUEUED_WARC_ADVICE : undefined);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function tooLarge(source: string, size: number, maxBytes: number, qualifier = "", advice = "split it or raise --max-bytes"): Message {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;
  return message("ingest", "input-too-large", `${source} is ${qualifier}${mb(size)}, above the ${mb(maxBytes)} limit; ${advice}.`, "error");
}

/** Why a large WARC cannot be queued: a job holds its input whole, where `analyze` streams a WARC record by record. */
const QUEUED_WARC_ADVICE = "a queued input is stored whole in its job, so a WARC this large cannot be queued: analyze it with `recoupe analyze`, which streams it record by record, or split it";

/** A WARC by its name or its first bytes. */
async function isWarcFile(handle: FileHandle, path: string): Promise<boolean> {
  if (WARC_FILE_NAME.test(path)) return true;
  const head = Buffer.alloc(JSON_LINES_PROBE_BYTES);
  const { bytesRead } = await handle.read(head, 0, head.length, 0);
  return isWarcHead(head.subarray(0, bytesRead));
}
