/**
 * Ingest + analysis throughput by backend: the same generated French articles (about 600
 * words each) analyzed in one process into SQLite, then queued into PostgreSQL and analyzed
 * by 1, 2 and 4 worker processes (`recoupe worker`), each timed from the first job to the last
 * article stored. Needs RECOUPE_BENCH_DATABASE_URL: a throwaway database, emptied at each run.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { analyze } from "../src/analyze.js";
import { openStore } from "../src/store/open-store.js";
import { frenchArticle } from "./annotation.js";

const root = resolve(fileURLToPath(import.meta.url), "../..");

function cli(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(root, "src/cli/run.ts"), ...args], { cwd: root, env, stdio: "ignore" });
    child.on("exit", (code) => resolvePromise(code ?? -1));
  });
}

async function resetDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public; DROP SCHEMA IF EXISTS pgboss CASCADE");
  await client.end();
}

export interface BackendRun {
  backend: string;
  processes: number;
  articles: number;
  seconds: number;
  articlesPerSecond: number;
}

export async function benchmarkBackends(size: number): Promise<{ runs: BackendRun[]; queueSeconds: number } | { skipped: string }> {
  const url = process.env.RECOUPE_BENCH_DATABASE_URL;
  if (!url) return { skipped: "set RECOUPE_BENCH_DATABASE_URL to a throwaway PostgreSQL database to compare backends" };
  const dir = mkdtempSync(join(tmpdir(), "recoupe-backends-"));
  for (let index = 0; index < size; index += 1) writeFileSync(join(dir, `article-${index}.txt`), frenchArticle(index));
  const runs: BackendRun[] = [];
  const record = (backend: string, processes: number, seconds: number) => runs.push({ backend, processes, articles: size, seconds: Number(seconds.toFixed(1)), articlesPerSecond: Math.round(size / seconds) });

  const sqliteDir = mkdtempSync(join(tmpdir(), "recoupe-backends-db-"));
  const store = await openStore(join(sqliteDir, "bench.db"));
  let started = performance.now();
  await analyze(store, { inputs: [dir] });
  record("sqlite (analyze, one process)", 1, (performance.now() - started) / 1000);
  await store.close();
  rmSync(sqliteDir, { recursive: true, force: true });

  let queueSeconds = 0;
  for (const workers of [1, 2, 4]) {
    await resetDatabase(url);
    const queuedAt = performance.now();
    await cli(["ingest", "--queue", dir, "--db", url]);
    queueSeconds = (performance.now() - queuedAt) / 1000;
    started = performance.now();
    await Promise.all(Array.from({ length: workers }, () => cli(["worker", "--exit-when-idle", "--poll", "1", "--db", url])));
    // Each worker waits two idle polls before it exits: that wait is not analysis.
    record(`postgres (${workers} worker process${workers > 1 ? "es" : ""})`, workers, (performance.now() - started) / 1000 - 2);
  }
  rmSync(dir, { recursive: true, force: true });
  return { runs, queueSeconds: Number(queueSeconds.toFixed(1)) };
}
