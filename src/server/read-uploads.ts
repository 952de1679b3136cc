/**
 * The files of a multipart upload, read as the body streams in (@fastify/busboy), never whole:
 * a file past the per-file limit is cut there and its remaining bytes dropped as they arrive,
 * and a request past the per-request limit is not read further. Each complete file is handed
 * to `onFile` before the next chunk of the body is read, so memory holds at most one file
 * (up to the per-file limit) plus one chunk. Hono's `c.req.formData()` would buffer it all.
 *
 * A WARC archive (known by its first bytes) is handed over as its bytes arrive instead, as a
 * stream the body's reading waits on (backpressure), to be read record by record as `recoupe
 * analyze` reads a file: the per-file limit does not hold it whole, only the request limit ends it.
 */
import { once } from "node:events";
import { PassThrough } from "node:stream";
import { Busboy, type BusboyFileStream } from "@fastify/busboy";
import { RecoupeError } from "../core/errors.js";
import { isWarcHead } from "../ingest/warc/detect-warc.js";

export interface UploadLimits {
  /** Largest file analyzed, in bytes. */
  maxFileBytes: number;
  /** Largest request body read, in bytes; past it the rest of the request is left unread. */
  maxRequestBytes: number;
}

/** A whole file, a refused one, or a WARC archive's bytes as they arrive. */
export type Upload = { name: string; bytes: Uint8Array } | { name: string; error: string } | { name: string; chunks: AsyncIterable<Uint8Array> };

export interface UploadsRead {
  /** True when the body passed maxRequestBytes and its rest was left unread: the connection should close. */
  cut: boolean;
}

/** The multipart field holding files; other fields are ignored. */
const FILE_FIELD = "file";
/** A file's first bytes that tell a WARC (a gzip member's first inflated bytes, or "WARC/1."). */
const WARC_PROBE_BYTES = 1024;
/** Bytes of a streamed WARC held while its reader catches up; past them the body is not read further until it does. */
const STREAM_HIGH_WATER = 4 * 1024 * 1024;

export async function readUploads(request: Request, limits: UploadLimits, onFile: (upload: Upload) => Promise<void>): Promise<UploadsRead> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/iu.test(contentType) || !request.body) throw usage();
  let parser: ReturnType<typeof Busboy>;
  try {
    // No file-size limit in busboy: a streamed WARC may pass maxFileBytes; whole files are cut below.
    parser = Busboy({ headers: { "content-type": contentType }, limits: { fileSize: limits.maxRequestBytes, fieldSize: 64 * 1024 } });
  } catch {
    throw usage();
  }
  const ready: Upload[] = [];
  let current: string | undefined;
  let parseError: unknown;
  let sawFile = false;
  /** The WARC being streamed to `onFile`, and that call: the body is read on while it runs. */
  let active: { passed: PassThrough; reading: Promise<void> } | null = null;
  parser.on("file", (field: string, stream: BusboyFileStream, filename: string) => {
    if (field !== FILE_FIELD) {
      stream.resume();
      return;
    }
    sawFile = true;
    const name = filename || "upload";
    const chunks: Buffer[] = [];
    let size = 0;
    let decided = false;
    let passed: PassThrough | null = null;
    current = name;
    stream.on("data", (chunk: Buffer) => {
      if (passed) {
        if (!passed.destroyed) passed.write(chunk);
        return;
      }
      size += chunk.length;
      chunks.push(chunk);
      if (!decided && size >= WARC_PROBE_BYTES) {
        decided = true;
        if (isWarcHead(Buffer.concat(chunks))) {
          passed = new PassThrough({ highWaterMark: STREAM_HIGH_WATER });
          for (const held of chunks.splice(0)) passed.write(held);
          ready.push({ name, chunks: passed });
          return;
        }
      }
      // Past the limit a whole file's bytes are dropped as they arrive (once its first bytes said it is no WARC).
      if (decided && size > limits.maxFileBytes) chunks.length = 0;
    });
    stream.on("end", () => {
      current = undefined;
      if (passed) {
        passed.end();
        return;
      }
      ready.push(
        size > limits.maxFileBytes
          ? { name, error: `${name}: more than ${limits.maxFileBytes} bytes, over the ${limits.maxFileBytes}-byte limit for one upload; analyze it with \`recoupe analyze\` instead, or split it.` }
          : { name, bytes: Buffer.concat(chunks) },
      );
      chunks.length = 0;
    });
  });
  parser.on("error", (error: unknown) => {
    parseError = error;
  });
  const finished = new Promise<void>((resolve) => parser.once("finish", () => resolve()));

  const handOver = async () => {
    // A file's "end" comes a tick after the chunk that completed it.
    await new Promise((resolve) => setImmediate(resolve));
    while (ready.length > 0) {
      // Files come one after the other: a streamed WARC is over before the next file is ready.
      await finishStreaming();
      const upload = ready.shift()!;
      if ("chunks" in upload) {
        const passed = upload.chunks as PassThrough;
        // Not awaited: its bytes come as the body is read on. A reader that fails stops taking them.
        active = { passed, reading: onFile(upload).finally(() => passed.destroy()) };
      } else await onFile(upload);
    }
  };
  /** The streamed WARC's last bytes were given (or the request was cut): its reader finishes. */
  const finishStreaming = async () => {
    if (!active) return;
    const { passed, reading } = active;
    active = null;
    passed.end();
    await reading;
  };
  /** Reading the body waits while a streamed WARC's reader is behind. */
  const keepPace = async () => {
    const passed = active?.passed;
    if (passed?.writableNeedDrain && !passed.destroyed) await Promise.race([once(passed, "drain"), once(passed, "close")]);
  };

  try {
    return await readBody(request.body);
  } catch (error) {
    // The streamed WARC's reader is let go: its failure, if any, is not this request's error.
    const left = active as { passed: PassThrough; reading: Promise<void> } | null;
    left?.passed.destroy();
    left?.reading.catch(() => undefined);
    throw error;
  }

  async function readBody(body: ReadableStream<Uint8Array>): Promise<UploadsRead> {
    const reader = body.getReader();
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > limits.maxRequestBytes) {
        // Not cancelled: cancelling would destroy the socket before the answer is written.
        reader.releaseLock();
        await handOver();
        await finishStreaming();
        if (current !== undefined) ready.push({ name: current, error: `${current}: the request passed its ${limits.maxRequestBytes}-byte limit while this file was read, so it and anything after it were not read; send fewer or smaller files per request.` });
        await handOver();
        return { cut: true };
      }
      await writeChunk(parser, value);
      if (parseError) throw usage();
      await handOver();
      await keepPace();
    }
    parser.end();
    await Promise.race([finished, new Promise((resolve) => parser.once("error", resolve))]);
    if (parseError) throw usage();
    await handOver();
    await finishStreaming();
    if (!sawFile) throw usage();
    return { cut: false };
  }
}

/** Resolves once the parser took the chunk, or on its error (a write's callback may never come then). */
function writeChunk(parser: ReturnType<typeof Busboy>, chunk: Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    const settle = () => {
      parser.off("error", settle);
      resolve();
    };
    parser.once("error", settle);
    parser.write(chunk, settle);
  });
}

function usage(): RecoupeError {
  return new RecoupeError("usage", `send files as multipart/form-data fields named "${FILE_FIELD}".`);
}
