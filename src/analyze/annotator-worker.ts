/**
 * A worker thread of the annotator pool: documents in, annotated articles (or failures) out, one
 * at a time, in order. It warms the pipeline first (the gazetteers load on first use, seconds of
 * CPU) and only then says it is ready, so no document waits behind a start-up while other
 * workers could take it.
 */
import { parentPort } from "node:worker_threads";
import type { RawDocument } from "../ingest/raw-document.js";
import { annotateDocument } from "./annotate-document.js";

export interface AnnotateTask {
  id: number;
  document: RawDocument;
}

const WARM_UP_TEXT = "Le ministre a signé mardi un accord à Paris avec son homologue. The minister met his counterpart in London.";
annotateDocument({ source: "warm-up", container: "text", format: "text", raw: WARM_UP_TEXT, encoding: "utf-8", byteLength: WARM_UP_TEXT.length, metadata: {}, messages: [] });

parentPort!.on("message", (task: AnnotateTask) => {
  parentPort!.postMessage({ id: task.id, result: annotateDocument(task.document) });
});
parentPort!.postMessage({ ready: true });
