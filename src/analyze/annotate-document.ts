/**
 * One document → its annotated article as the record the store writes, or why it could not be
 * analyzed: the CPU-heavy part of `analyze` (extraction, annotation, and the search terms and rows
 * of store/article-record.ts), pure, so it runs in the calling thread or in a worker thread with
 * the same result, and the thread that stores only writes.
 */
import { annotateArticle } from "../annotate/annotate-article.js";
import type { Message } from "../core/message.js";
import { extractArticle } from "../extract/extract-article.js";
import type { RawDocument } from "../ingest/raw-document.js";
import { articleRecord, type ArticleRecord } from "../store/article-record.js";
import { unexpectedFailure } from "./unexpected-failure.js";

/** `warnings` beside the record, whose row holds them as JSON text, for the outcome shown to the user. */
export type AnnotatedDocument = { ok: true; record: ArticleRecord; warnings: Message[] } | { ok: false; source: string; error: Message };

export function annotateDocument(document: RawDocument): AnnotatedDocument {
  try {
    const extracted = extractArticle(document);
    if (!extracted.ok) return { ok: false, source: extracted.source, error: extracted.error };
    const article = annotateArticle(extracted.article);
    return { ok: true, record: articleRecord(document, article), warnings: article.warnings };
  } catch (error) {
    // One document's failure must not stop the batch; it is reported with its source.
    return unexpectedFailure(document.source, error);
  }
}
