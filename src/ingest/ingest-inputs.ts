/**
 * Files, folders, globs and stdin → documents, one input at a time so memory stays flat
 * whatever the batch size; every failure is a result naming its source, never a throw.
 */
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { message, type Message } from "../core/message.js";
import { expandInputs } from "./expand-inputs.js";
import type { IngestResult } from "./raw-document.js";
import { readBytes } from "./read-bytes.js";

export interface IngestOptions {
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
  stdin?: NodeJS.ReadableStream;
  /** Read hidden files and folders met inside folders too. */
  includeHidden?: boolean;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export async function* ingestInputs(inputs: string[], options: IngestOptions = {}): AsyncIterable<IngestResult> {
  for await (const input of readInputs(inputs, options)) {
    if (input.ok) yield* readBytes(input.bytes, input.source);
    else yield input;
  }
}

export type InputBytes = { ok: true; source: string; bytes: Uint8Array } | { ok: false; source: string; error: Message; skipped?: true };

/** The bytes of each input (size checked first), or why they could not be read: what a queue carries to workers elsewhere. */
export async function* readInputs(inputs: string[], options: IngestOptions = {}): AsyncIterable<InputBytes> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for await (const input of expandInputs(inputs, { includeHidden: options.includeHidden === true })) {
    if ("error" in input) {
      yield { ok: false, ...input };
      continue;
    }
    try {
      const bytes = input.source === "-" ? await readStream(options.stdin ?? process.stdin, maxBytes) : await readFileWithin(input.source, maxBytes);
      if (!(bytes instanceof Uint8Array)) {
        yield { ok: false, source: input.source, error: bytes };
        continue;
      }
      yield { ok: true, source: input.source === "-" ? "stdin" : input.source, bytes };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      // Node lists a name that is not UTF-8 with U+FFFD in place of its bytes, a name no file has.
      const hint = input.source.includes("\uFFFD") ? "its name is not valid UTF-8; rename the file" : "check that it exists and is readable";
      yield { ok: false, source: input.source, error: message("ingest", "input-unreadable", `${input.source}: cannot be read (${reason}); ${hint}.`, "error") };
    }
  }
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
    if (info.size > maxBytes) return tooLarge(path, info.size, maxBytes);
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
    if (size > maxBytes) return tooLarge("stdin", size, maxBytes, "at least ");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function tooLarge(source: string, size: number, maxBytes: number, qualifier = ""): Message {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;
  return message("ingest", "input-too-large", `${source} is ${qualifier}${mb(size)}, above the ${mb(maxBytes)} limit; split it or raise --max-bytes.`, "error");
}
