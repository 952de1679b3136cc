/**
 * An input that arrived whole (a queued job's bytes, an uploaded file): a WARC archive is read
 * record by record as a file of it is (each HTTP 200 page or feed a document, with its URL and
 * capture date), anything else as one input by readBytes. Only the sniffer would otherwise see a
 * WARC here, and it refuses one.
 */
import { DEFAULT_MAX_BYTES } from "./ingest-inputs.js";
import type { IngestResult } from "./raw-document.js";
import { readBytes } from "./read-bytes.js";
import { readWarc, type WarcOptions } from "./readers/warc-reader.js";
import { isWarcHead } from "./warc/detect-warc.js";

export interface WholeInputOptions {
  /** Largest WARC record read (default: the CLI's --max-bytes default). */
  maxRecordBytes?: number;
  warc?: WarcOptions;
}

export function readWholeInput(bytes: Uint8Array, source: string, options: WholeInputOptions = {}): AsyncIterable<IngestResult> | IngestResult[] {
  if (!isWarcHead(bytes.subarray(0, WARC_PROBE_BYTES))) return readBytes(bytes, source);
  return readWarc(
    (async function* () {
      yield bytes;
    })(),
    source,
    options.maxRecordBytes ?? DEFAULT_MAX_BYTES,
    options.warc,
  );
}

/** What isWarcHead needs: a gzip member's first inflated bytes, or the "WARC/1." line. */
const WARC_PROBE_BYTES = 65_536;
