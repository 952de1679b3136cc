/**
 * What kind of input is this? Decided from the content (an .html file may hold a text dump,
 * a .txt file an HTML page); the file extension only breaks ties.
 */
import type { ContainerFormat } from "./raw-document.js";
import { isWarcHead } from "./warc/detect-warc.js";

/** Magic numbers of the binary files people most often drop into a folder of articles. */
const BINARY_SIGNATURES: Array<{ label: string; bytes: number[] }> = [
  { label: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { label: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { label: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { label: "a WebP or RIFF media file", bytes: [0x52, 0x49, 0x46, 0x46] },
  { label: "a ZIP archive (or an Office document)", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { label: "a PDF document", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { label: "gzip-compressed data", bytes: [0x1f, 0x8b] },
  { label: "a 7-Zip archive", bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { label: "an SQLite database", bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65] },
  { label: "an ELF executable", bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

/** How much of the head is inspected for NUL bytes; text never holds them, UTF-16 aside (BOM-checked first). */
const BINARY_PROBE_BYTES = 8192;
/** A few stray NULs happen in scraped text; binary formats are full of them. */
const MAX_NUL_RATIO_FOR_TEXT = 0.01;
/** Up to this many NULs, a short input whose other bytes read as text stays text (one NUL in a 50-byte file is 2 %). */
const MAX_STRAY_NULS = 4;
/** Other control bytes (not tab, line feed, form feed, carriage return or escape) a text may hold besides stray NULs. */
const MAX_CONTROL_RATIO_FOR_TEXT = 0.01;

/** A human label for a binary input ("a PNG image"), or null when the bytes look like text. */
export function detectBinary(bytes: Uint8Array): string | null {
  // Met here only by bytes read as one document (a record inside a record): files, stdin, uploads and queued jobs read WARCs before (read-whole-input.ts).
  if (isWarcHead(bytes)) return "a WARC web archive (give it to `recoupe analyze` as a file or on stdin, which read it record by record)";
  for (const signature of BINARY_SIGNATURES) {
    if (signature.bytes.every((byte, index) => bytes[index] === byte)) return signature.label;
  }
  const isUtf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (isUtf16) return null;
  const probe = bytes.subarray(0, BINARY_PROBE_BYTES);
  let nul = 0;
  let control = 0;
  for (const byte of probe) {
    if (byte === 0) nul += 1;
    else if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) control += 1;
  }
  if (nul === 0 || nul / probe.length <= MAX_NUL_RATIO_FOR_TEXT) return null;
  return nul <= MAX_STRAY_NULS && control <= probe.length * MAX_CONTROL_RATIO_FOR_TEXT ? null : "binary data";
}

/**
 * Decoded text with its NULs replaced by U+FFFD, one UTF-16 unit for one, so offsets still
 * hold; PostgreSQL's text columns refuse NUL, and no reader needs one.
 */
export function replaceNuls(text: string): { text: string; replaced: number } {
  if (!text.includes("\0")) return { text, replaced: 0 };
  let replaced = 0;
  return {
    text: text.replace(/\0/gu, () => {
      replaced += 1;
      return "\uFFFD";
    }),
    replaced,
  };
}

const HTML_TAGS = /<(?:p|div|span|a|body|head|title|meta|article|section|h[1-6]|br|ul|li|img|script|table)\b[^>]*>/gi;
/** Several real tags: one "<" in a text dump ("a < b", "<<ILH>>") is not HTML. */
const MIN_HTML_TAGS = 3;

export function sniffContainer(head: string, sourceName: string, contentType?: string): ContainerFormat {
  const text = head.replace(/^\uFEFF/, "").trimStart();
  const lowerType = contentType?.toLowerCase() ?? "";
  if (/^<\?xml\b/i.test(text) || text.startsWith("<")) {
    const start = text.slice(0, 2048);
    const root = xmlRootName(text);
    if (root === "rss" || root === "rdf:rdf" || /<rss\b/i.test(start) || /<rdf:RDF\b/i.test(start)) return "rss";
    if (root === "feed" || /<feed\b[^>]*xmlns\s*=\s*["']http:\/\/www\.w3\.org\/2005\/Atom/i.test(start) || /^(?:<\?xml[^>]*>\s*)?<feed\b/i.test(start)) {
      return "atom";
    }
  }
  if (lowerType.includes("rss")) return "rss";
  if (lowerType.includes("atom")) return "atom";
  if (/^<!doctype\s+html/i.test(text) || /^<html\b/i.test(text)) return "html";
  if ((text.startsWith("{") || text.startsWith("[")) && looksLikeJson(text)) return looksLikeJsonLines(text) ? "jsonl" : "json";
  if (countMatches(head.slice(0, 65536), HTML_TAGS) >= MIN_HTML_TAGS) return "html";
  if (lowerType.includes("html") && text.startsWith("<")) return "html";
  if (lowerType.includes("json")) return "json";
  if (/\.(?:rss)$/i.test(sourceName) && text.startsWith("<")) return "rss";
  if (/\.(?:atom)$/i.test(sourceName) && text.startsWith("<")) return "atom";
  return "text";
}

/**
 * The first element's name (lower case) after the prolog: the XML declaration, comments and a
 * DOCTYPE with its internal subset, which can be long enough to push the root past any fixed
 * prefix (a feed carrying an entity flood must still be read, and refused, as a feed).
 */
function xmlRootName(text: string): string | null {
  let at = 0;
  for (;;) {
    while (at < text.length && /\s/u.test(text[at]!)) at += 1;
    let next: number;
    if (text.startsWith("<?", at)) next = endOf(text, "?>", at);
    else if (text.startsWith("<!--", at)) next = endOf(text, "-->", at);
    else if (/^<!doctype\b/iu.test(text.slice(at, at + 9))) {
      const subset = text.indexOf("[", at);
      const close = text.indexOf(">", at);
      const subsetEnd = subset !== -1 && subset < close ? endOf(text, "]", subset) : -1;
      next = subset !== -1 && subset < close ? (subsetEnd === -1 ? -1 : endOf(text, ">", subsetEnd)) : endOf(text, ">", at);
    } else break;
    // An unclosed declaration: no root to find (and the parser will say what is wrong).
    if (next === -1) return null;
    at = next;
  }
  return /^<([A-Za-z_][\w:.-]*)/u.exec(text.slice(at, at + 256))?.[1]?.toLowerCase() ?? null;
}

/** Index just past `marker` found from `from`, or -1 when it is missing; always past `from`, so the scan ends. */
function endOf(text: string, marker: string, from: number): number {
  const found = text.indexOf(marker, from);
  return found === -1 ? -1 : found + marker.length;
}

function looksLikeJson(text: string): boolean {
  const firstLine = text.slice(0, text.indexOf("\n") === -1 ? undefined : text.indexOf("\n")).trim();
  return tryParse(firstLine) || /^[[{]\s*["{[\]}]/.test(text);
}

function looksLikeJsonLines(text: string): boolean {
  const lines = text.split("\n", 3).map((line) => line.trim()).filter(Boolean);
  return lines.length >= 2 && lines[0]!.startsWith("{") && tryParse(lines[0]!) && lines[1]!.startsWith("{");
}

function tryParse(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) && count < MIN_HTML_TAGS) count += 1;
  return count;
}
