import { createReadStream, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../../../test/run-cli.js";
import type { IngestResult } from "../raw-document.js";
import { parseDateBound } from "../warc/warc-filter.js";
import { readWarc, type WarcOptions, type WarcTally } from "./warc-reader.js";

const fixture = (name: string) => resolve(repositoryRoot, "test/fixtures/warc", name);
const MAX_BYTES = 50 * 1024 * 1024;

async function read(chunks: AsyncIterable<Uint8Array>, source: string, options: WarcOptions = {}): Promise<{ results: IngestResult[]; tally: WarcTally }> {
  const results: IngestResult[] = [];
  let tally: WarcTally | undefined;
  for await (const result of readWarc(chunks, source, MAX_BYTES, { ...options, onArchiveRead: (read) => (tally = read) })) results.push(result);
  return { results, tally: tally! };
}

/** The file in small pieces, so records and gzip members straddle chunk boundaries. */
async function* pieces(bytes: Uint8Array, size = 997): AsyncIterable<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

const documents = (results: IngestResult[]) => results.flatMap((result) => (result.ok ? [[result.document.metadata.url, result.document.metadata.fetched, result.document.container]] : []));
const errors = (results: IngestResult[]) => results.flatMap((result) => (result.ok ? [] : [result.error.reason]));

const STORED = [
  ["https://www.journal-du-rhone.fr/economie/2024/03/04/le-port-fluvial-de-valence-agrandi", "2024-03-04T08:02:11Z", "html"],
  ["https://www.journal-du-rhone.fr/societe/2024/03/05/greve-des-agents-de-la-navigation", "2024-03-05T12:00:40Z", "html"],
  ["https://www.harbour-times.co.uk/news/2024/03/05/ferry-operator-orders-two-hybrid-vessels", "2024-03-05T09:15:00Z", "html"],
  ["https://actu.gazette-des-alpes.fr/2024/03/06/chambery-la-bibliotheque-rouvre", "2024-03-06T09:31:05Z", "html"],
  ["https://www.harbour-times.co.uk/news/2024/03/07/council-approves-sea-wall-repairs", "2024-03-07T17:02:00Z", "html"],
  // The feed's items keep their own links; the feed's capture date is theirs.
  ["https://www.harbour-times.co.uk/news/2024/03/06/lifeboat-rescues-kayakers", "2024-03-07T18:00:00Z", "rss"],
  ["https://www.harbour-times.co.uk/news/2024/03/07/linkspan-vote-delayed", "2024-03-07T18:00:00Z", "rss"],
  ["https://news.valley-courier.com/local/2024/03/08/river-level-warning-lifted", "2024-03-08T07:30:00Z", "html"],
];
const SKIPPED = { warcinfo: 1, request: 8, metadata: 2, revisit: 1, redirect: 1, "HTTP 404": 1, "HTTP 503": 1, "image/jpeg": 1, "text/css": 1, "application/json": 1 };

describe("readWarc on the fixture", () => {
  it("reads each HTTP 200 page and feed of a gzip-per-record file, skips and counts the rest, and reads on past a cut member", async () => {
    const { results, tally } = await read(createReadStream(fixture("crawl.warc.gz")), "crawl.warc.gz");
    expect(documents(results)).toEqual(STORED);
    expect(errors(results)).toEqual(["crawl.warc.gz: WARC record at offset 7871 skipped, corrupt gzip data (invalid distance too far back); reading resumed at offset 8505."]);
    expect(tally).toEqual({ source: "crawl.warc.gz", records: 26, documents: 8, skipped: SKIPPED, broken: 1 });
    expect(results.filter((result) => result.ok).map((result) => result.ok && result.document.source)).toContain("crawl.warc.gz@11450#2");
  });

  it("reads the same records uncompressed, resuming at the next record after one without a Content-Length", async () => {
    const { results, tally } = await read(pieces(readFileSync(fixture("crawl.warc"))), "crawl.warc");
    expect(documents(results)).toEqual(STORED);
    expect(errors(results)).toEqual(['crawl.warc: WARC record at offset 12903 skipped, missing or invalid Content-Length ""; reading resumed at offset 14872.']);
    expect(tally).toMatchObject({ records: 26, documents: 8, skipped: SKIPPED, broken: 1 });
  });

  it("undoes chunked and gzip encodings and decodes with the charset the HTTP header declares", async () => {
    const { results } = await read(pieces(readFileSync(fixture("crawl.warc.gz")), 4096), "crawl.warc.gz");
    const raw = (url: string) => results.flatMap((result) => (result.ok && result.document.metadata.url?.includes(url) ? [result.document] : []))[0]!;
    const windows1252 = raw("greve-des-agents");
    expect(windows1252.encoding).toBe("windows-1252");
    expect(windows1252.raw).toContain("<h1>Écluses fermées : les agents de la navigation en grève jusqu’à jeudi</h1>");
    expect(raw("ferry-operator").raw).toContain("<h1>Ferry operator orders two hybrid vessels for the island route</h1>");
    const chunked = raw("bibliotheque-rouvre").raw;
    expect(chunked).toContain("Fermée depuis l’automne 2022");
    expect(chunked).not.toMatch(/\r\n[0-9a-f]{1,4}\r\n/u);
  });

  it("keeps only the hosts asked for, subdomains included", async () => {
    const { results, tally } = await read(createReadStream(fixture("crawl.warc.gz")), "crawl.warc.gz", { filter: { hosts: ["harbour-times.co.uk", "gazette-des-alpes.fr"] } });
    expect(documents(results).map(([url]) => new URL(url!).hostname)).toEqual(["www.harbour-times.co.uk", "actu.gazette-des-alpes.fr", "www.harbour-times.co.uk", "www.harbour-times.co.uk", "www.harbour-times.co.uk"]);
    // Only responses are filtered: the other records are skipped for their type first.
    expect(tally.skipped["--filter-host"]).toBe(7);
  });

  it("keeps only the records captured within --from and --to", async () => {
    const filter = { from: parseDateBound("2024-03-05T10:00:00Z", "from"), to: parseDateBound("2024-03-07", "to") };
    const { results, tally } = await read(createReadStream(fixture("crawl.warc.gz")), "crawl.warc.gz", { filter });
    expect(documents(results).map(([, fetched]) => fetched)).toEqual(["2024-03-05T12:00:40Z", "2024-03-06T09:31:05Z", "2024-03-07T17:02:00Z", "2024-03-07T18:00:00Z", "2024-03-07T18:00:00Z"]);
    expect(tally.skipped["--from/--to"]).toBe(4);
  });

  it("reports a file cut inside its last record once, after every whole record", async () => {
    const bytes = readFileSync(fixture("crawl.warc.gz"));
    // Cut 300 bytes into the gzip member of the last page.
    const { results, tally } = await read(pieces(bytes.subarray(0, 14483 + 300)), "cut.warc.gz");
    expect(documents(results)).toEqual(STORED.slice(0, -1));
    expect(errors(results).at(-1)).toMatch(/^cut\.warc\.gz: WARC record at offset \d+ skipped, truncated: the file ends inside this gzip member; no record after it could be read\.$/u);
    expect(tally.broken).toBe(2);
  });

  it("reports an uncompressed file cut inside a record's block", async () => {
    const bytes = readFileSync(fixture("crawl.warc"));
    const { results } = await read(pieces(bytes.subarray(0, bytes.length - 700)), "cut.warc");
    expect(documents(results)).toEqual(STORED.slice(0, -1));
    expect(errors(results).at(-1)).toMatch(/^cut\.warc: WARC record at offset 24548 skipped, truncated: Content-Length says \d+ bytes, the file holds \d+ more\.$/u);
  });
});

describe("readWarc on broken input", () => {
  const record = (block: string, type = "response") => `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: https://example.org/a\r\nWARC-Date: 2024-01-02T03:04:05Z\r\nContent-Length: ${Buffer.byteLength(block)}\r\n\r\n${block}\r\n\r\n`;

  it("names a response whose chunked payload is cut, and reads the next record", async () => {
    const broken = record("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n400\r\n<html><body>short</body></html>");
    const page = record("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<!DOCTYPE html><html><body><p>Le conseil municipal a voté le budget mardi soir.</p></body></html>");
    const { results, tally } = await read(pieces(Buffer.from(broken + page)), "mixed.warc");
    expect(errors(results)).toEqual(["mixed.warc: WARC record at offset 0 skipped, https://example.org/a: broken chunked transfer encoding."]);
    expect(documents(results)).toEqual([["https://example.org/a", "2024-01-02T03:04:05Z", "html"]]);
    expect(tally).toMatchObject({ records: 2, documents: 1, broken: 1 });
  });

  it("skips DNS lookups stored as responses and empty payloads, and reads headers ended by bare line feeds", async () => {
    const dns = record("20240102030405\nexample.org.\t300\tIN\tA\t93.184.216.34\n").replace("Content-Length", "Content-Type: text/dns\r\nContent-Length");
    const empty = record("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n");
    const bareLineFeeds = record("HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\n\n<!DOCTYPE html><html><body><p>Bare line feeds.</p></body></html>");
    const { results, tally } = await read(pieces(Buffer.from(dns + empty + bareLineFeeds)), "crawl.warc");
    expect(tally).toMatchObject({ records: 3, documents: 1, skipped: { "not HTTP (text/dns)": 1, "empty payload": 1 }, broken: 0 });
    expect(results).toEqual([expect.objectContaining({ ok: true, document: expect.objectContaining({ raw: expect.stringMatching(/^<!DOCTYPE html>.*Bare line feeds/u) }) })]);
  });

  it("reads a payload stored de-chunked under a chunked header as it is", async () => {
    const page = record("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n<!DOCTYPE html><html><body><p>Stored already de-chunked.</p></body></html>");
    const { results } = await read(pieces(Buffer.from(page)), "dechunked.warc");
    expect(results[0]).toMatchObject({ ok: true, document: { raw: expect.stringContaining("Stored already de-chunked.") } });
  });

  it("resyncs on the next record after a Content-Length too short", async () => {
    const first = record("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<!DOCTYPE html><html><body><p>One.</p></body></html>").replace(/Content-Length: \d+/u, "Content-Length: 20");
    const second = record("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<!DOCTYPE html><html><body><p>Two.</p></body></html>");
    const { results } = await read(pieces(Buffer.from(first + second)), "short.warc");
    expect(errors(results)).toEqual([
      "short.warc: WARC record at offset 0 skipped, https://example.org/a: the HTTP response has no end of headers.",
      expect.stringMatching(/^short\.warc: WARC record at offset \d+ skipped, no WARC record starts here \(found "[^"]*"\) \(or the previous record's Content-Length is wrong\); reading resumed at offset \d+\.$/u),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
  });
});
