/**
 * The HTTP response a WARC response record holds, as the server sent it: status, headers and
 * the payload with its transfer and content encodings undone (chunked; gzip, deflate, br).
 */
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from "node:zlib";

export interface HttpResponse {
  status: number;
  /** Header names in lower case; repeated headers joined with ", " as HTTP allows. */
  headers: Map<string, string>;
  body: Uint8Array;
}

const HEAD_END = Buffer.from("\r\n\r\n");

export function parseHttpResponse(block: Uint8Array, maxBytes: number): HttpResponse | { error: string } {
  const bytes = Buffer.from(block.buffer, block.byteOffset, block.byteLength);
  // Some archivers write bare line feeds: the first blank line ends the headers either way.
  const crlf = bytes.indexOf(HEAD_END);
  const lf = bytes.indexOf("\n\n");
  const [end, separator] = crlf !== -1 && (lf === -1 || crlf < lf) ? [crlf, HEAD_END.length] : [lf, 2];
  if (end === -1) return { error: "the HTTP response has no end of headers" };
  const [statusLine = "", ...lines] = bytes.subarray(0, end).toString("latin1").split(/\r?\n/u);
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})\b/u.exec(statusLine)?.[1];
  if (!status) return { error: `not an HTTP status line: ${JSON.stringify(statusLine.slice(0, 40))}` };
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  const body = decodeBody(bytes.subarray(end + separator), headers, maxBytes);
  return "error" in body ? body : { status: Number(status), headers, body: body.bytes };
}

function decodeBody(raw: Buffer, headers: Map<string, string>, maxBytes: number): { bytes: Buffer } | { error: string } {
  let bytes = raw;
  if (/\bchunked\b/iu.test(headers.get("transfer-encoding") ?? "")) {
    // Some crawlers store the payload already de-chunked but keep the header: then it is read as is.
    const dechunked = dechunk(bytes);
    if (dechunked === "broken") return { error: "broken chunked transfer encoding" };
    if (dechunked) bytes = dechunked;
  }
  for (const coding of (headers.get("content-encoding") ?? "").toLowerCase().split(",").map((value) => value.trim()).filter(Boolean).reverse()) {
    const decoded = undoContentCoding(bytes, coding, maxBytes);
    if ("error" in decoded) return decoded;
    bytes = decoded.bytes;
  }
  return { bytes };
}

function undoContentCoding(bytes: Buffer, coding: string, maxBytes: number): { bytes: Buffer } | { error: string } {
  if (coding === "identity") return { bytes };
  const options = { maxOutputLength: maxBytes };
  try {
    switch (coding) {
      case "gzip":
      case "x-gzip":
        // Stored already decoded by some crawlers: only gzip data is gunzipped.
        return { bytes: bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes, options) : bytes };
      case "deflate":
        // "deflate" is zlib-wrapped by the standard, raw in some servers' hands.
        try {
          return { bytes: inflateSync(bytes, options) };
        } catch {
          return { bytes: inflateRawSync(bytes, options) };
        }
      case "br":
        return { bytes: brotliDecompressSync(bytes, options) };
      default:
        return { error: `unknown Content-Encoding "${coding}"` };
    }
  } catch (error) {
    return { error: `its ${coding} payload cannot be decompressed (${(error as Error).message})` };
  }
}

/** The payload of a chunked body; null when the body does not start as chunked data, "broken" when its chunks are cut. */
function dechunk(bytes: Buffer): Buffer | null | "broken" {
  const parts: Buffer[] = [];
  let at = 0;
  for (let first = true; ; first = false) {
    const lineEnd = bytes.indexOf("\r\n", at);
    const sizeText = lineEnd === -1 ? "" : bytes.subarray(at, lineEnd).toString("latin1").split(";")[0]!.trim();
    if (!/^[0-9a-f]{1,8}$/iu.test(sizeText)) return first ? null : "broken";
    const size = Number.parseInt(sizeText, 16);
    if (size === 0) return Buffer.concat(parts);
    const start = lineEnd + 2;
    if (start + size > bytes.length) return "broken";
    parts.push(bytes.subarray(start, start + size));
    at = start + size + 2;
  }
}
