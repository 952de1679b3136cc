import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { repositoryRoot } from "../../../test/run-cli.js";
import { migrateSqlite } from "./migrate.js";
import { sqliteMigrations } from "./migrations.js";
import { SqliteStore } from "./sqlite-store.js";

const dir = mkdtempSync(join(tmpdir(), "recoupe-migrate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function kysely(path: string): Kysely<unknown> {
  return new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Database(path) }) });
}

describe("migrateSqlite", () => {
  it("leaves a database killed during its first migration openable, and migrates it on the next open", async () => {
    const path = join(dir, "killed.db");
    const child = spawnSync(process.execPath, ["--import", "tsx", resolve(repositoryRoot, "test/fixtures/sqlite/kill-mid-migration.ts"), path], { cwd: repositoryRoot });
    expect(child.signal).toBe("SIGKILL");
    const store = await SqliteStore.open(path);
    expect(await store.countArticles()).toBe(0);
    await store.close();
    const db = kysely(path);
    const recorded = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
    expect(recorded.rows.map((row) => row.name)).toEqual(Object.keys(sqliteMigrations).sort());
    await db.destroy();
  });

  it("rolls back a migration that fails half-way, so the next run starts it afresh", async () => {
    const path = join(dir, "failing.db");
    const db = kysely(path);
    const failing = {
      "0001-a": {
        async up(migrating: Kysely<unknown>) {
          await sql`CREATE TABLE a (x integer)`.execute(migrating);
          throw new Error("disk full");
        },
      },
    };
    await expect(migrateSqlite(db, failing)).rejects.toThrow("disk full");
    const working = { "0001-a": { up: async (migrating: Kysely<unknown>) => void (await sql`CREATE TABLE a (x integer)`.execute(migrating)) } };
    expect(await migrateSqlite(db, working)).toEqual(["0001-a"]);
    expect(await migrateSqlite(db, working)).toEqual([]);
    await db.destroy();
  });

  it("refuses a database migrated by a newer version instead of guessing", async () => {
    const path = join(dir, "newer.db");
    const db = kysely(path);
    await migrateSqlite(db, { "0001-a": { up: async () => undefined }, "0002-b": { up: async () => undefined } });
    await expect(migrateSqlite(db, { "0001-a": { up: async () => undefined } })).rejects.toThrow("migrated by a newer recoupe (0002-b)");
    await db.destroy();
  });
});

describe("a database left half-migrated by an earlier version", () => {
  it("opens: the first migrations create only what is missing", async () => {
    const path = join(dir, "half.db");
    // What a kill -9 during Kysely's non-transactional first migration left: a table, no record.
    const db = kysely(path);
    await sql`CREATE TABLE documents (id text primary key, source text not null, container text not null, format text not null, encoding text not null, byte_length integer not null, raw text not null, metadata text not null, messages text not null, created_at text not null)`.execute(db);
    await db.destroy();
    const store = await SqliteStore.open(path);
    expect(await store.countArticles()).toBe(0);
    await store.close();
  });
});

/** A database migrated only up to the migrations named before `before`, holding one article "a_1" of 2024-01-01. */
async function databaseWithOneArticleBefore(before: string, file: string): Promise<string> {
  const path = join(dir, file);
  const db = kysely(path);
  await migrateSqlite(db, Object.fromEntries(Object.entries(sqliteMigrations).filter(([name]) => name < before)));
  await sql`INSERT INTO documents VALUES ('d_1', 'old.txt', 'text', 'text', 'utf-8', 9, 'Il pleut.', '{}', '[]', '2024-01-01T00:00:00Z')`.execute(db);
  await sql`INSERT INTO articles (id, document_id, content_hash, source, container, format, encoding, authors, published, text, offset_map, warnings, ingested_at)
    VALUES ('a_1', 'd_1', 'h1', 'old.txt', 'text', 'text', 'utf-8', '[]', '2024-01-01', 'Il pleut.', '[0,9,0,9]', '[]', '2024-01-01T00:00:00Z')`.execute(db);
  await db.destroy();
  return path;
}

describe("a database stored before the publication date's source was kept", () => {
  it("gains the column, reads its articles back with no source, and a rerun of the migration changes nothing", async () => {
    const path = await databaseWithOneArticleBefore("0005", "before-published-source.db");
    const store = await SqliteStore.open(path);
    const article = await store.getArticle("a_1");
    await store.close();
    expect(article).toMatchObject({ published: "2024-01-01", publishedSource: null });
    const again = kysely(path);
    await sqliteMigrations["0005-published-source"]!.up(again);
    const columns = await sql<{ name: string }>`SELECT name FROM pragma_table_info('articles') WHERE name = 'published_source'`.execute(again);
    expect(columns.rows).toHaveLength(1);
    await again.destroy();
  });
});

describe("a database stored before the modification date was kept", () => {
  it("gains both columns, reads its articles back with none, and a rerun of the migration changes nothing", async () => {
    const path = await databaseWithOneArticleBefore("0006", "before-modified.db");
    const store = await SqliteStore.open(path);
    expect(await store.getArticle("a_1")).toMatchObject({ published: "2024-01-01", modified: null, modifiedSource: null });
    await store.close();
    const again = kysely(path);
    await sqliteMigrations["0006-modified"]!.up(again);
    const columns = await sql<{ name: string }>`SELECT name FROM pragma_table_info('articles') WHERE name IN ('modified', 'modified_source')`.execute(again);
    expect(columns.rows).toHaveLength(2);
    await again.destroy();
  });
});
