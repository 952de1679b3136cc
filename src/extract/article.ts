/** What extraction produces: the clean article and the way back to its raw input. */
import type { Message } from "../core/message.js";
import type { OffsetMap } from "../core/offset-map.js";
import type { ContainerFormat, ContentFormat } from "../ingest/raw-document.js";

export interface Article {
  /** Stable id derived from the content hash: the same article re-ingested gets the same id. */
  id: string;
  /** SHA-256 (hex) of the clean text with whitespace collapsed, for idempotent re-ingestion. */
  contentHash: string;
  source: string;
  url: string | null;
  container: ContainerFormat;
  format: ContentFormat;
  encoding: string;
  title: string | null;
  outlet: string | null;
  authors: string[];
  /** ISO 8601, only as precise as the source states it: "2021-11-24T09:10", "2021-11-24", "2022-04". */
  published: string | null;
  /** Where `published` was read and whether it was inferred; absent on articles stored before it was kept. */
  publishedSource?: PublishedSource | null;
  /** The last modification the page states (dateModified, "Updated …"), later than `published`; ISO 8601 as precise as stated. */
  modified?: string | null;
  /** Where `modified` was read ("metadata" or "dateline"). */
  modifiedSource?: PublishedSource | null;
  /** ISO 639-1 code, or null when the text is too short or ambiguous to tell. */
  language: string | null;
  /** The clean text: the headline as its first paragraph when there is one (see headline.ts), then the body. */
  text: string;
  offsetMap: OffsetMap;
  warnings: Message[];
}

/**
 * What a format-specific extractor (HTML, text dump) returns; the shared finishing step
 * adds language, hashes and ids.
 */
export interface ExtractedContent {
  title: string | null;
  outlet: string | null;
  authors: string[];
  published: string | null;
  publishedSource?: PublishedSource | null;
  modified?: string | null;
  modifiedSource?: PublishedSource | null;
  text: string;
  offsetMap: OffsetMap;
  warnings: Message[];
  /** Which step of the HTML cascade gave the body (main-content.ts); the bench reports how often Readability ran. */
  bodyExtractor?: "fast" | "readability" | "article element" | "all paragraphs";
  /** Where the extractor found the title in the raw input, when it read it there (a dump's first line). */
  headline?: LocatedHeadline | null;
}

/** A headline's text and where its characters came from in the raw input. */
export interface LocatedHeadline {
  text: string;
  offsetMap: OffsetMap;
}

/**
 * Where a publication (or modification) date was read. "metadata": the page's JSON-LD or meta tags; "container": a
 * feed item or JSON record; "dateline": a date shown in the page or the dump; "url": the date its
 * URL holds; "fetch": the capture date (a WARC record's), the last resort.
 */
export interface PublishedSource {
  kind: "metadata" | "container" | "dateline" | "url" | "fetch";
  /** True when nothing calls it the publication date: a dateline without "Publié le", a URL, a capture date. */
  inferred: boolean;
  /** What it was read from, as found: "article:published_time 2024-03-03T10:12:41+01:00", a URL, "Publié le 14/03/2024 à 12:37". */
  evidence: string;
}
