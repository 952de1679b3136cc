/**
 * The hostile suite's figures for docs/BENCHMARKS.md: the batch of hostile-batch.test.ts run
 * through the CLI under /usr/bin/time (inputs, outcomes, wall time, peak resident size), then
 * the same inputs in process, timed per document. As root, the CLI runs as "nobody" so the
 * unreadable entries stay unreadable. `npx tsx test/hostile/hostile-figures.ts` (about 30 s).
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze } from "../../src/analyze.js";
import { openStore } from "../../src/store/open-store.js";
import { repositoryRoot } from "../run-cli.js";
import { writeHostileInputs, writeHostileUrlList, handToNobody, NOBODY, runsAsRoot } from "./hostile-inputs.js";

const work = mkdtempSync(join(tmpdir(), "recoupe-hostile-figures-"));
const dir = join(work, "inputs");
const cases = writeHostileInputs(dir);
cases.push(...writeHostileUrlList(join(work, "urls.txt")));
cases.push({ name: join(dir, "missing.txt"), outcomes: ["failed"], argument: true }, { name: join(dir, "*.nothing-matches"), outcomes: ["failed"], argument: true });
const args = cases.filter((entry) => entry.argument && !entry.name.startsWith(join(work, "urls.txt"))).map((entry) => entry.name);
if (runsAsRoot) handToNobody(work, dir, join(work, "urls.txt"));
const cli = spawnSync("/usr/bin/time", ["-v", process.execPath, "--import", "tsx", join(repositoryRoot, "src/cli/run.ts"), "analyze", dir, ...args, "--urls", join(work, "urls.txt"), "--db", join(work, "cli.db"), "--json", "--no-progress"], { ...(runsAsRoot ? NOBODY : {}), cwd: repositoryRoot, encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, RECOUPE_DATABASE_URL: "" } });
const summary = JSON.parse(cli.stdout) as { outcomes: unknown[]; stored: number; alreadyStored: number; failed: number; skipped: number };
const wall = /Elapsed \(wall clock\) time.*: (.*)/u.exec(cli.stderr)?.[1];
const rss = /Maximum resident set size \(kbytes\): (\d+)/u.exec(cli.stderr)?.[1];
console.log(JSON.stringify({ inputsTried: cases.length, outcomes: summary.outcomes.length, stored: summary.stored, alreadyStored: summary.alreadyStored, failed: summary.failed, skipped: summary.skipped, exit: cli.status, wall, peakRssMB: Number(rss) / 1024 }));
// Per document, in process (as root the locked entries are readable here: only the times are taken from this run).
const store = await openStore(join(work, "lib.db"));
let last = performance.now();
const times: Array<[number, string]> = [];
await analyze(store, {
  inputs: [dir, ...args],
  onDocument: (outcome) => {
    const now = performance.now();
    times.push([now - last, outcome.source]);
    last = now;
  },
});
times.sort((a, b) => b[0] - a[0]);
console.log("slowest documents (the first loads the language resources):", times.slice(0, 5).map(([ms, source]) => `${Math.round(ms)} ms ${source.slice(dir.length + 1)}`));
await store.close();
// Let the owner remove what the corpus locked.
for (const path of [join(dir, "locked", "closed-folder"), join(dir, "locked", "unreadable.txt")]) if (existsSync(path)) chmodSync(path, 0o700);
rmSync(work, { recursive: true, force: true });
