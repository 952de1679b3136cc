/**
 * Annotation on every core: a pool of worker threads, each loading the pipeline once and
 * annotating the documents it is sent. One worker starts at once; another only when the
 * workers have been busy without a pause for longer than the first took to get ready (its
 * modules and gazetteers cost seconds of CPU), so a small batch pays one start-up, not one per
 * core, and a large one soon uses every core. A worker takes documents only once ready. A worker that dies (a crash, memory)
 * fails only the documents it held, and the next task starts a fresh one.
 *
 * Each document has a deadline from when its worker starts on it: a runaway one (a text some
 * stage handles in more than linear time) is stopped there, with its worker, and becomes that
 * document's error; the documents queued behind it go to the other workers or a fresh one.
 */
import { Worker } from "node:worker_threads";
import type { RawDocument } from "../ingest/raw-document.js";
import { message, type Message } from "../core/message.js";
import type { AnnotatedDocument } from "./annotate-document.js";
import { unexpectedFailure } from "./unexpected-failure.js";
import type { Annotator } from "./annotator.js";
import type { AnnotateTask, AnnotatorWorkerData } from "./annotator-worker.js";
import { now, PROGRESS, PROGRESS_FIELDS } from "./worker-progress.js";
import { workerScript } from "./worker-script.js";

/**
 * Tasks sent ahead to one worker, so it never waits on the main thread between two documents: the
 * main thread sends none while it writes a transaction of up to 32 articles (about 17 ms), and two
 * tasks (about 8 ms of work) ran dry in it. 10,000 mixed inputs, two workers: CPU use between the
 * start-up and the end 196 % at 2, 199 % at 4 to 8.
 */
const TASKS_PER_WORKER = 6;
/** Documents in flight per worker, with two or more: enough to keep each busy while the main thread reads and stores and while the next to store is a slow one. */
const IN_FLIGHT_PER_WORKER = 16;
/**
 * A worker's old generation, in MB. Left to V8's default (about 2 GB) each worker let garbage pile
 * up to over 1 GB before collecting it (10,000 inputs, --jobs 2: 2.4 GB peak); at 512 two workers
 * still peaked at 1,016 MB. What a worker keeps between documents is about 50 MB of heap (after
 * 3,000 generated articles) beside 46 MB of tables outside it, so 256 leaves room for the garbage
 * without more collections (10,000 mixed inputs, two workers: 7.88 CPU-ms per article at 512,
 * 7.92 at 256, peak 505 → 466 MB on a loaded machine) and bounds two workers' old generations to
 * 512 MB whatever they read. The worst cases of bench/worst-case.ts (4 MB of prose, a million elements) are
 * analyzed within it; a document that needs more ends its worker, and fails alone.
 */
const WORKER_OLD_GENERATION_MB = 256;
/**
 * A worker's young generation, in MB (a third of it is each semi-space). V8's default (48, a 16 MB
 * semi-space) meant a scavenge about every 6 articles, and a scavenge's parallel helpers compete for
 * the cores the other workers use: with two workers the pauses ran 2.5 times longer than with one.
 * At 192 (10,000 mixed inputs, two workers, per-thread CPU from /proc on a loaded machine, three
 * runs each): scavenges 1,562 → 421, major collections 60 → 32, CPU 62.3–63.5 → 51.2–55.2 s for
 * the run (128: 56.8 s), peak RSS 469 → 675 MB; `--jobs 1` unchanged (46.5 → 47.6 CPU-s, noise).
 */
const WORKER_YOUNG_GENERATION_MB = 192;
/** How long one document may take, by default: 4 MB of prose takes about 15 s on a slow core. */
export const DEFAULT_DOC_TIMEOUT_SECONDS = 60;

export interface AnnotatorPoolOptions {
  /** Every worker at once, not as the work proves long enough (tests that need two workers). */
  startAll?: boolean;
  /** How long a worker may spend on one document before it is stopped, in milliseconds (default DEFAULT_DOC_TIMEOUT_SECONDS). */
  docTimeoutMs?: number;
}

interface Task {
  id: number;
  document: RawDocument;
  resolve: (result: AnnotatedDocument) => void;
  /** Its number among the tasks of the worker it was last sent to. */
  order: number;
}

interface Slot {
  worker: Worker;
  /** Set once the worker has loaded and warmed the pipeline; no task is sent before. */
  ready: boolean;
  /** In the order sent, which is the order the worker takes them in: the first is the one it is on. */
  inFlight: Map<number, Task>;
  /** The deadline of the document the worker is on. */
  deadline: NodeJS.Timeout | null;
  /** What the worker is on, written by it (see annotator-worker.ts): a deadline is counted from when it started the document, not from when it was sent. */
  progress: Int32Array;
  /** Tasks sent to this worker so far: each is numbered in the worker's own order (ids are not: a task put back by a stopped worker comes after later ones). */
  sent: number;
  /** The time the worker's times count from (ms since the epoch). */
  epoch: number;
  /** Stopped at a deadline: its exit fails nothing more. */
  stopped: boolean;
}

