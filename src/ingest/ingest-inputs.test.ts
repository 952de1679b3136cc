import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IngestResult } from "./raw-document.js";
import { ingestInputs, readInputs } from "./ingest-inputs.js";

let dir: string;
const article = "Le conseil municipal a voté mardi soir le budget de la ville, après trois heures de débat.";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "recoupe-ingest-"));
  mkdirSync(join(dir, "nested", "deeper"), { recursive: true });
  writeFileSync(join(dir, "a.txt"), article);
  writeFileSync(join(dir, "nested", "b.html"), `<html><body><p>${article}</p></body></html>`);
  writeFileSync(join(dir, "nested", "deeper", "c.txt"), `${article} Suite.`);
  writeFileSync(join(dir, ".hidden.txt"), "secret");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(inputs: string[], options = {}): Promise<IngestResult[]> {
  const results: IngestResult[] = [];
  for await (const result of ingestInputs(inputs, options)) results.push(result);
  return results;
}

const sources = (results: IngestResult[]) => results.map((result) => (result.ok ? result.document.source : `✗ ${result.source}`));

describe("ingestInputs", () => {
  it("walks folders recursively, in a stable order, listing hidden files as skipped", async () => {
    const results = await collect([dir]);
    expect(sources(results)).toEqual([`✗ ${join(dir, ".hidden.txt")}`, join(dir, "a.txt"), join(dir, "nested", "b.html"), join(dir, "nested", "deeper", "c.txt")]);
    expect(results[0]).toMatchObject({ ok: false, skipped: true, error: { ruleId: "input-skipped" } });
    expect(sources(await collect([dir], { includeHidden: true }))[0]).toBe(join(dir, ".hidden.txt"));
  });

  it("expands glob patterns and never reads a file twice", async () => {
    expect(sources(await collect([join(dir, "**", "*.txt"), join(dir, "a.txt")]))).toEqual([join(dir, "a.txt"), join(dir, "nested", "deeper", "c.txt")]);
  });

  it("reads stdin for -", async () => {
    const results = await collect(["-"], { stdin: Readable.from([Buffer.from(article)]) });
    expect(results).toEqual([expect.objectContaining({ ok: true, document: expect.objectContaining({ source: "stdin", raw: article }) })]);
  });

  it("refuses a 200 MB file without reading it", async () => {
    const huge = join(dir, "huge.txt");
    writeFileSync(huge, "");
    truncateSync(huge, 200 * 1024 * 1024); // sparse: takes no disk and no time
    const before = process.memoryUsage().rss;
    const [result] = await collect([huge]);
    expect(result).toMatchObject({ ok: false, error: { ruleId: "input-too-large", reason: `${huge} is 200 MB, above the 50 MB limit; split it or raise --max-bytes.` } });
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
    rmSync(huge);
  });

  it("refuses oversized stdin too", async () => {
    const [result] = await collect(["-"], { stdin: Readable.from([Buffer.alloc(2048, 0x61)]), maxBytes: 1024 });
    expect(result).toMatchObject({ ok: false, error: { ruleId: "input-too-large" } });
  });

  it("keeps going past every kind of bad input, and names each one", async () => {
    const bad = mkdtempSync(join(dir, "bad-"));
    writeFileSync(join(bad, "1-empty.txt"), "");
    writeFileSync(join(bad, "2-good.txt"), article);
    writeFileSync(join(bad, "3-image.png"), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
    writeFileSync(join(bad, "4-archive.zip"), Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]));
    writeFileSync(join(bad, "5-feed.xml"), '<?xml version="1.0"?><rss><channel><item><title>Coupé');
    writeFileSync(join(bad, "6-good.html"), `<p>${article}</p><p>Deuxième paragraphe.</p><p>Fin.</p>`);
    const results = await collect([bad, join(dir, "missing.txt")]);
    rmSync(bad, { recursive: true });
    expect(results.map((result) => (result.ok ? "ok" : result.error.ruleId))).toEqual([
      "input-empty",
      "ok",
      "input-binary",
      "input-binary",
      "feed-malformed",
      "ok",
      "input-not-found",
    ]);
    for (const result of results) if (!result.ok) expect(result.error.reason).toContain(result.source.split("/").pop()!);
  });
});

describe("readInputs (what a queue carries, whole)", () => {
  const warc = resolve(dirname(fileURLToPath(import.meta.url)), "../../test/fixtures/warc/crawl.warc.gz");

  async function read(inputs: string[], options = {}) {
    const results = [];
    for await (const result of readInputs(inputs, options)) results.push(result);
    return results;
  }

  it("carries a WARC within the limit whole, for a worker to read record by record", async () => {
    const [result] = await read([warc]);
    expect(result).toMatchObject({ ok: true, source: warc });
    expect(result!.ok && result!.bytes.length).toBe(readFileSync(warc).length);
  });

  it("refuses a WARC above the limit in one line that says why and what to do, by its name or by its bytes", async () => {
    const renamed = join(dir, "archive.bin");
    copyFileSync(warc, renamed);
    for (const path of [warc, renamed]) {
      const [result] = await read([path], { maxBytes: 4096 });
      expect(result!.ok).toBe(false);
      const reason = result!.ok ? "" : result!.error.reason;
      expect(reason).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&")} is 0\\.02 MB, above the 0\\.00 MB limit; a queued input is stored whole in its job, so a WARC this large cannot be queued: analyze it with \`recoupe analyze\`, which streams it record by record, or split it\\.$`, "u"));
      expect(reason).not.toContain("\n");
    }
    const [fromStdin] = await read(["-"], { maxBytes: 4096, stdin: Readable.from([readFileSync(warc)]) });
    expect(fromStdin!.ok ? "" : fromStdin!.error.reason).toMatch(/^stdin is at least 0\.02 MB, above the 0\.00 MB limit; a queued input is stored whole in its job, so a WARC this large cannot be queued/u);
    const [text] = await read([join(dir, "a.txt")], { maxBytes: 10 });
    expect(text!.ok ? "" : text!.error.reason).toContain("split it or raise --max-bytes");
  });
});
