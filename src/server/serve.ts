/**
 * Starts the HTTP server on Node (@hono/node-server). Loopback by default; any other address
 * needs a token, so a dossier is never exposed on a network unprotected.
 */
import { defaultJobs } from "../analyze/default-jobs.js";
import { serve } from "@hono/node-server";
import { AnnotatorPool } from "../analyze/annotator-pool.js";
import { RecoupeError } from "../core/errors.js";
import type { Store } from "../store/store.js";
import { CorpusCache } from "./corpus-cache.js";
import { createApp } from "./create-app.js";
import { WorkerBuilder } from "./worker-builder.js";

export interface ServeOptions {
  host: string;
  port: number;
  token?: string;
  /** Where the store is (its --db): given, the corpus is connected in a worker thread on its own connection. */
  location?: string;
  /** Largest uploaded file, and largest upload request, in bytes (createApp's defaults otherwise). */
  maxUploadBytes?: number;
  maxRequestBytes?: number;
  /** How long one upload may take to analyze, in milliseconds (the pool's default otherwise). */
  docTimeoutMs?: number;
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

export function startServer(store: Store, options: ServeOptions): Promise<{ url: string; close: () => Promise<void> }> {
  if (!LOOPBACK.has(options.host) && !options.token) {
    throw new RecoupeError("usage", `binding to ${options.host} exposes the dossier beyond this machine: give --token <secret> (clients send Authorization: Bearer <secret>).`);
  }
  // An in-memory database has no location another connection could open.
  const inWorker = options.location !== undefined && options.location !== ":memory:";
  const corpus = new CorpusCache(store, inWorker ? new WorkerBuilder(options.location!) : undefined);
  // In a worker, the stored build is read and brought up to date from the start, not when the first story is asked for; its failures are said by the cache.
  if (inWorker) corpus.get().catch(() => undefined);
  // Uploads are annotated in a worker thread: on the server's thread, one upload held every reader (46 s behind 390 KB of abbreviations).
  const annotator = new AnnotatorPool(defaultJobs(), options.docTimeoutMs ? { docTimeoutMs: options.docTimeoutMs } : {});
  const limits = { ...(options.maxUploadBytes ? { maxUploadBytes: options.maxUploadBytes } : {}), ...(options.maxRequestBytes ? { maxRequestBytes: options.maxRequestBytes } : {}) };
  const app = createApp(store, { host: options.host, annotator, ...limits, ...(options.token ? { token: options.token } : {}) }, corpus);
  const stopWork = () => Promise.all([corpus.close(), annotator.close()]);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info) => {
      resolve({
        url: `http://${info.family === "IPv6" ? `[${info.address}]` : info.address}:${info.port}`,
        close: async () => {
          await stopWork();
          await new Promise<void>((done) => server.close(() => done()));
        },
      });
    });
    server.once("error", (error: NodeJS.ErrnoException) => {
      void stopWork();
      reject(
        error.code === "EADDRINUSE" ? new RecoupeError("usage", `port ${options.port} on ${options.host} is already in use: stop what holds it, or choose another with --port (0 picks a free one).`)
        : error.code === "EACCES" ? new RecoupeError("usage", `port ${options.port} on ${options.host} needs more privileges: choose a port above 1023 with --port.`)
        : error,
      );
    });
  });
}
