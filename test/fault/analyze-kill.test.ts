/**
 * kill -9 of `recoupe analyze` at seeded random moments on one SQLite database, each kill followed
 * by a re-run over the same inputs (which the next round kills in turn), then a last run to the end.
 * The first round is killed at a random moment of its start-up (the first migration), the others at
 * a random moment of their saves (seen by polling the database as a reader would). Then:
 * after every kill the database passes PRAGMA integrity_check, its full-text index holds exactly
 * the stored articles, no article is stored twice; at the end every article is stored once, under
 * the ids a clean run gives them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, spawnCli } from "../run-cli.js";
import { seededRandom } from "./seeded-random.js";

const ARTICLES = 120;
const ROUNDS = 6;
const SEED = 15;
const CITIES = ["Oslo", "Lisbonne", "Varsovie", "Athènes", "Tunis", "Ottawa", "Genève", "Bruxelles"];

let dir: string;
let inputs: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "recoupe-fault-analyze-"));
  inputs = join(dir, "inputs");
  mkdirSync(inputs);
  for (let index = 0; index < ARTICLES; index += 1) {
    const city = CITIES[index % CITIES.length]!;
    writeFileSync(
      join(inputs, `article-${String(index).padStart(3, "0")}.txt`),
      `Dépêche numéro ${index} : séance à ${city}\n\nLe conseil régional de ${city} s'est réuni mardi pour la séance numéro ${index}. Les élus ont voté le budget ${index} après un long débat sur les transports et les écoles. « Nous avançons », a déclaré la présidente du conseil.\n`,
    );
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface DatabaseState {
  integrity: string;
  articles: number;
  distinctHashes: number;
  /** Whether the full-text index holds exactly the stored articles' rows and passes its own check. */
  ftsConsistent: boolean;
  ids: string[];
}

function inspect(path: string): DatabaseState {
  const db = new Database(path);
  try {
    const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table')").all().map((row) => (row as { name: string }).name));
    const integrity = (db.prepare("PRAGMA integrity_check").all() as Array<{ integrity_check: string }>).map((row) => row.integrity_check).join("; ");
    if (!tables.has("articles") || !tables.has("articles_fts")) return { integrity, articles: 0, distinctHashes: 0, ftsConsistent: true, ids: [] };
    const { articles, hashes } = db.prepare("SELECT count(*) AS articles, count(DISTINCT content_hash) AS hashes FROM articles").get() as { articles: number; hashes: number };
    const seqs = (db.prepare("SELECT seq FROM articles ORDER BY seq").all() as Array<{ seq: number }>).map((row) => row.seq);
    const indexed = (db.prepare("SELECT rowid FROM articles_fts ORDER BY rowid").all() as Array<{ rowid: number }>).map((row) => row.rowid);
    db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run();
    const ids = (db.prepare("SELECT id FROM articles ORDER BY id").all() as Array<{ id: string }>).map((row) => row.id);
    return { integrity, articles, distinctHashes: hashes, ftsConsistent: JSON.stringify(seqs) === JSON.stringify(indexed), ids };
  } finally {
    db.close();
  }
}

// One thread: a worker's start-up would double each round's time and change nothing of how articles are saved.
const analyzeArgs = (db: string) => ["analyze", inputs, "--db", db, "--jobs", "1", "--json", "--no-progress"];

/** Articles stored so far, read as another process would (0 before the database or its tables exist). */
function storedCount(path: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs analyze until `until` says when (or it ends): the time it took to store its first new article, and to end. */
async function runWatched(db: string, kill: (child: ReturnType<typeof spawnCli>, started: number, firstSaveMs: number | null) => boolean): Promise<{ firstSaveMs: number | null; endMs: number }> {
  const before = storedCount(db);
  const started = performance.now();
  const child = spawnCli(analyzeArgs(db));
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once("exit", () => resolve((exited = true) && undefined)));
  let firstSaveMs: number | null = null;
  while (!exited) {
    if (firstSaveMs === null && storedCount(db) > before) firstSaveMs = performance.now() - started;
    if (kill(child, started, firstSaveMs)) child.kill("SIGKILL");
    await sleep(20);
  }
  await exit;
  return { firstSaveMs, endMs: performance.now() - started };
}

describe("kill -9 of analyze on SQLite", () => {
  it(`loses nothing and stores nothing twice over ${ROUNDS} seeded kills and re-runs`, async () => {
    // A clean run: the ids to expect, and how long start-up and saves take here.
    const clean = await runWatched(join(dir, "clean.db"), () => false);
    const expected = inspect(join(dir, "clean.db"));
    const startupMs = clean.firstSaveMs!;
    const savesMs = clean.endMs - startupMs;
    expect(expected.articles).toBe(ARTICLES);

    const db = join(dir, "killed.db");
    const random = seededRandom(SEED);
    const rounds: Array<{ killedAfterMs: number; stored: number }> = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      // Within the start-up for the first round; within the saves left for the others, early enough to leave some for the next.
      const left = (ARTICLES - storedCount(db)) / ARTICLES;
      const delay = round === 0 ? startupMs * random() : savesMs * left * 0.6 * random();
      let killedAfterMs = -1;
      await runWatched(db, (child, started, firstSaveMs) => {
        const at = round === 0 ? 0 : firstSaveMs;
        if (killedAfterMs >= 0 || at === null || performance.now() - started < at + delay) return false;
        killedAfterMs = Math.round(performance.now() - started);
        return true;
      });
      const state = inspect(db);
      rounds.push({ killedAfterMs, stored: state.articles });
      expect({ round, integrity: state.integrity, fts: state.ftsConsistent, duplicates: state.articles - state.distinctHashes }).toEqual({ round, integrity: "ok", fts: true, duplicates: 0 });
    }
    // The kills must have met the run mid-way at least once, or they tested nothing.
    expect(rounds.some((round) => round.stored > 0 && round.stored < ARTICLES), JSON.stringify(rounds)).toBe(true);

    const last = await runCli(analyzeArgs(db));
    expect(last.code, last.stderr).toBe(0);
    const summary = JSON.parse(last.stdout) as { stored: number; alreadyStored: number; failed: number };
    expect(summary.failed).toBe(0);
    expect(summary.stored + summary.alreadyStored).toBe(ARTICLES);
    const final = inspect(db);
    expect({ integrity: final.integrity, fts: final.ftsConsistent, articles: final.articles, distinct: final.distinctHashes }).toEqual({ integrity: "ok", fts: true, articles: ARTICLES, distinct: ARTICLES });
    expect(final.ids).toEqual(expected.ids);
    console.log(`analyze kill -9 rounds (seed ${SEED}, clean run: first save at ${Math.round(startupMs)} ms, end at ${Math.round(clean.endMs)} ms): ${rounds.map((round) => `${round.killedAfterMs} ms → ${round.stored} stored`).join(", ")}; last run stored ${summary.stored}`);
  }, 150_000);
});
