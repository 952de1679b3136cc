/**
 * Annotation on every core: a pool of worker threads, each loading the pipeline once and
 * annotating the documents it is sent. One worker starts at once; another only when the
 * workers have been busy without a pause for longer than the first took to get ready (its
 * modules and gazetteers cost seconds of CPU), so a small batch pays one start-up, not one per
 * core, and a large one soon uses every core. A worker takes documents only once ready. A worker that dies (a crash, memory)
 * fails only the documents it held, and the next task starts a fresh one.
 */
import { Worker } from "node:worker_threads";
import type { RawDocument } from "../ingest/raw-document.js";
import { unexpectedFailure, type AnnotatedDocument } from "./annotate-document.js";
import type { Annotator } from "./annotator.js";
import type { AnnotateTask } from "./annotator-worker.js";
import { workerScript } from "./worker-script.js";

/** Tasks sent ahead to one worker, so it never waits on the main thread between two documents. */
const TASKS_PER_WORKER = 2;
/**
 * A worker's old generation, in MB. Left to V8's default (about 2 GB) each worker let garbage pile
 * up to over 1 GB before collecting it (10,000 inputs, --jobs 2: 2.4 GB peak); the pipeline holds
 * about 175 MB once loaded, and a 20 MB page is analyzed within this. A document that needs more
 * ends its worker, and fails alone.
 */
const WORKER_OLD_GENERATION_MB = 512;

interface Task {
  id: number;
  document: RawDocument;
  resolve: (result: AnnotatedDocument) => void;
}

interface Slot {
  worker: Worker;
  /** Set once the worker has loaded and warmed the pipeline; no task is sent before. */
  ready: boolean;
  inFlight: Map<number, Task>;
}

export class AnnotatorPool implements Annotator {
  private readonly slots = new Set<Slot>();
  private readonly waiting: Task[] = [];
  private nextId = 0;
  private closed = false;
  /** Since when every worker has had work without a pause (null: one is idle). */
  private busySince: number | null = null;
  /** How long the first worker took from its start to being ready. */
  private startupMs: number | null = null;

  /** `startAll`: every worker at once, not as the work proves long enough (tests that need two workers). */
  constructor(
    private readonly size: number,
    options: { startAll?: boolean } = {},
  ) {
    if (options.startAll) for (let started = 0; started < size; started += 1) this.start();
  }

  annotate(document: RawDocument): Promise<AnnotatedDocument> {
    return new Promise((resolve) => {
      this.waiting.push({ id: this.nextId++, document, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = [...this.slots];
    this.slots.clear();
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length > 0 && !this.closed) {
      const slot = this.slotWithRoom();
      if (!slot) break;
      const task = this.waiting.shift()!;
      slot.inFlight.set(task.id, task);
      slot.worker.postMessage({ id: task.id, document: task.document } satisfies AnnotateTask);
    }
    if ([...this.slots].some((slot) => slot.ready && slot.inFlight.size === 0)) this.busySince = null;
    else this.busySince ??= performance.now();
  }

  /** An idle worker, else a new one when none runs or the workers were busy longer than a start-up, else the least busy one with room. */
  private slotWithRoom(): Slot | undefined {
    let best: Slot | undefined;
    for (const slot of this.slots) if (slot.ready && (!best || slot.inFlight.size < best.inFlight.size)) best = slot;
    if (best?.inFlight.size === 0) return best;
    if ([...this.slots].some((slot) => !slot.ready)) return best && best.inFlight.size < TASKS_PER_WORKER ? best : undefined;
    const busyPastStartup = this.busySince !== null && this.startupMs !== null && performance.now() - this.busySince > this.startupMs;
    if (this.slots.size === 0 || (this.slots.size < this.size && busyPastStartup)) return this.start();
    return best && best.inFlight.size < TASKS_PER_WORKER ? best : undefined;
  }

  private start(): Slot {
    const slot: Slot = { worker: new Worker(workerScript(import.meta.url, "annotator-worker"), { resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB } }), ready: false, inFlight: new Map() };
    this.slots.add(slot);
    const startedAt = performance.now();
    slot.worker.on("message", (reply: { ready: true } | { id: number; result: AnnotatedDocument }) => {
      if ("ready" in reply) {
        slot.ready = true;
        this.startupMs ??= performance.now() - startedAt;
        // Busy time counts from here: work that waited for a start-up says nothing of the work left.
        this.busySince = null;
        this.dispatch();
        return;
      }
      const task = slot.inFlight.get(reply.id);
      slot.inFlight.delete(reply.id);
      task?.resolve(reply.result);
      this.dispatch();
    });
    let failure: unknown = null;
    slot.worker.on("error", (error) => (failure = error));
    slot.worker.on("exit", (code) => {
      this.slots.delete(slot);
      const reason = failure ?? new Error(`the analysis worker stopped (exit code ${code})`);
      // With no worker ready, one that died starting cannot load the pipeline: the waiting documents fail too, rather than wait for ever.
      const unloadable = !slot.ready && ![...this.slots].some((other) => other.ready);
      const failed = slot.ready ? [...slot.inFlight.values()] : unloadable ? this.waiting.splice(0) : [];
      for (const task of failed) task.resolve(unexpectedFailure(task.document.source, reason));
      slot.inFlight.clear();
      this.dispatch();
    });
    return slot;
  }
}
