/** Where documents are annotated: in this thread, or in a pool of worker threads (annotator-pool.ts). */
import type { RawDocument } from "../ingest/raw-document.js";
import type { AnnotatedDocument } from "./annotate-document.js";

export interface Annotator {
  /**
   * Documents to keep in flight. 1: each is read, annotated and stored before the next is read,
   * one step at a time, so the run uses one core; more keeps a pool's threads busy while this
   * thread reads and stores.
   */
  readonly window: number;
  /** Never rejects: a failure is the document's outcome. */
  annotate(document: RawDocument): Promise<AnnotatedDocument>;
  close(): Promise<void>;
}

/** Loaded on first use, so a command that never annotates does not pay for the pipeline's modules. */
export const inThisThread: Annotator = {
  window: 1,
  async annotate(document) {
    const { annotateDocument } = await import("./annotate-document.js");
    return annotateDocument(document);
  },
  close: async () => undefined,
};
