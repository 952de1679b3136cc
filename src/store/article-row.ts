/**
 * Articles and documents as table rows, and back: the columns both stores share (JSON fields
 * as text, read and written whole), so SQLite and PostgreSQL store the very same values.
 */
import { createHash } from "node:crypto";
import { emptyAnnotations, type AnnotatedArticle, type Annotations } from "../annotate/annotation.js";
import type { Message } from "../core/message.js";
import { deserializeOffsetMap, serializeOffsetMap } from "../core/offset-map.js";
import type { Article, PublishedSource } from "../extract/article.js";
import type { ContainerFormat, ContentFormat, RawDocument } from "../ingest/raw-document.js";
import type { StoredArticle } from "./store.js";

export interface ArticleRow {
  id: string;
  document_id: string;
  content_hash: string;
  source: string;
  url: string | null;
  container: string;
  format: string;
  encoding: string;
  title: string | null;
  outlet: string | null;
  authors: string;
  published: string | null;
  /** PublishedSource as JSON text; null when there is no date or for rows stored before it was kept. */
  published_source: string | null;
  /** The last modification the page states (ISO 8601, as precise as stated); null when none, or for rows stored before it was kept. */
  modified: string | null;
  /** Where `modified` was read, a PublishedSource as JSON text. */
  modified_source: string | null;
  language: string | null;
  text: string;
  offset_map: string;
  warnings: string;
  ingested_at: string;
  annotations: string;
}

export interface DocumentRow {
  id: string;
  source: string;
  container: string;
  format: string;
  encoding: string;
  byte_length: number;
  raw: string;
  metadata: string;
  messages: string;
  created_at: string;
}

/** A document's id: its source and bytes, hashed, so the same input is stored once. */
export function documentId(document: RawDocument): string {
  return `d_${createHash("sha256").update(document.source).update("\0").update(document.raw).digest("hex").slice(0, 16)}`;
}

export function documentRow(document: RawDocument): DocumentRow {
  return {
    id: documentId(document),
    source: document.source,
    container: document.container,
    format: document.format,
    encoding: document.encoding,
    byte_length: document.byteLength,
    raw: document.raw,
    metadata: JSON.stringify(document.metadata),
    messages: JSON.stringify(document.messages),
    created_at: new Date().toISOString(),
  };
}


export function articleRow(article: Article | AnnotatedArticle, documentId: string): ArticleRow {
  return {
    id: article.id,
    document_id: documentId,
    content_hash: article.contentHash,
    source: article.source,
    url: article.url,
    container: article.container,
    format: article.format,
    encoding: article.encoding,
    title: article.title,
    outlet: article.outlet,
    authors: JSON.stringify(article.authors),
    published: article.published,
    published_source: article.publishedSource ? JSON.stringify(article.publishedSource) : null,
    modified: article.modified ?? null,
    modified_source: article.modifiedSource ? JSON.stringify(article.modifiedSource) : null,
    language: article.language,
    text: article.text,
    offset_map: JSON.stringify(serializeOffsetMap(article.offsetMap)),
    warnings: JSON.stringify(article.warnings),
    ingested_at: new Date().toISOString(),
    annotations: JSON.stringify("annotations" in article ? article.annotations : emptyAnnotations()),
  };
}

export function toStoredArticle(row: ArticleRow & { raw: string }): StoredArticle {
  return {
    id: row.id,
    contentHash: row.content_hash,
    source: row.source,
    url: row.url,
    container: row.container as ContainerFormat,
    format: row.format as ContentFormat,
    encoding: row.encoding,
    title: row.title,
    outlet: row.outlet,
    authors: JSON.parse(row.authors) as string[],
    published: row.published,
    publishedSource: row.published_source ? (JSON.parse(row.published_source) as PublishedSource) : null,
    modified: row.modified,
    modifiedSource: row.modified_source ? (JSON.parse(row.modified_source) as PublishedSource) : null,
    language: row.language,
    text: row.text,
    offsetMap: deserializeOffsetMap(JSON.parse(row.offset_map) as number[]),
    warnings: JSON.parse(row.warnings) as Message[],
    ingestedAt: row.ingested_at,
    raw: row.raw,
    // Rows written before a stage existed lack its field: defaults first.
    annotations: { ...emptyAnnotations(), ...(JSON.parse(row.annotations) as Partial<Annotations>) },
  };
}
