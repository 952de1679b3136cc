/** What ingest hands to extraction: one decoded input, whatever container it came in. */
import type { Message } from "../core/message.js";

/** How the content should be read by extraction. Containers (feeds, JSON) are unpacked by ingest. */
export type ContentFormat = "html" | "text";

/** The container the document came in, as sniffed from its bytes. */
export type ContainerFormat = "html" | "text" | "json" | "jsonl" | "rss" | "atom";

/** Metadata stated by the container (a feed item, a JSON record, HTTP headers), trusted over guesses from the body. */
export interface StatedMetadata {
  url?: string;
  /** When the page was captured (a WARC record's WARC-Date, ISO 8601): provenance, not a publication date. */
  fetched?: string;
  title?: string;
  /** As stated: an ISO string or a date in any format; extraction normalises it. */
  published?: string;
  /** A later modification, as stated (a feed item's <updated>, a record's dateModified); kept apart from `published`. */
  modified?: string;
  authors?: string[];
  outlet?: string;
  language?: string;
}

export interface RawDocument {
  /** Path, URL or "-" (stdin); items of a feed or JSONL file get "#<n>" appended (1-based). */
  source: string;
  container: ContainerFormat;
  format: ContentFormat;
  /** Decoded content that the article's offset map points into. */
  raw: string;
  /** Encoding the bytes were decoded with (WHATWG label, e.g. "utf-8", "windows-1252"). */
  encoding: string;
  /** Size of the input in bytes before decoding (for a feed item: of the whole feed). */
  byteLength: number;
  metadata: StatedMetadata;
  messages: Message[];
}

/**
 * One outcome per input or container item: a document, or an error naming the source. A skipped
 * input (a symbolic link or a special file met in a folder, a hidden file) is not an error of the
 * input but is still listed, so nothing is left out silently.
 */
export type IngestResult =
  | { ok: true; document: RawDocument }
  | { ok: false; source: string; error: Message; skipped?: true };

export type IngestFailure = Extract<IngestResult, { ok: false }>;
