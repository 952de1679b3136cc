/**
 * Two `recoupe analyze` processes writing one new SQLite database at once, as two users or a cron
 * job and a user would: every article stored exactly once, no "database is locked", both exit 0.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const ARTICLES = 400;
const CITIES = ["Oslo", "Lisbonne", "Varsovie", "Athènes", "Tunis", "Ottawa", "Genève", "Bruxelles"];

interface Summary {
  stored: number;
  alreadyStored: number;
  failed: number;
  outcomes: Array<{ ok: boolean; source: string; error?: { reason: string } }>;
}

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "recoupe-writers-"));
  mkdirSync(join(dir, "inputs"));
  for (let index = 0; index < ARTICLES; index += 1) {
    const city = CITIES[index % CITIES.length]!;
    writeFileSync(
      join(dir, "inputs", `article-${String(index).padStart(4, "0")}.txt`),
      `Dépêche numéro ${index} : réunion à ${city}\n\nLe conseil régional de ${city} s'est réuni mardi pour la séance numéro ${index}. Les élus ont voté le budget ${index} après un long débat sur les transports et les écoles. « Nous avançons », a déclaré la présidente.\n`,
    );
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("two analyze processes on one new SQLite database", () => {
  it("store every article exactly once and fail none", async () => {
    const db = join(dir, "shared.db");
    const args = ["analyze", join(dir, "inputs"), "--db", db, "--json", "--no-progress"];
    const runs = await Promise.all([runCli(args), runCli(args)]);
    // A run that printed no summary failed before it could: its exit code and stderr say how.
    for (const run of runs) expect(run.stdout.trimEnd().endsWith("}"), `exit ${run.code}: ${run.stderr.slice(0, 2000)}`).toBe(true);
    const summaries = runs.map((run) => JSON.parse(run.stdout) as Summary);
    const failures = summaries.flatMap((summary) => summary.outcomes.filter((outcome) => !outcome.ok).map((outcome) => outcome.error?.reason));
    expect({ failed: failures.length, first: failures.slice(0, 3) }).toEqual({ failed: 0, first: [] });
    expect(runs.map((run) => [run.code, run.stderr])).toEqual([
      [0, ""],
      [0, ""],
    ]);
    // Each article was created by exactly one of the two, and found already stored by the other.
    expect(summaries[0]!.stored + summaries[1]!.stored).toBe(ARTICLES);
    for (const summary of summaries) expect(summary.stored + summary.alreadyStored).toBe(ARTICLES);

    const connection = new Database(db, { readonly: true });
    try {
      const counts = connection
        .prepare("SELECT count(*) AS articles, count(DISTINCT content_hash) AS hashes, (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM articles_fts) AS indexed FROM articles")
        .get() as { articles: number; hashes: number; documents: number; indexed: number };
      expect(counts).toEqual({ articles: ARTICLES, hashes: ARTICLES, documents: ARTICLES, indexed: ARTICLES });
      expect(connection.pragma("integrity_check", { simple: true })).toBe("ok");
    } finally {
      connection.close();
    }
  }, 300_000);
});
