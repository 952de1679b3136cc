/**
 * The library's main job: inputs → ingest → extract → annotate → store. Documents are read one
 * at a time and at most a few are in flight (one, or a few per worker thread with `jobs` ≥ 2), so
 * memory stays flat whatever the batch; they are stored in input order, so a parallel run stores
 * and reports exactly what a sequential one does; one bad input loses nothing else. The CLI and
 * the HTTP API call this; neither re-implements it.
 */
import { inThisThread, type Annotator } from "./analyze/annotator.js";
import { storeInOrder, type DocumentOutcome } from "./analyze/store-in-order.js";
import type { FetchOptions } from "./ingest/fetch/fetch-urls.js";
import { ingestInputs } from "./ingest/ingest-inputs.js";
import type { WarcOptions } from "./ingest/readers/warc-reader.js";
import type { IngestFailure, IngestResult } from "./ingest/raw-document.js";
import type { Store } from "./store/store.js";

export type { DocumentOutcome };

export interface AnalyzeOptions {
  /** Files, folders, globs and "-" (stdin). */
  inputs: string[];
  /** http(s) URLs to fetch. */
  urls?: string[];
  /** Inputs already refused before reading (bad lines of a URL list), reported with the batch's outcomes. */
  refused?: IngestFailure[];
  maxBytes?: number;
  /** Read hidden files and folders met inside folders too. */
  includeHidden?: boolean;
  /** Which records of WARC files to read (hosts, capture dates), and a callback with what each file held. */
  warc?: WarcOptions;
  stdin?: NodeJS.ReadableStream;
  fetch?: FetchOptions;
  /** Called after each document, in input order, for progress display. */
  onDocument?: (outcome: DocumentOutcome) => void;
  /**
   * Cores the analysis uses (default 1): 1 analyzes one document at a time, in a worker thread
   * the deadline can stop (a lone document: in this thread), this thread waiting meanwhile; N ≥ 2
   * keeps N worker threads extracting and annotating while this thread reads and stores.
   */
  jobs?: number;
  /** Where documents are annotated, when not as `jobs` says (a test's pool); closed by the caller. */
  annotator?: Annotator;
  /** How long one document may take in a worker thread before it is stopped and reported (default: the pool's, 60 s). */
  docTimeoutMs?: number;
}

export interface AnalyzeSummary {
  outcomes: DocumentOutcome[];
  stored: number;
  alreadyStored: number;
  failed: number;
  /** Entries met in folders and left out on purpose (links, special and hidden files), each listed in the outcomes. */
  skipped: number;
}

export async function analyze(store: Store, options: AnalyzeOptions): Promise<AnalyzeSummary> {
  const summary: AnalyzeSummary = { outcomes: [], stored: 0, alreadyStored: 0, failed: 0, skipped: 0 };
  // A batch is annotated in worker threads, even with one job: the per-document deadline needs a
  // thread it can stop. A single document is annotated in this thread (a worker's start-up would
  // cost more than it saves) unless a deadline was asked for.
  const { documents, atLeastTwo } = await peekTwoDocuments(allDocuments(options));
  const pooled = atLeastTwo || options.docTimeoutMs !== undefined;
  const jobs = options.jobs ?? 1;
  const annotator = options.annotator ?? (pooled ? new (await import("./analyze/annotator-pool.js")).AnnotatorPool(jobs, options.docTimeoutMs ? { docTimeoutMs: options.docTimeoutMs } : {}) : inThisThread);
  try {
    await storeInOrder(store, documents, annotator, (outcome) => {
      summary.outcomes.push(outcome);
      if (!outcome.ok && outcome.skipped) summary.skipped += 1;
      else if (!outcome.ok) summary.failed += 1;
      else if (outcome.created) summary.stored += 1;
      else summary.alreadyStored += 1;
      options.onDocument?.(outcome);
    });
  } finally {
    if (!options.annotator) await annotator.close();
  }
  return summary;
}

/** The same results, and whether they hold two documents or more (read ahead, at most to the second document). */
async function peekTwoDocuments(results: AsyncIterable<IngestResult>): Promise<{ documents: AsyncIterable<IngestResult>; atLeastTwo: boolean }> {
  const iterator = results[Symbol.asyncIterator]();
  const head: IngestResult[] = [];
  let found = 0;
  let ended = false;
  while (found < 2) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    if (next.value.ok) found += 1;
  }
  async function* documents(): AsyncIterable<IngestResult> {
    yield* head;
    if (!ended) for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { documents: documents(), atLeastTwo: found >= 2 };
}

async function* allDocuments(options: AnalyzeOptions): AsyncIterable<IngestResult> {
  yield* options.refused ?? [];
  if (options.inputs.length > 0) {
    const ingestOptions = {
      ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
      ...(options.stdin ? { stdin: options.stdin } : {}),
      ...(options.includeHidden ? { includeHidden: true } : {}),
      ...(options.warc ? { warc: options.warc } : {}),
    };
    yield* ingestInputs(options.inputs, ingestOptions);
  }
  if (options.urls && options.urls.length > 0) {
    const fetchOptions = { ...options.fetch, ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}) };
    const { fetchUrls } = await import("./ingest/fetch/fetch-urls.js");
    yield* fetchUrls(options.urls, fetchOptions);
  }
}

/** Documents already read (an uploaded WARC's records as they arrive), analyzed and stored in their order. */
export async function analyzeDocuments(store: Store, documents: AsyncIterable<IngestResult> | Iterable<IngestResult>, annotator: Annotator = inThisThread): Promise<DocumentOutcome[]> {
  const outcomes: DocumentOutcome[] = [];
  await storeInOrder(store, documents, annotator, (outcome) => outcomes.push(outcome));
  return outcomes;
}

/** One URL (a queued job), fetched politely, then analyzed and stored. */
export async function analyzeUrl(store: Store, url: string, options: FetchOptions = {}, annotator: Annotator = inThisThread): Promise<DocumentOutcome[]> {
  const outcomes: DocumentOutcome[] = [];
  const { fetchUrls } = await import("./ingest/fetch/fetch-urls.js");
  await storeInOrder(store, fetchUrls([url], options), annotator, (outcome) => outcomes.push(outcome));
  return outcomes;
}
