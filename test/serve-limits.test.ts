/**
 * `recoupe serve --max-upload-bytes / --max-request-bytes / --doc-timeout`: the upload limits a
 * user sets are the ones the server applies, and bad values are one-line usage errors.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT_USAGE_OR_NOTHING } from "../src/cli/exit-codes.js";
import { goodText } from "./hostile/hostile-inputs.js";
import { runCli, spawnCli } from "./run-cli.js";

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "recoupe-serve-limits-"));
  db = join(dir, "test.db");
  // serve opens an existing database only.
  const { code } = await runCli(["analyze", "-", "--db", db, "--no-progress"], { stdin: goodText(7) });
  expect(code).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("recoupe serve upload limits", () => {
  it("refuses a file past --max-upload-bytes and stores the one within it", async () => {
    const server = spawnCli(["serve", "--port", "0", "--json", "--db", db, "--max-upload-bytes", "2000", "--max-request-bytes", "100000", "--doc-timeout", "30"]);
    try {
      const [line] = await createInterface({ input: server.stdout })[Symbol.asyncIterator]().next().then((next) => [next.value as string]);
      const { url } = JSON.parse(line!) as { url: string };
      const small = goodText(8);
      const big = `${goodText(9)}\n\n${"Les élus ont adopté le budget après un long débat. ".repeat(100)}`;
      expect(Buffer.byteLength(small)).toBeLessThan(2000);
      const form = new FormData();
      form.append("file", new File([small], "small.txt"));
      form.append("file", new File([big], "big.txt"));
      const response = await fetch(`${url}/api/ingest`, { method: "POST", body: form });
      const { results } = (await response.json()) as { results: Array<{ file: string; ok: boolean; error?: string }> };
      expect(response.status).toBe(200);
      expect(results.map((result) => [result.file, result.ok])).toEqual([
        ["small.txt", true],
        ["big.txt", false],
      ]);
      expect(results[1]!.error).toMatch(/^big\.txt: more than 2000 bytes, over the 2000-byte limit for one upload/u);
    } finally {
      server.kill("SIGTERM");
    }
  }, 90_000);

  it("refuses a limit that is not a positive whole number, and a request limit below the file limit", async () => {
    const zero = await runCli(["serve", "--port", "0", "--db", db, "--max-upload-bytes", "0"]);
    expect(zero.code).toBe(EXIT_USAGE_OR_NOTHING);
    expect(zero.stderr).toMatch(/--max-upload-bytes <n>' argument '0' is invalid\. expected a positive whole number/u);
    const below = await runCli(["serve", "--port", "0", "--db", db, "--max-upload-bytes", "5000", "--max-request-bytes", "1000"]);
    expect(below.code).toBe(EXIT_USAGE_OR_NOTHING);
    expect(below.stderr.trim()).toBe("recoupe: --max-request-bytes 1000 is below --max-upload-bytes 5000, so a file at that limit could never arrive: raise it, or lower --max-upload-bytes.");
  }, 60_000);

  it("lists the limits in its help", async () => {
    const help = await runCli(["serve", "--help"]);
    for (const flag of ["--max-upload-bytes <n>", "--max-request-bytes <n>", "--doc-timeout <seconds>"]) expect(help.stdout).toContain(flag);
  }, 30_000);
});
