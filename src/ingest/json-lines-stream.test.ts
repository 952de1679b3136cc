import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repositoryRoot } from "../../test/run-cli.js";
import { ingestInputs } from "./ingest-inputs.js";
import { streamJsonLines } from "./json-lines-stream.js";
import type { IngestResult } from "./raw-document.js";
import { readBytes } from "./read-bytes.js";

let dir: string;
const record = (index: number, text: string) => JSON.stringify({ url: `https://example.org/${index}`, title: `Article ${index}`, text });
const paragraph = "Le conseil municipal a voté mardi soir le budget de la ville, après trois heures de débat. ";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "recoupe-jsonl-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(results: AsyncIterable<IngestResult>): Promise<IngestResult[]> {
  const all: IngestResult[] = [];
  for await (const result of results) all.push(result);
  return all;
}

describe("JSON Lines streaming", () => {
  it("reads a file larger than the per-document limit record by record, a too-large record being its own outcome", async () => {
    const lines = Array.from({ length: 40 }, (_, index) => record(index + 1, paragraph.repeat(index === 17 ? 200 : 3)));
    const path = join(dir, "big.jsonl");
    writeFileSync(path, `${lines.join("\n")}\n\n`);
    const maxBytes = 4096; // the file is about 40 KB, one record about 18 KB
    const results = await collect(ingestInputs([path], { maxBytes }));
    expect(results).toHaveLength(40);
    expect(results.filter((result) => result.ok)).toHaveLength(39);
    const refused = results[17]!;
    expect(refused).toMatchObject({ ok: false, source: `${path}#18`, error: { ruleId: "input-too-large" } });
    expect(!refused.ok && refused.error.reason).toMatch(/big\.jsonl#18: the record is .+, above the .+ limit per record; split it or raise --max-bytes\.$/u);
    expect(results[18]).toMatchObject({ ok: true, document: { source: `${path}#19`, container: "jsonl", metadata: { title: "Article 19" } } });
  });

  it("yields the very documents a whole read yields, for files and stdin", async () => {
    const path = resolve(repositoryRoot, "examples", "jsonl", "records.jsonl");
    const whole = readBytes(readFileSync(path), path);
    expect(await collect(ingestInputs([path]))).toEqual(whole);
    const fromStdin = await collect(ingestInputs(["-"], { stdin: Readable.from([readFileSync(path)]) }));
    expect(fromStdin.map((result) => (result.ok ? result.document.raw : result.error.ruleId))).toEqual(whole.map((result) => (result.ok ? result.document.raw : result.error.ruleId)));
  });

  it("splits lines across chunk boundaries, skips blank lines and reports a malformed one by number", async () => {
    const text = `${record(1, paragraph)}\r\n\n{"oops"\n${record(2, paragraph)}`;
    const bytes = Buffer.from(`\uFEFF${text}`);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, index) => bytes.subarray(index * 7, index * 7 + 7));
    const results = await collect(streamJsonLines(Readable.from(chunks), { source: "feed.jsonl", maxBytes: 1 << 20 }));
    expect(results.map((result) => (result.ok ? `${result.document.source} ok` : `${result.source} ${result.error.ruleId}`))).toEqual(["feed.jsonl#1 ok", "feed.jsonl#2 json-malformed", "feed.jsonl#3 ok"]);
  });
});
