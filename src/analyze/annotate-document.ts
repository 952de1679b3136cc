/**
 * One document → its annotated article, or why it could not be analyzed: the CPU-heavy half of
 * `analyze` (extraction and annotation), pure, so it runs in the calling thread or in a worker
 * thread with the same result.
 */
import type { AnnotatedArticle } from "../annotate/annotation.js";
import { annotateArticle } from "../annotate/annotate-article.js";
import { message, type Message } from "../core/message.js";
import { extractArticle } from "../extract/extract-article.js";
import type { RawDocument } from "../ingest/raw-document.js";

export type AnnotatedDocument = { ok: true; article: AnnotatedArticle } | { ok: false; source: string; error: Message };

export function annotateDocument(document: RawDocument): AnnotatedDocument {
  try {
    const extracted = extractArticle(document);
    if (!extracted.ok) return { ok: false, source: extracted.source, error: extracted.error };
    return { ok: true, article: annotateArticle(extracted.article) };
  } catch (error) {
    // One document's failure must not stop the batch; it is reported with its source.
    return unexpectedFailure(document.source, error);
  }
}

export function unexpectedFailure(source: string, error: unknown): AnnotatedDocument {
  const reason = error instanceof Error ? error.message : String(error);
  return { ok: false, source, error: message("extract", "unexpected-failure", `${source}: could not be analyzed (${reason}); please report it with the file.`, "error") };
}
