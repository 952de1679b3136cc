/**
 * A runaway document is stopped at its deadline and reported alone: `analyze --doc-timeout 1`
 * on a good article, 3 MB of prose (seconds of annotation) and another good article stores both
 * good ones and reports the big one in one line, its worker replaced.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT_SOME_FAILED } from "../src/cli/exit-codes.js";
import { goodText } from "./hostile/hostile-inputs.js";
import { runCli } from "./run-cli.js";

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "recoupe-doc-timeout-"));
  writeFileSync(join(dir, "a-good.txt"), goodText(1));
  const paragraphs: string[] = [];
  for (let index = 0, length = 0; length < 3_000_000; index += 1) length += paragraphs[paragraphs.push(goodText(index).split("\n\n")[1]!) - 1]!.length;
  writeFileSync(join(dir, "b-big.txt"), `Le long dossier\n\n${paragraphs.join("\n\n")}`);
  writeFileSync(join(dir, "c-good.txt"), goodText(2));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("analyze --doc-timeout", () => {
  it("skips the document past its deadline with a one-line error and analyzes the rest", async () => {
    const files = ["a-good.txt", "b-big.txt", "c-good.txt"].map((name) => join(dir, name));
    const started = performance.now();
    const run = await runCli(["analyze", ...files, "--jobs", "2", "--doc-timeout", "1", "--db", join(dir, "test.db"), "--no-progress"]);
    const seconds = (performance.now() - started) / 1000;
    expect(run.code, run.stderr).toBe(EXIT_SOME_FAILED);
    expect(run.stdout).toContain(`✗ error: ${files[1]}: analysis exceeded 1 s, skipped; raise --doc-timeout to allow more. [analysis-timeout]`);
    expect(run.stdout).toMatch(/\n2 new article\(s\), 0 already stored, 1 failed, 0 skipped/u);
    // Two worker start-ups and the deadline, not the big document's whole analysis.
    expect(seconds).toBeLessThan(60);
  }, 120_000);

  it("refuses a deadline that is not a positive whole number of seconds", async () => {
    const run = await runCli(["analyze", join(dir, "a-good.txt"), "--doc-timeout", "0", "--db", join(dir, "refused.db")]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("--doc-timeout");
    expect(run.stderr).toContain("expected a positive whole number");
  }, 60_000);
});
