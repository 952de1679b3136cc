/**
 * A development set's `input.jsonl` as a user's run reads it: the file's bytes through
 * `readBytes` (one document per record), extraction and the default annotation pipeline. Each
 * record keeps its own `text` and the way from the article's spans back to it, since gold
 * offsets (or verbatim strings) refer to the record, and extraction may drop or rewrite lines.
 */
import { readFileSync } from "node:fs";
import { annotateArticle } from "../src/annotate/annotate-article.js";
import type { AnnotatedArticle } from "../src/annotate/annotation.js";
import type { Span } from "../src/core/message.js";
import { toRawSpan } from "../src/core/offset-map.js";
import { extractArticle } from "../src/extract/extract-article.js";
import { readBytes } from "../src/ingest/read-bytes.js";

export interface JsonlRecord {
  /** The record's `url`: the key its gold is filed under. */
  url: string;
  /** The record's `text` as written, which gold offsets point into. */
  text: string;
  /** The annotated article, or null when ingest or extraction rejected the record. */
  article: AnnotatedArticle | null;
  /** Why the record was rejected. */
  rejection: string | null;
  /** Where the ingested document's content starts in `text` (the JSON reader trims it). */
  rawStart: number;
}

export function readJsonlRecords(path: string): JsonlRecord[] {
  const bytes = readFileSync(path);
  const lines = bytes
    .toString("utf8")
    .split(/\r?\n/u)
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as { url: string; text: string });
  const results = readBytes(bytes, path);
  if (results.length !== lines.length) throw new Error(`${path}: ${lines.length} records but ${results.length} documents read`);
  return results.map((result, index): JsonlRecord => {
    const record = lines[index]!;
    if (!result.ok) return { url: record.url, text: record.text, article: null, rejection: result.error.reason, rawStart: 0 };
    const rawStart = Math.max(0, record.text.indexOf(result.document.raw));
    const extracted = extractArticle(result.document);
    if (!extracted.ok) return { url: record.url, text: record.text, article: null, rejection: extracted.error.reason, rawStart };
    if (extracted.article.url !== record.url) throw new Error(`${path}#${index + 1}: read as ${extracted.article.url}, filed as ${record.url}`);
    return { url: record.url, text: record.text, article: annotateArticle(extracted.article), rejection: null, rawStart };
  });
}

/** An article span as offsets into the record's `text`, or null when extraction made it up (a separator). */
export function recordSpan(record: JsonlRecord, span: Span): Span | null {
  if (!record.article) return null;
  const raw = toRawSpan(record.article.offsetMap, span);
  return raw ? { start: raw.start + record.rawStart, end: raw.end + record.rawStart } : null;
}
