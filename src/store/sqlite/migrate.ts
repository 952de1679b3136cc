/**
 * Runs the SQLite schema migrations, each in its own BEGIN IMMEDIATE transaction with its record,
 * so that a process killed mid-migration leaves nothing behind (SQLite discards the uncommitted
 * transaction) and processes opening a new database at once migrate it once: the second waits for
 * the write lock, then finds the migration recorded. Kysely's Migrator runs SQLite migrations
 * outside any transaction (its adapter declares no transactional DDL), which left "table documents
 * already exists" after a kill. The records stay in Kysely's table, so databases it migrated are
 * recognised.
 */
import { sql, type Kysely, type Migration } from "kysely";
import { RecoupeError } from "../../core/errors.js";
import { immediateTransaction } from "./immediate-transaction.js";

/** Returns the names of the migrations this call applied (none when the database was up to date). */
export async function migrateSqlite(db: Kysely<unknown>, migrations: Record<string, Migration>): Promise<string[]> {
  const names = Object.keys(migrations).sort();
  const applied = await appliedMigrations(db);
  const unknown = [...applied].filter((name) => !(name in migrations));
  if (unknown.length > 0) {
    throw new RecoupeError("store-failed", `the database was migrated by a newer recoupe (${unknown.join(", ")}); upgrade recoupe to open it.`);
  }
  const ran: string[] = [];
  for (const name of names) {
    if (applied.has(name)) continue;
    const didRun = await immediateTransaction(db, async (connection) => {
      await sql`CREATE TABLE IF NOT EXISTS kysely_migration (name varchar(255) NOT NULL PRIMARY KEY, timestamp varchar(255) NOT NULL)`.execute(connection);
      const recorded = await sql`SELECT 1 FROM kysely_migration WHERE name = ${name}`.execute(connection);
      if (recorded.rows.length > 0) return false; // another process applied it while this one waited
      await migrations[name]!.up(connection);
      await sql`INSERT INTO kysely_migration (name, timestamp) VALUES (${name}, ${new Date().toISOString()})`.execute(connection);
      return true;
    });
    if (didRun) ran.push(name);
  }
  return ran;
}

/** Read without the write lock: a database already up to date opens without waiting for writers. */
async function appliedMigrations(db: Kysely<unknown>): Promise<Set<string>> {
  const table = await sql`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'`.execute(db);
  if (table.rows.length === 0) return new Set();
  const rows = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(db);
  return new Set(rows.rows.map((row) => row.name));
}
