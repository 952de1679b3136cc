/**
 * Connecting a large corpus takes seconds of CPU; on the server's thread it froze every request
 * (a listing waited minutes behind the first stories request) and ignored SIGTERM. This builder
 * runs the connect stage in a worker thread with its own store connection, so the server keeps
 * answering while it works, and closing the server ends it at once. The snapshot comes back in
 * parts, each asked for once the last is read (corpus-snapshot.ts), so reading it never holds the
 * server's thread for long either.
 */
import { Worker } from "node:worker_threads";
import { workerScript } from "../analyze/worker-script.js";
import type { CorpusBuilder, SnapshotUpdate, StoredSnapshot } from "./corpus-builder.js";
import { SnapshotAssembler, type CorpusSnapshot } from "./corpus-snapshot.js";
import type { ConnectReply, ConnectRequest, ReplyEnd } from "./connect-worker.js";

interface Waiting {
  assembler: SnapshotAssembler;
  resolve: (reply: { snapshot: CorpusSnapshot | null; end: ReplyEnd }) => void;
  reject: (error: Error) => void;
}

export class WorkerBuilder implements CorpusBuilder {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private next = 0;
  private closed = false;

  constructor(location: string) {
    this.worker = new Worker(workerScript(import.meta.url, "connect-worker"), { workerData: { location } });
    this.worker.on("message", (reply: ConnectReply) => this.receive(reply));
    this.worker.on("error", (error) => this.failAll(error));
    this.worker.on("exit", (code) => this.failAll(new Error(this.closed ? "the server closed before the connected corpus was built" : `the connect worker stopped (exit code ${code})`)));
  }

  async stored(): Promise<StoredSnapshot | null> {
    const { snapshot, end } = await this.request("stored");
    if (!snapshot || !end || !("current" in end)) return null;
    return { snapshot, current: end.current, articleCount: end.articleCount };
  }

  async update(): Promise<SnapshotUpdate> {
    const { snapshot, end } = await this.request("update");
    if (!snapshot || !end || !("how" in end)) throw new Error("the connect worker answered an update without a corpus");
    return { snapshot, how: end.how };
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.worker.terminate();
  }

  private request(kind: "stored" | "update"): Promise<{ snapshot: CorpusSnapshot | null; end: ReplyEnd }> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { assembler: new SnapshotAssembler(), resolve, reject });
      this.worker.postMessage({ id, kind } satisfies ConnectRequest);
    });
  }

  private receive(reply: ConnectReply): void {
    const waiting = this.waiting.get(reply.id);
    if (!waiting) return;
    if ("part" in reply) {
      waiting.assembler.add(reply.part);
      this.worker.postMessage({ id: reply.id, kind: "next" } satisfies ConnectRequest);
      return;
    }
    this.waiting.delete(reply.id);
    if ("error" in reply) waiting.reject(new Error(`connecting the corpus failed: ${reply.error}`));
    else waiting.resolve({ snapshot: reply.end === null ? null : waiting.assembler.finish(), end: reply.end });
  }

  private failAll(error: Error): void {
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }
}
