import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repositoryRoot } from "../../../test/run-cli.js";
import { ingestInputs } from "../ingest-inputs.js";
import type { IngestResult } from "../raw-document.js";
import { readBytes } from "../read-bytes.js";
import { readWholeInput } from "../read-whole-input.js";
import type { WarcTally } from "../readers/warc-reader.js";
import { isWarcHead } from "./detect-warc.js";

const fixture = (name: string) => resolve(repositoryRoot, "test/fixtures/warc", name);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "recoupe-warc-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(inputs: string[], options = {}): Promise<{ results: IngestResult[]; tallies: WarcTally[] }> {
  const tallies: WarcTally[] = [];
  const results: IngestResult[] = [];
  for await (const result of ingestInputs(inputs, { ...options, warc: { onArchiveRead: (tally: WarcTally) => tallies.push(tally) } })) results.push(result);
  return { results, tallies };
}

describe("isWarcHead", () => {
  it("knows a WARC by its first bytes, compressed or not", () => {
    expect(isWarcHead(readFileSync(fixture("crawl.warc.gz")).subarray(0, 4096))).toBe(true);
    expect(isWarcHead(readFileSync(fixture("crawl.warc")).subarray(0, 64))).toBe(true);
  });

  it.each([
    ["a gzipped page", gzipSync("<!DOCTYPE html><html><body><p>Bonjour</p></body></html>")],
    ["a page", Buffer.from("<!DOCTYPE html><html></html>")],
    ["text naming WARC", Buffer.from("WARC files are web archives.")],
    ["a gzip header alone", Buffer.from([0x1f, 0x8b, 0x08, 0x00])],
    ["nothing", Buffer.alloc(0)],
  ])("does not take %s for one", (_, bytes) => expect(isWarcHead(bytes)).toBe(false));
});

describe("WARC files among the inputs", () => {
  it("reads a WARC by its content whatever its name, record by record", async () => {
    copyFileSync(fixture("crawl.warc.gz"), join(dir, "capture-0001.bin"));
    const { results, tallies } = await collect([join(dir, "capture-0001.bin")]);
    expect(results.filter((result) => result.ok)).toHaveLength(8);
    expect(tallies).toEqual([expect.objectContaining({ source: join(dir, "capture-0001.bin"), records: 26, documents: 8, broken: 1 })]);
  });

  it("reads a WARC from stdin", async () => {
    const { results, tallies } = await collect(["-"], { stdin: Readable.from([readFileSync(fixture("crawl.warc"))]) });
    expect(results.filter((result) => result.ok).map((result) => result.ok && result.document.source)[0]).toBe("stdin@953");
    expect(tallies[0]).toMatchObject({ source: "stdin", documents: 8 });
  });

  it("refuses a file named .warc.gz that holds no WARC record, in one line naming it", async () => {
    const misnamed = join(dir, "page.warc.gz");
    writeFileSync(misnamed, gzipSync("<!DOCTYPE html><html><body><p>Bonjour</p></body></html>"));
    const { results } = await collect([misnamed]);
    expect(results).toEqual([{ ok: false, source: misnamed, error: expect.objectContaining({ ruleId: "warc-malformed", reason: `${misnamed}: named as a WARC file but does not start with a WARC/1.x record (plain or gzip-compressed); check the file.` }) }]);
  });

  it("reads a WARC that arrived whole (a queued job, an upload) record by record, where readBytes, for one document, refuses it", async () => {
    const bytes = readFileSync(fixture("crawl.warc.gz"));
    const [result] = readBytes(bytes, "upload.warc.gz");
    expect(result).toMatchObject({ ok: false, error: { ruleId: "input-binary", reason: expect.stringMatching(/^upload\.warc\.gz: a WARC web archive \(give it to `recoupe analyze` as a file or on stdin/u) } });
    const documents: IngestResult[] = [];
    for await (const entry of readWholeInput(bytes, "upload.warc.gz")) documents.push(entry);
    expect(documents.filter((entry) => entry.ok).map((entry) => entry.ok && entry.document.metadata.url)).toHaveLength(8);
    expect(documents.filter((entry) => !entry.ok).map((entry) => entry.source)).toEqual(["upload.warc.gz@7871"]);
  });
});
