/**
 * The whole job as a user runs it: the built CLI (`node bin/recoupe.js`, so `npm run build`
 * first) in child processes, on generated inputs written to a temporary folder
 * (bench/generate-corpus.ts): `analyze` of a mixed folder (HTML pages, text dumps and JSON Lines
 * files of 500 records) with the default `--jobs` (every core) and with `--jobs 1` (one document at a
 * time: one core), in turn, PAIRS times, and with the default pinned to one core by `taskset -c 0` (the default then
 * finds one core) as a check that `--jobs 1` uses no more; then one JSON Lines file holding every
 * record, with the default. Each run goes into a new SQLite database; articles stored per second
 * of wall time, CPU seconds per article (all threads: what load on a shared machine skews least)
 * and the process's peak RSS (worker threads included). Where /proc is, the CPU is split by thread:
 * the main thread (reading, storing), the worker threads (extraction, annotation) and V8's and
 * libuv's background threads (garbage collection, optimizing compilation), which `--jobs 1` runs
 * on the core its one worker leaves idle while the default pays for them. Then `--help` and a
 * one-file `analyze`, wall time, median of five.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { htmlPage, jsonlRecord, textDump } from "./generate-corpus.js";

const cli = resolve(import.meta.dirname, "..", "bin", "recoupe.js");
const RECORDS_PER_JSONL_FILE = 500;
/**
 * Runs of the default and of `--jobs 1`, in turn: this machine's speed drifts by ±15 % between two
 * runs of the same command, so the speed-up is the median of the pairs' ratios, each pair run
 * back to back, and each command's figures are those of its median run.
 */
const PAIRS = 3;
/**
 * Prints the process's peak RSS (kB, all threads) and CPU time (µs, all threads) as its last line
 * on stderr, then, where /proc is, the clock ticks of the main thread and of the threads still
 * running at exit: the worker threads have ended by then, so these are V8's and libuv's.
 */
const USAGE_HOOK = `data:text/javascript,${encodeURIComponent(`import { readdirSync, readFileSync } from "node:fs";
const ticks = (task) => { const stat = readFileSync("/proc/self/task/" + task + "/stat", "utf8"); const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); return Number(fields[11]) + Number(fields[12]); };
process.on("exit", () => {
  const usage = process.resourceUsage();
  let threads = "";
  try {
    const others = readdirSync("/proc/self/task").filter((task) => task !== String(process.pid));
    threads = " main-ticks " + ticks(process.pid) + " background-ticks " + others.reduce((sum, task) => sum + ticks(task), 0);
  } catch {}
  process.stderr.write("\\npeak-rss-kb " + usage.maxRSS + " cpu-us " + (usage.userCPUTime + usage.systemCPUTime) + threads + "\\n");
});`)}`;
/** Clock ticks per second of /proc's counters. */
const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout) || 100;

export interface AnalyzeRun {
  inputs: string;
  /** `--jobs` given, or "default" (every core the process may use). */
  jobs: number | "default";
  /** Run under `taskset -c 0`. */
  pinnedToOneCore: boolean;
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  cpuMsPerArticle: number;
  /** The same CPU split by thread (where /proc is): main, worker threads, V8's and libuv's background threads. */
  cpuMsPerArticleByThread: { main: number; workers: number; background: number } | null;
  peakRssMb: number;
}

