/**
 * `npm run eval`: scores the development data in ../shared, prints a table, writes
 * eval/results/eval-<timestamp>.json; with --check, fails when a pinned score drops.
 * Without ../shared (a user's machine) it says so in one line and exits 0.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { evaluations, type EvaluationReport } from "./evaluations.js";
import { findRegressions, readPinned, type Metrics } from "./pinned.js";
import { SHARED_ABSENT_NOTICE, findSharedDir } from "./shared-dir.js";

const here = dirname(fileURLToPath(import.meta.url));

async function main(argv: string[]): Promise<number> {
  const check = argv.includes("--check");
  const only = argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
  const shared = findSharedDir();
  if (!shared) {
    process.stdout.write(`${SHARED_ABSENT_NOTICE}\n`);
    return 0;
  }
  const reports: EvaluationReport[] = [];
  for (const evaluation of evaluations) {
    if (only && evaluation.name !== only) continue;
    const started = performance.now();
    const report = await evaluation.run(shared);
    reports.push(report);
    process.stdout.write(`\n## ${evaluation.name} (${((performance.now() - started) / 1000).toFixed(1)} s)\n${report.table}\n`);
  }
  const metrics: Metrics = Object.assign({}, ...reports.map((report) => report.metrics));
  const resultsDir = join(here, "results");
  mkdirSync(resultsDir, { recursive: true });
  const resultFile = join(resultsDir, `eval-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(resultFile, `${JSON.stringify({ metrics, details: reports.map((r) => ({ name: r.name, details: r.details })) }, null, 2)}\n`);
  process.stdout.write(`\n${Object.entries(metrics).map(([name, value]) => `${name.padEnd(44)} ${format(value)}`).join("\n")}\n`);
  process.stdout.write(`\nresults written to ${resolve(resultFile)}\n`);
  if (!check) return 0;
  const pinned = readPinned(join(here, "pinned.json"));
  const relevant = only ? Object.fromEntries(Object.entries(pinned).filter(([name]) => name.startsWith(`${only}.`))) : pinned;
  const regressions = findRegressions(relevant, metrics);
  for (const regression of regressions) {
    process.stdout.write(`REGRESSION ${regression.metric}: pinned ${regression.pinned}, reached ${regression.reached ?? "nothing"}\n`);
  }
  process.stdout.write(regressions.length === 0 ? "eval gate: every pinned score held\n" : "eval gate: FAILED\n");
  return regressions.length === 0 ? 0 : 1;
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(4);
}

process.exitCode = await main(process.argv.slice(2));
