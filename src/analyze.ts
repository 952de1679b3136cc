/**
 * The library's main job: inputs → ingest → extract → annotate → store. Documents are read one
 * at a time and at most a few are in flight (one, or a few per worker thread with `jobs`), so
 * memory stays flat whatever the batch; they are stored in input order, so a parallel run stores
 * and reports exactly what a sequential one does; one bad input loses nothing else. The CLI and
 * the HTTP API call this; neither re-implements it.
 */
import type { Message } from "./core/message.js";
import { message } from "./core/message.js";
import type { AnnotatedDocument } from "./analyze/annotate-document.js";
import { inThisThread, type Annotator } from "./analyze/annotator.js";
import type { FetchOptions } from "./ingest/fetch/fetch-urls.js";
import { ingestInputs } from "./ingest/ingest-inputs.js";
import type { WarcOptions } from "./ingest/readers/warc-reader.js";
import { readWholeInput } from "./ingest/read-whole-input.js";
import type { IngestFailure, IngestResult, RawDocument } from "./ingest/raw-document.js";
import type { Store } from "./store/store.js";

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
  /** Worker threads extracting and annotating (default 1: in this thread). */
  jobs?: number;
  /** Where documents are annotated, when not as `jobs` says (a test's pool); closed by the caller. */
  annotator?: Annotator;
  /** How long one document may take in a worker thread before it is stopped and reported (default: the pool's, 60 s). */
  docTimeoutMs?: number;
}

export type DocumentOutcome =
  | {
      ok: true;
      source: string;
      id: string;
      /** False when the same article was already stored (idempotent re-ingest). */
      created: boolean;
      title: string | null;
      outlet: string | null;
      published: string | null;
      language: string | null;
      warnings: Message[];
    }
  | { ok: false; source: string; error: Message; skipped?: true };

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
  // thread it can stop, and the main thread reads and stores meanwhile. A single document is
  // annotated in this thread (a worker's start-up would cost more than it saves) unless a
  // deadline was asked for.
  const { documents, atLeastTwo } = await peekTwoDocuments(allDocuments(options));
  const pooled = atLeastTwo || options.docTimeoutMs !== undefined;
  const jobs = options.jobs ?? 1;
  const annotator = options.annotator ?? (pooled ? new (await import("./analyze/annotator-pool.js")).AnnotatorPool(jobs, options.docTimeoutMs ? { docTimeoutMs: options.docTimeoutMs } : {}) : inThisThread);
  try {
    await analyzeInOrder(store, documents, annotator, annotator === inThisThread ? 1 : jobs, (outcome) => {
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

/** Documents in flight per job: enough to keep every worker busy while the main thread reads and stores and while the next to store is a slow one. */
const IN_FLIGHT_PER_JOB = 16;

/**
 * Annotation runs ahead (up to `jobs` × IN_FLIGHT_PER_JOB documents), storing follows in input
 * order: the same article read twice is stored from its first source, as in a sequential run.
 */
async function analyzeInOrder(store: Store, results: AsyncIterable<IngestResult> | Iterable<IngestResult>, annotator: Annotator, jobs: number, record: (outcome: DocumentOutcome) => void): Promise<void> {
  const window = annotator === inThisThread ? 1 : jobs * IN_FLIGHT_PER_JOB;
  const pending: Array<{ result: IngestResult; annotated: Promise<AnnotatedDocument> | null }> = [];
  const settleFirst = async () => {
    const { result, annotated } = pending.shift()!;
    record(result.ok && annotated ? await storeAnnotated(store, result.document, await annotated) : (result as IngestFailure));
  };
  for await (const result of results) {
    pending.push({ result, annotated: result.ok ? annotator.annotate(result.document) : null });
    while (pending.length >= window) await settleFirst();
  }
  while (pending.length > 0) await settleFirst();
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

/** One input's bytes (a queued job): every document it holds (a WARC's records too), analyzed (by `annotator`, in this thread by default) and stored. */
export async function analyzeBytes(store: Store, source: string, bytes: Uint8Array, annotator: Annotator = inThisThread, jobs = 1): Promise<DocumentOutcome[]> {
  return analyzeDocuments(store, readWholeInput(bytes, source), annotator, jobs);
}

/** Documents already read (an uploaded WARC's records as they arrive), analyzed and stored in their order. */
export async function analyzeDocuments(store: Store, documents: AsyncIterable<IngestResult> | Iterable<IngestResult>, annotator: Annotator = inThisThread, jobs = 1): Promise<DocumentOutcome[]> {
  const outcomes: DocumentOutcome[] = [];
  await analyzeInOrder(store, documents, annotator, jobs, (outcome) => outcomes.push(outcome));
  return outcomes;
}

/** One URL (a queued job), fetched politely, then analyzed and stored. */
export async function analyzeUrl(store: Store, url: string, options: FetchOptions = {}, annotator: Annotator = inThisThread, jobs = 1): Promise<DocumentOutcome[]> {
  const outcomes: DocumentOutcome[] = [];
  const { fetchUrls } = await import("./ingest/fetch/fetch-urls.js");
  await analyzeInOrder(store, fetchUrls([url], options), annotator, jobs, (outcome) => outcomes.push(outcome));
  return outcomes;
}

async function storeAnnotated(store: Store, document: RawDocument, annotated: AnnotatedDocument): Promise<DocumentOutcome> {
  if (!annotated.ok) return annotated;
  const article = annotated.article;
  try {
    const saved = await store.saveArticle(document, article);
    return {
      ok: true,
      source: document.source,
      id: saved.id,
      created: saved.created,
      title: article.title,
      outlet: article.outlet,
      published: article.published,
      language: article.language,
      warnings: article.warnings,
    };
  } catch (error) {
    // A store failure is the database's, not the document's (a lost connection, a lock): the "store"
    // stage tells a queue worker to retry the whole job rather than count the document as bad.
    return { ok: false, source: document.source, error: message("store", "store-failed", `${document.source}: could not be stored (${reasonOf(error)}); check the database, then analyze it again.`, "error") };
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