export class AnnotatorPool implements Annotator {
  /**
   * One worker: one document at a time, the main thread idle while the worker annotates, so
   * `--jobs 1` uses one core (with a worker still, for the deadline). More: each worker kept busy.
   */
  readonly window: number;
  private readonly slots = new Set<Slot>();
  private readonly waiting: Task[] = [];
  private nextId = 0;
  private closed = false;
  /** Since when every worker has had work without a pause (null: one is idle). */
  private busySince: number | null = null;
  /** How long the first worker took from its start to being ready. */
  private startupMs: number | null = null;
  private readonly docTimeoutMs: number;

  constructor(
    private readonly size: number,
    options: AnnotatorPoolOptions = {},
  ) {
    this.docTimeoutMs = options.docTimeoutMs ?? DEFAULT_DOC_TIMEOUT_SECONDS * 1000;
    this.window = size === 1 ? 1 : size * IN_FLIGHT_PER_WORKER;
    if (options.startAll) for (let started = 0; started < size; started += 1) this.start();
  }

  annotate(document: RawDocument): Promise<AnnotatedDocument> {
    return new Promise((resolve) => {
      this.waiting.push({ id: this.nextId++, document, resolve, order: -1 });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = [...this.slots];
    this.slots.clear();
    for (const slot of slots) if (slot.deadline) clearTimeout(slot.deadline);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length > 0 && !this.closed) {
      const slot = this.slotWithRoom();
      if (!slot) break;
      const task = this.waiting.shift()!;
      slot.inFlight.set(task.id, task);
      task.order = slot.sent++;
      slot.worker.postMessage({ id: task.id, order: task.order, document: task.document } satisfies AnnotateTask);
      if (slot.inFlight.size === 1) this.startDeadline(slot);
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
    const progress = new Int32Array(new SharedArrayBuffer(PROGRESS_FIELDS * Int32Array.BYTES_PER_ELEMENT)).fill(-1);
    const epoch = now();
    const worker = new Worker(workerScript(import.meta.url, "annotator-worker"), { workerData: { progress, epoch } satisfies AnnotatorWorkerData, resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    const slot: Slot = { worker, ready: false, inFlight: new Map(), deadline: null, progress, sent: 0, epoch, stopped: false };
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
      if (!task) return; // stopped at its deadline; the answer came too late
      slot.inFlight.delete(reply.id);
      task.resolve(reply.result);
      this.startDeadline(slot);
      this.dispatch();
    });
    let failure: unknown = null;
    slot.worker.on("error", (error) => (failure = error));
    slot.worker.on("exit", (code) => {
      if (slot.deadline) clearTimeout(slot.deadline);
      this.slots.delete(slot);
      if (slot.stopped) return;
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

  /** Times the document the worker is now on (the first it holds), if any. */
  private startDeadline(slot: Slot): void {
    if (slot.deadline) clearTimeout(slot.deadline);
    slot.deadline = null;
    const [current] = slot.inFlight.values();
    if (current) this.checkAt(slot, current, this.docTimeoutMs);
  }

  private checkAt(slot: Slot, task: Task, delayMs: number): void {
    slot.deadline = setTimeout(() => this.check(slot, task), delayMs);
  }

  /** At the deadline as timed from here: the worker may have started later (a start-up, the document before), so its own clock decides. */
  private check(slot: Slot, task: Task): void {
    slot.deadline = null;
    if (this.closed || !slot.inFlight.has(task.id)) return;
    // Done, its answer queued behind whatever kept this thread busy: not late.
    if (Atomics.load(slot.progress, PROGRESS.finished) >= task.order) return;
    if (Atomics.load(slot.progress, PROGRESS.started) < task.order) return this.checkAt(slot, task, this.docTimeoutMs);
    const spent = now() - slot.epoch - Atomics.load(slot.progress, PROGRESS.startedAt);
    if (spent < this.docTimeoutMs) return this.checkAt(slot, task, this.docTimeoutMs - spent);
    this.expire(slot, task);
  }

  /** The document fails alone: its worker is stopped, the documents sent after it wait for another, and a fresh worker takes the stopped one's place. */
  private expire(slot: Slot, task: Task): void {
    slot.inFlight.delete(task.id);
    this.waiting.unshift(...slot.inFlight.values());
    slot.inFlight.clear();
    slot.stopped = true;
    this.slots.delete(slot);
    void slot.worker.terminate();
    task.resolve({ ok: false, source: task.document.source, error: timedOut(task.document.source, this.docTimeoutMs) });
    this.start();
    this.dispatch();
  }
}

function timedOut(source: string, timeoutMs: number): Message {
  const seconds = Number((timeoutMs / 1000).toPrecision(3));
  return message("annotate", "analysis-timeout", `${source}: analysis exceeded ${seconds} s, skipped; raise --doc-timeout to allow more.`, "error");
}
