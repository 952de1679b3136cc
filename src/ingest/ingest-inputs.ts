/**
 * Files, folders, globs and stdin → documents, one input at a time so memory stays flat
 * whatever the batch size; every failure is a result naming its source, never a throw.
 */
import { open, stat } from "node:fs/promises";
import { message, type Message } from "../core/message.js";
import { expandInputs } from "./expand-inputs.js";
import type { IngestResult } from "./raw-document.js";
import { readBytes } from "./read-bytes.js";

export interface IngestOptions {
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
  stdin?: NodeJS.ReadableStream;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export async function* ingestInputs(inputs: string[], options: IngestOptions = {}): AsyncIterable<IngestResult> {
  for await (const input of readInputs(inputs, options)) {
    if (input.ok) yield* readBytes(input.bytes, input.source);
    else yield input;
  }
}

export type InputBytes = { ok: true; source: string; bytes: Uint8Array } | { ok: false; source: string; error: Message };

/** The bytes of each input (size checked first), or why they could not be read: what a queue carries to workers elsewhere. */
export async function* readInputs(inputs: string[], options: IngestOptions = {}): AsyncIterable<InputBytes> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for await (const input of expandInputs(inputs)) {
    if ("error" in input) {
      yield { ok: false, source: input.source, error: input.error };
      continue;
    }
    try {
      const bytes = input.source === "-" ? await readStream(options.stdin ?? process.stdin, maxBytes) : await readFileWithin(input.source, maxBytes);
      if (typeof bytes === "string") {
        yield { ok: false, source: input.source, error: message("ingest", "input-too-large", bytes, "error") };
        continue;
      }
      yield { ok: true, source: input.source === "-" ? "stdin" : input.source, bytes };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      yield { ok: false, source: input.source, error: message("ingest", "input-unreadable", `${input.source}: cannot be read (${reason}).`, "error") };
    }
  }
}

/** Returns the bytes, or the reason they were refused; the size is checked before reading anything. */
async function readFileWithin(path: string, maxBytes: number): Promise<Uint8Array | string> {
  const { size } = await stat(path);
  if (size > maxBytes) return tooLarge(path, size, maxBytes);
  const handle = await open(path, "r");
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array | string> {
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

function tooLarge(source: string, size: number, maxBytes: number, qualifier = ""): string {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;
  return `${source} is ${qualifier}${mb(size)}, above the ${mb(maxBytes)} limit; split it or raise --max-bytes.`;
}
