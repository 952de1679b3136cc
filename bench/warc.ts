/**
 * A CC-NEWS-style WARC.gz analyzed end to end: one warcinfo record, then `size` records compressed
 * one gzip member each as Common Crawl writes them, mostly HTTP 200 news pages
 * (bench/generate-corpus.ts), with redirects, 404s and images mixed in as a news crawl meets
 * them. Measured: reading alone (records per second through the WARC reader, in this process),
 * then `recoupe analyze` (the built CLI) with --jobs 1 and 2: records and articles per second of
 * wall time and peak RSS, which stays flat however long the file (it streams).
 */
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { readWarc, type WarcTally } from "../src/ingest/readers/warc-reader.js";
import { analyzeRun, type AnalyzeRun } from "./e2e.js";
import { htmlPage } from "./generate-corpus.js";

export interface WarcBenchmark {
  records: number;
  fileMb: number;
  read: { seconds: number; recordsPerSecond: number; tally: WarcTally };
  analyze: Array<AnalyzeRun & { recordsPerSecond: number }>;
}

/** One record, headers as Common Crawl writes them (its WARC-Record-ID is random; a counter does here). */
function record(index: number, type: string, url: string, date: string, block: Buffer): Buffer {
  const head = [`WARC/1.0`, `WARC-Type: ${type}`, `WARC-Date: ${date}`, `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(index).padStart(12, "0")}>`, ...(url ? [`WARC-Target-URI: ${url}`] : []), `Content-Type: ${type === "warcinfo" ? "application/warc-fields" : "application/http; msgtype=response"}`, `Content-Length: ${block.length}`];
  return gzipSync(Buffer.concat([Buffer.from(`${head.join("\r\n")}\r\n\r\n`), block, Buffer.from("\r\n\r\n")]));
}

function response(status: string, headers: string[], body: Buffer | string): Buffer {
  return Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\n${headers.join("\r\n")}\r\n\r\n`), Buffer.isBuffer(body) ? body : Buffer.from(body)]);
}

/** Most records are pages; every 50th a redirect, every 100th a 404, every 150th an image (the others of those numbers stay pages). */
function newsRecord(index: number): Buffer {
  const url = `https://www.journal${index % 40}.example/actualites/2025/03/${index}.html`;
  const date = new Date(Date.UTC(2025, 2, 1) + index * 60_000).toISOString().replace(/\.000Z$/u, "Z");
  if (index % 50 === 49) return record(index, "response", url, date, response("301 Moved Permanently", [`Location: ${url.replace("www.", "")}`, "Content-Length: 0"], ""));
  if (index % 100 === 98) return record(index, "response", url, date, response("404 Not Found", ["Content-Type: text/html; charset=utf-8"], "<html><body><h1>Page introuvable</h1></body></html>"));
  if (index % 150 === 97) return record(index, "response", url.replace(/\.html$/u, ".jpg"), date, response("200 OK", ["Content-Type: image/jpeg"], Buffer.alloc(20_000, 0xd8)));
  return record(index, "response", url, date, response("200 OK", ["Content-Type: text/html; charset=utf-8", "Server: nginx"], htmlPage(index).raw));
}

export async function writeNewsWarc(path: string, size: number): Promise<void> {
  const out = createWriteStream(path);
  out.write(record(0, "warcinfo", "", "2025-03-01T00:00:00Z", Buffer.from("software: recoupe-bench\r\nformat: WARC File Format 1.0\r\n")));
  for (let index = 1; index < size; index += 1) if (!out.write(newsRecord(index))) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

export async function benchmarkWarc(size: number): Promise<WarcBenchmark | { skipped: string }> {
  if (!existsSync(resolve(import.meta.dirname, "..", "dist", "cli", "run.js"))) return { skipped: "the CLI is not built: run `npm run build` first" };
  const dir = mkdtempSync(join(tmpdir(), "recoupe-warc-bench-"));
  try {
    const path = join(dir, "CC-NEWS-bench.warc.gz");
    await writeNewsWarc(path, size);
    const started = performance.now();
    let tally: WarcTally | undefined;
    for await (const result of readWarc(createReadStream(path), path, 50 * 1024 * 1024, { onArchiveRead: (read) => (tally = read) })) void result;
    const seconds = (performance.now() - started) / 1000;
    const runs: WarcBenchmark["analyze"] = [];
    for (const jobs of [1, 2]) {
      const run = analyzeRun(dir, path, "cc-news", jobs);
      runs.push({ ...run, recordsPerSecond: Math.round(size / run.seconds) });
    }
    return { records: size, fileMb: Math.round(statSync(path).size / 1024 / 1024), read: { seconds: Number(seconds.toFixed(2)), recordsPerSecond: Math.round(size / seconds), tally: tally! }, analyze: runs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
