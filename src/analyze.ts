/**
 * The library's main job: inputs → ingest → extract → annotate → store, one document at a time, so a
 * document's text is dropped once stored (only a small outcome record per document is kept
 * for the summary) and one bad input loses nothing else. The CLI and (later) the HTTP API
 * call this; neither re-implements it.
 */
import type { Message } from "./core/message.js";
import { message } from "./core/message.js";
import { annotateArticle } from "./annotate/annotate-article.js";
import { extractArticle } from "./extract/extract-article.js";
import { fetchUrls, type FetchOptions } from "./ingest/fetch/fetch-urls.js";
import { ingestInputs } from "./ingest/ingest-inputs.js";
import { readBytes } from "./ingest/read-bytes.js";
import type { IngestFailure, IngestResult } from "./ingest/raw-document.js";
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
  stdin?: NodeJS.ReadableStream;
  fetch?: FetchOptions;
  /** Called after each document, for progress display. */
  onDocument?: (outcome: DocumentOutcome) => void;
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
  for await (const result of allDocuments(options)) {
    const outcome = await analyzeDocument(store, result);
    summary.outcomes.push(outcome);
    if (!outcome.ok && outcome.skipped) summary.skipped += 1;
    else if (!outcome.ok) summary.failed += 1;
    else if (outcome.created) summary.stored += 1;
    else summary.alreadyStored += 1;
    options.onDocument?.(outcome);
  }
  return summary;
}

async function* allDocuments(options: AnalyzeOptions): AsyncIterable<IngestResult> {
  yield* options.refused ?? [];
  if (options.inputs.length > 0) {
    const ingestOptions = {
      ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
      ...(options.stdin ? { stdin: options.stdin } : {}),
      ...(options.includeHidden ? { includeHidden: true } : {}),
    };
    yield* ingestInputs(options.inputs, ingestOptions);
  }
  if (options.urls && options.urls.length > 0) {
    const fetchOptions = { ...options.fetch, ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}) };
    yield* fetchUrls(options.urls, fetchOptions);
  }
}

/** One input's bytes (a queued job): every document it holds, analyzed and stored. */
export async function analyzeBytes(store: Store, source: string, bytes: Uint8Array): Promise<DocumentOutcome[]> {
  const outcomes: DocumentOutcome[] = [];
  for (const result of readBytes(bytes, source)) outcomes.push(await analyzeDocument(store, result));
  return outcomes;
}

/** One URL (a queued job), fetched politely, then analyzed and stored. */
export async function analyzeUrl(store: Store, url: string, options: FetchOptions = {}): Promise<DocumentOutcome[]> {
  const outcomes: DocumentOutcome[] = [];
  for await (const result of fetchUrls([url], options)) outcomes.push(await analyzeDocument(store, result));
  return outcomes;
}

async function analyzeDocument(store: Store, result: IngestResult): Promise<DocumentOutcome> {
  if (!result.ok) return result;
  const document = result.document;
  let article: ReturnType<typeof annotateArticle>;
  try {
    const extracted = extractArticle(document);
    if (!extracted.ok) return { ok: false, source: extracted.source, error: extracted.error };
    article = annotateArticle(extracted.article);
  } catch (error) {
    // One document's failure must not stop the batch; it is reported with its source.
    return { ok: false, source: document.source, error: message("extract", "unexpected-failure", `${document.source}: could not be analyzed (${reasonOf(error)}); please report it with the file.`, "error") };
  }
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
