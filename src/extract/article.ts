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
  /** ISO 639-1 code, or null when the text is too short or ambiguous to tell. */
  language: string | null;
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
  text: string;
  offsetMap: OffsetMap;
  warnings: Message[];
}
