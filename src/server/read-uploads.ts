/**
 * The files of a multipart upload, read as the body streams in (@fastify/busboy), never whole:
 * a file past the per-file limit is cut there and its remaining bytes dropped as they arrive,
 * and a request past the per-request limit is not read further. Each complete file is handed
 * to `onFile` before the next chunk of the body is read, so memory holds at most one file
 * (up to the per-file limit) plus one chunk. Hono's `c.req.formData()` would buffer it all.
 */
import { Busboy, type BusboyFileStream } from "@fastify/busboy";
import { RecoupeError } from "../core/errors.js";

export interface UploadLimits {
  /** Largest file analyzed, in bytes. */
  maxFileBytes: number;
  /** Largest request body read, in bytes; past it the rest of the request is left unread. */
  maxRequestBytes: number;
}

export type Upload = { name: string; bytes: Uint8Array } | { name: string; error: string };

export interface UploadsRead {
  /** True when the body passed maxRequestBytes and its rest was left unread: the connection should close. */
  cut: boolean;
}

/** The multipart field holding files; other fields are ignored. */
const FILE_FIELD = "file";

export async function readUploads(request: Request, limits: UploadLimits, onFile: (upload: Upload) => Promise<void>): Promise<UploadsRead> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/iu.test(contentType) || !request.body) throw usage();
  let parser: ReturnType<typeof Busboy>;
  try {
    parser = Busboy({ headers: { "content-type": contentType }, limits: { fileSize: limits.maxFileBytes, fieldSize: 64 * 1024 } });
  } catch {
    throw usage();
  }
  const ready: Upload[] = [];
  let current: string | undefined;
  let parseError: unknown;
  let sawFile = false;
  parser.on("file", (field: string, stream: BusboyFileStream, filename: string) => {
    if (field !== FILE_FIELD) {
      stream.resume();
      return;
    }
    sawFile = true;
    const name = filename || "upload";
    const chunks: Buffer[] = [];
    current = name;
    // Past the limit busboy drops the file's bytes itself; only the kept ones are held.
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      current = undefined;
      ready.push(
        stream.truncated
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
    while (ready.length > 0) await onFile(ready.shift()!);
  };

  const reader = request.body.getReader();
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limits.maxRequestBytes) {
      // Not cancelled: cancelling would destroy the socket before the answer is written.
      reader.releaseLock();
      await handOver();
      if (current !== undefined) ready.push({ name: current, error: `${current}: the request passed its ${limits.maxRequestBytes}-byte limit while this file was read, so it and anything after it were not read; send fewer or smaller files per request.` });
      await handOver();
      return { cut: true };
    }
    await writeChunk(parser, value);
    if (parseError) throw usage();
    await handOver();
  }
  parser.end();
  await Promise.race([finished, new Promise((resolve) => parser.once("error", resolve))]);
  if (parseError) throw usage();
  await handOver();
  if (!sawFile) throw usage();
  return { cut: false };
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
