/**
 * Connecting a large corpus takes seconds of CPU; on the server's thread it froze every request
 * (a listing waited minutes behind the first stories request) and ignored SIGTERM. This builder
 * runs the connect stage in a worker thread with its own store connection, so the server keeps
 * answering while it works, and closing the server ends it at once.
 */
import { Worker } from "node:worker_threads";
import { workerScript } from "../analyze/worker-script.js";
import type { BuiltCorpus, CorpusBuilder } from "./corpus-builder.js";
import type { CurrentCorpus } from "./stored-corpus.js";
import type { ConnectRequest } from "./connect-worker.js";

type Reply = { id: number; built: BuiltCorpus } | { id: number; error: string };

export class WorkerBuilder implements CorpusBuilder {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (built: BuiltCorpus) => void; reject: (error: Error) => void }>();
  private next = 0;

  constructor(location: string) {
    this.worker = new Worker(workerScript(import.meta.url, "connect-worker"), { workerData: { location } });
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

  update(): Promise<CurrentCorpus> {
    return this.request({ id: this.next++, kind: "update" }) as Promise<CurrentCorpus>;
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
