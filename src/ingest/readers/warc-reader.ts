/**
 * A WARC file (.warc, .warc.gz) → documents: every HTTP 200 response holding an HTML page or an
 * RSS/Atom feed goes through the same reading as a fetched URL (charset from the HTTP headers,
 * else the page's), keeping its target URI as the article's URL and its WARC-Date as the fetch
 * date. Every other record is skipped and counted by reason; a broken record is one error naming
 * its offset, and the records after it are still read.
 */
import { message } from "../../core/message.js";
import type { IngestResult } from "../raw-document.js";
import { readBytes } from "../read-bytes.js";
import { detectBinary, sniffContainer } from "../sniff.js";
import { parseHttpResponse, type HttpResponse } from "../warc/http-response.js";
import { dateMatches, hostMatches, type WarcFilter } from "../warc/warc-filter.js";
import { warcRecords, type WarcRecord } from "../warc/warc-records.js";

/** What one WARC file held: the batch summary's "N records read, M documents, K skipped (by reason)". */
export interface WarcTally {
  source: string;
  records: number;
  documents: number;
  /** Records left out on purpose, by reason ("request", "redirect", "HTTP 404", "image/jpeg", "--filter-host"…). */
  skipped: Record<string, number>;
  /** Records that could not be read (each also reported as an error). */
  broken: number;
}

export interface WarcOptions {
  filter?: WarcFilter;
  /** Called once per WARC file, after its last record. */
  onArchiveRead?: (tally: WarcTally) => void;
}

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
/** Feeds come as these, and so does other XML: the content decides. */
const XML_TYPES = new Set(["application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"]);
/** Types servers send for anything: the content decides. */
const UNTRUSTED_TYPES = new Set(["", "application/octet-stream", "text/plain", "binary/octet-stream"]);
/** Decoded characters the sniffer needs to tell HTML and feeds from the rest. */
const SNIFF_BYTES = 65_536;

export async function* readWarc(chunks: AsyncIterable<Uint8Array>, source: string, maxBytes: number, options: WarcOptions = {}): AsyncIterable<IngestResult> {
  const tally: WarcTally = { source, records: 0, documents: 0, skipped: {}, broken: 0 };
  const skip = (reason: string) => {
    tally.skipped[reason] = (tally.skipped[reason] ?? 0) + 1;
  };
  for await (const entry of warcRecords(chunks, maxBytes)) {
    tally.records += 1;
    if (entry.kind === "broken") {
      tally.broken += 1;
      yield failure(source, entry.offset, entry.reason);
      continue;
    }
    const headers = entry.kind === "record" ? entry.record.headers : entry.headers;
    const type = headers.get("warc-type")?.toLowerCase() ?? "no WARC-Type";
    if (type !== "response") {
      skip(type);
      continue;
    }
    if (entry.kind === "oversized") {
      tally.broken += 1;
      yield failure(source, entry.offset, `its ${entry.length} bytes are above the ${maxBytes}-byte limit per record; raise --max-bytes`);
      continue;
    }
    const outcome = readResponse(entry.record, source, maxBytes, options.filter ?? {});
    if ("skipped" in outcome) skip(outcome.skipped);
    else if ("broken" in outcome) {
      tally.broken += 1;
      yield failure(source, entry.record.offset, outcome.broken);
    } else {
      for (const result of outcome.results) if (result.ok) tally.documents += 1;
      yield* outcome.results;
    }
  }
  options.onArchiveRead?.(tally);
}

type ResponseOutcome = { results: IngestResult[] } | { skipped: string } | { broken: string };

function readResponse(record: WarcRecord, source: string, maxBytes: number, filter: WarcFilter): ResponseOutcome {
  const url = record.headers.get("warc-target-uri")?.replace(/^<(.*)>$/u, "$1");
  if (!url || !URL.canParse(url)) return { skipped: "no valid WARC-Target-URI" };
  if (filter.hosts && !hostMatches(url, filter.hosts)) return { skipped: "--filter-host" };
  const date = record.headers.get("warc-date");
  const time = date ? Date.parse(date) : Number.NaN;
  if (!dateMatches(time, filter)) return { skipped: "--from/--to" };
  // Heritrix and wget also write DNS lookups as response records (text/dns): only HTTP is read.
  const blockType = record.headers.get("content-type")?.split(";")[0]!.trim().toLowerCase();
  if (blockType && blockType !== "application/http") return { skipped: `not HTTP (${blockType})` };
  const response = parseHttpResponse(record.block, maxBytes);
  if ("error" in response) return { broken: `${url}: ${response.error}` };
  if (response.status >= 300 && response.status < 400) return { skipped: "redirect" };
  if (response.status !== 200) return { skipped: `HTTP ${response.status}` };
  const contentType = response.headers.get("content-type") ?? "";
  const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
  if (response.body.length === 0) return { skipped: "empty payload" };
  if (!isPageOrFeed(response, mediaType)) return { skipped: mediaType || "no Content-Type" };
  const charset = /\bcharset\s*=\s*["']?([^"';\s]+)/iu.exec(contentType)?.[1];
  const results = readBytes(response.body, `${source}@${record.offset}`, { url, ...(charset ? { declaredCharset: charset } : {}), ...(mediaType ? { contentType: mediaType } : {}) });
  const fetched = Number.isNaN(time) ? undefined : date!.trim();
  if (fetched) for (const result of results) if (result.ok) result.document.metadata.fetched = fetched;
  return { results };
}

function isPageOrFeed(response: HttpResponse, mediaType: string): boolean {
  if (HTML_TYPES.has(mediaType)) return true;
  if (!XML_TYPES.has(mediaType) && !UNTRUSTED_TYPES.has(mediaType)) return false;
  const head = response.body.subarray(0, SNIFF_BYTES);
  if (head.length === 0 || detectBinary(head)) return false;
  const container = sniffContainer(Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString("latin1"), "", mediaType);
  return container === "rss" || container === "atom" || (container === "html" && !XML_TYPES.has(mediaType));
}

function failure(source: string, offset: number, reason: string): IngestResult {
  return { ok: false, source: `${source}@${offset}`, error: message("ingest", "warc-record-broken", `${source}: WARC record at offset ${offset} skipped, ${reason}.`, "error") };
}
