/**
 * Connecting a large corpus takes seconds of CPU; on the server's thread it froze every request
 * (a listing waited minutes behind the first stories request) and ignored SIGTERM. This builder
 * runs the connect stage in a worker thread with its own store connection, so the server keeps
 * answering while it works, and closing the server ends it at once.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { BuiltCorpus, CorpusBuilder } from "./corpus-builder.js";
import type { ConnectRequest } from "./connect-worker.js";

/**
 * The worker's script: the compiled connect-worker.js; run from the sources (tsx, vitest), a
 * module that registers tsx's loader in the worker before importing connect-worker.ts, since a
 * worker does not inherit the loader and `--import` is not accepted in a worker's execArgv.
 */
function workerEntry(): URL {
  if (!import.meta.url.endsWith(".ts")) return new URL("./connect-worker.js", import.meta.url);
  const tsxApi = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve("tsx/package.json")), "dist", "esm", "api", "index.mjs")).href;
  const source = `import { register } from ${JSON.stringify(tsxApi)}; register(); await import(${JSON.stringify(new URL("./connect-worker.ts", import.meta.url).href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(source)}`);
}

type Reply = { id: number; built: BuiltCorpus } | { id: number; error: string };

export class WorkerBuilder implements CorpusBuilder {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (built: BuiltCorpus) => void; reject: (error: Error) => void }>();
  private next = 0;

  constructor(location: string) {
    this.worker = new Worker(workerEntry(), { workerData: { location } });
    this.worker.on("message", (reply: Reply) => {
      const waiting = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if ("error" in reply) waiting?.reject(new Error(`connecting the corpus failed: ${reply.error}`));
      else waiting?.resolve(reply.built);
    });
    this.worker.on("error", (error) => this.failAll(error));
    this.worker.on("exit", (code) => this.failAll(new Error(`the connect worker stopped (exit code ${code})`)));
  }

  rebuild(): Promise<BuiltCorpus> {
    return this.request({ id: this.next++, kind: "rebuild" });
  }

  extend(ids: readonly string[]): Promise<BuiltCorpus> {
    return this.request({ id: this.next++, kind: "extend", ids: [...ids] });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private request(request: ConnectRequest): Promise<BuiltCorpus> {
    return new Promise((resolve, reject) => {
      this.waiting.set(request.id, { resolve, reject });
      this.worker.postMessage(request);
    });
  }

  private failAll(error: Error): void {
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }
}
