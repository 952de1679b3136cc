/**
 * A worker thread of the annotator pool: documents in, annotated articles (or failures) out, one
 * at a time, in order. It warms the pipeline first (the gazetteers load on first use, seconds of
 * CPU) and only then says it is ready, so no document waits behind a start-up while other
 * workers could take it.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { RawDocument } from "../ingest/raw-document.js";
import { annotateDocument } from "./annotate-document.js";
import { now, PROGRESS } from "./worker-progress.js";

export interface AnnotateTask {
  id: number;
  /** Its place among the tasks sent to this worker (0, 1, 2…), which the worker reports in `progress`. */
  order: number;
  document: RawDocument;
}

export interface AnnotatorWorkerData {
  /** Shared with the pool, read by its deadlines (fields at PROGRESS): the worker's own account, true even while the pool's thread is too busy to read its messages. */
  progress: Int32Array;
  /** When the pool started the worker (ms since the epoch, see now()): times in `progress` count from it. */
  epoch: number;
}

const { progress, epoch } = workerData as AnnotatorWorkerData;

const WARM_UP_TEXT = "Le ministre a signé mardi un accord à Paris avec son homologue. The minister met his counterpart in London.";
annotateDocument({ source: "warm-up", container: "text", format: "text", raw: WARM_UP_TEXT, encoding: "utf-8", byteLength: WARM_UP_TEXT.length, metadata: {}, messages: [] });

parentPort!.on("message", (task: AnnotateTask) => {
  Atomics.store(progress, PROGRESS.startedAt, Math.round(now() - epoch));
  Atomics.store(progress, PROGRESS.started, task.order);
  const result = annotateDocument(task.document);
  Atomics.store(progress, PROGRESS.finished, task.order);
  parentPort!.postMessage({ id: task.id, result });
});
parentPort!.postMessage({ ready: true });