export interface EndToEnd {
  cores: number;
  runs: AnalyzeRun[];
  /** The default's articles per second over `--jobs 1`'s (the median of PAIRS pairs run in turn, each pair's ratio listed), and over the default pinned to one core. */
  speedUpOverOneJob: number;
  speedUpOverOneJobByPair: number[];
  speedUpOverOneCore: number;
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

/** `recoupe analyze <inputs>` into a new database; `jobs` omitted runs the default. */
export function analyzeRun(dir: string, inputs: string, label: string, jobs?: number, { pinToOneCore = false } = {}): AnalyzeRun {
  const name = `${label}-${jobs ?? "default"}${pinToOneCore ? "-pinned" : ""}`;
  const db = join(dir, `${name}.db`);
  const command = [process.execPath, "--import", USAGE_HOOK, cli, "analyze", inputs, "--db", db, ...(jobs === undefined ? [] : ["--jobs", String(jobs)]), "--json"];
  const [program, ...args] = pinToOneCore ? ["taskset", "-c", "0", ...command] : command;
  const started = performance.now();
  const child = spawnSync(program!, args, { encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`analyze ${name} exited ${child.status}: ${child.stderr.slice(-2000)}`);
  const summary = JSON.parse(child.stdout) as { stored: number };
  const usage = /peak-rss-kb (\d+) cpu-us (\d+)(?: main-ticks (\d+) background-ticks (\d+))?/u.exec(child.stderr);
  rmSync(db, { force: true });
  return {
    inputs: label,
    jobs: jobs ?? "default",
    pinnedToOneCore: pinToOneCore,
    articles: summary.stored,
    seconds: round(seconds),
    articlesPerSecond: round(summary.stored / seconds),
    cpuMsPerArticle: round(Number(usage?.[2] ?? Number.NaN) / 1000 / summary.stored),
    cpuMsPerArticleByThread: usage?.[3] === undefined ? null : byThread(Number(usage[2]) / 1000, (Number(usage[3]) * 1000) / CLOCK_TICKS, (Number(usage[4]) * 1000) / CLOCK_TICKS, summary.stored),
    peakRssMb: Math.round(Number(usage?.[1] ?? Number.NaN) / 1024),
  };
}

function medianWallSeconds(args: string[]): number {
  const times = Array.from({ length: 5 }, () => {
    const started = performance.now();
    spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
    return (performance.now() - started) / 1000;
  });
  return round(medianBy(times, (seconds) => seconds));
}

/** The item whose key is the median (of an odd count). */
function medianBy<T>(items: readonly T[], key: (item: T) => number): T {
  return [...items].sort((a, b) => key(a) - key(b))[Math.floor(items.length / 2)]!;
}

/** The run's CPU milliseconds split by thread, per article: the workers' is what neither the main thread nor the threads left at exit used. */
function byThread(totalMs: number, mainMs: number, backgroundMs: number, articles: number): { main: number; workers: number; background: number } {
  return { main: round(mainMs / articles), workers: round((totalMs - mainMs - backgroundMs) / articles), background: round(backgroundMs / articles) };
}

function round(value: number): number {
  return Number(value.toFixed(2));
}

export function benchmarkEndToEnd(size: number): EndToEnd | { skipped: string } {
  if (!existsSync(resolve(import.meta.dirname, "..", "dist", "cli", "run.js"))) return { skipped: "the CLI is not built: run `npm run build` first" };
  const dir = mkdtempSync(join(tmpdir(), "recoupe-e2e-"));
  try {
    const { mixed, jsonl } = writeInputs(dir, size);
    const pairs = Array.from({ length: PAIRS }, () => [analyzeRun(dir, mixed, "mixed"), analyzeRun(dir, mixed, "mixed", 1)] as const);
    const byDefault = medianBy(pairs.map(([run]) => run), (run) => run.seconds);
    const oneJob = medianBy(pairs.map(([, run]) => run), (run) => run.seconds);
    const ratios = pairs.map(([run, one]) => round(run.articlesPerSecond / one.articlesPerSecond));
    const oneCore = analyzeRun(dir, mixed, "mixed", undefined, { pinToOneCore: true });
    const oneJsonl = analyzeRun(dir, jsonl, "one-jsonl");
    const oneFile = resolve(import.meta.dirname, "..", "examples", "html", "kostrana-herald-water-deal.html");
    return {
      cores: availableParallelism(),
      runs: [byDefault, oneJob, oneCore, oneJsonl],
      speedUpOverOneJob: medianBy(ratios, (ratio) => ratio),
      speedUpOverOneJobByPair: ratios,
      speedUpOverOneCore: round(byDefault.articlesPerSecond / oneCore.articlesPerSecond),
      helpSeconds: medianWallSeconds(["--help"]),
      oneFileAnalyzeSeconds: medianWallSeconds(["analyze", oneFile, "--db", join(dir, "one.db")]),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
