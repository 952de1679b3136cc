/**
 * The whole job as a user runs it: the built CLI (`node bin/recoupe.js`, so `npm run build`
 * first) in child processes, on generated inputs written to a temporary folder
 * (bench/generate-corpus.ts): `analyze` of a mixed folder (HTML pages, text dumps and JSON Lines
 * files of 500 records) with --jobs 1 and --jobs 2, and of one JSON Lines file holding every
 * record, each into a new SQLite database; articles stored per second of wall time and the
 * process's peak RSS (worker threads included). Then `--help` and a one-file `analyze`, wall
 * time, median of five.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { htmlPage, jsonlRecord, textDump } from "./generate-corpus.js";

const cli = resolve(import.meta.dirname, "..", "bin", "recoupe.js");
const RECORDS_PER_JSONL_FILE = 500;
/** Prints the process's peak RSS (kB, all threads) as its last line on stderr. */
const PEAK_RSS_HOOK = `data:text/javascript,${encodeURIComponent('process.on("exit", () => process.stderr.write(`\\npeak-rss-kb ${process.resourceUsage().maxRSS}\\n`));')}`;

export interface AnalyzeRun {
  inputs: string;
  jobs: number;
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  peakRssMb: number;
}

export interface EndToEnd {
  runs: AnalyzeRun[];
  speedUpWithTwoJobs: number;
  helpSeconds: number;
  oneFileAnalyzeSeconds: number;
}

export function writeInputs(dir: string, size: number): { mixed: string; jsonl: string } {
  const mixed = join(dir, "mixed");
  mkdirSync(mixed);
  const files = Math.round(size * 0.4);
  for (let index = 0; index < files; index += 1) {
    writeFileSync(join(mixed, `page-${index}.html`), htmlPage(index).raw);
    writeFileSync(join(mixed, `dump-${index}.txt`), textDump(index).raw);
  }
  const records = Array.from({ length: size - 2 * files }, (_, index) => jsonlRecord(1_000_000 + index));
  for (let first = 0; first < records.length; first += RECORDS_PER_JSONL_FILE) {
    writeFileSync(join(mixed, `records-${first}.jsonl`), `${records.slice(first, first + RECORDS_PER_JSONL_FILE).join("\n")}\n`);
  }
  const jsonl = join(dir, "all.jsonl");
  writeFileSync(jsonl, Array.from({ length: size }, (_, index) => `${jsonlRecord(2_000_000 + index)}\n`).join(""));
  return { mixed, jsonl };
}

export function analyzeRun(dir: string, inputs: string, label: string, jobs: number): AnalyzeRun {
  const db = join(dir, `${label}-${jobs}.db`);
  const started = performance.now();
  const child = spawnSync(process.execPath, ["--import", PEAK_RSS_HOOK, cli, "analyze", inputs, "--db", db, "--jobs", String(jobs), "--json"], { encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`analyze ${label} --jobs ${jobs} exited ${child.status}: ${child.stderr.slice(-2000)}`);
  const summary = JSON.parse(child.stdout) as { stored: number };
  const peakKb = Number(/peak-rss-kb (\d+)/u.exec(child.stderr)?.[1] ?? Number.NaN);
  rmSync(db, { force: true });
  return { inputs: label, jobs, articles: summary.stored, seconds: round(seconds), articlesPerSecond: round(summary.stored / seconds), peakRssMb: Math.round(peakKb / 1024) };
}

function medianWallSeconds(args: string[]): number {
  const times = Array.from({ length: 5 }, () => {
    const started = performance.now();
    spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
    return (performance.now() - started) / 1000;
  }).sort((a, b) => a - b);
  return round(times[2]!);
}

function round(value: number): number {
  return Number(value.toFixed(2));
}

export function benchmarkEndToEnd(size: number): EndToEnd | { skipped: string } {
  if (!existsSync(resolve(import.meta.dirname, "..", "dist", "cli", "run.js"))) return { skipped: "the CLI is not built: run `npm run build` first" };
  const dir = mkdtempSync(join(tmpdir(), "recoupe-e2e-"));
  try {
    const { mixed, jsonl } = writeInputs(dir, size);
    const runs = [analyzeRun(dir, mixed, "mixed", 1), analyzeRun(dir, mixed, "mixed", 2), analyzeRun(dir, jsonl, "one-jsonl", 2)];
    const oneFile = resolve(import.meta.dirname, "..", "examples", "html", "kostrana-herald-water-deal.html");
    return {
      runs,
      speedUpWithTwoJobs: round(runs[1]!.articlesPerSecond / runs[0]!.articlesPerSecond),
      helpSeconds: medianWallSeconds(["--help"]),
      oneFileAnalyzeSeconds: medianWallSeconds(["analyze", oneFile, "--db", join(dir, "one.db")]),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
