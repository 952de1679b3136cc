/**
 * Write transactions that several processes can run on one SQLite file. A deferred transaction
 * that reads before it writes cannot wait for the write lock (SQLite answers "database is locked"
 * at once, whatever the busy timeout), so every write transaction here starts with BEGIN
 * IMMEDIATE: it takes the write lock first, waiting up to the connection's busy timeout, and what
 * it then reads cannot go stale. A lock still held after that wait (another process's long
 * migration or checkpoint) is retried a bounded number of times with backoff.
 */
import type Database from "better-sqlite3";
import type { Kysely } from "kysely";

/** Attempts of a whole transaction when the write lock stays busy past the busy timeout. */
const MAX_ATTEMPTS = 5;
/** First pause between attempts, doubled each time (with jitter, so two waiting writers part). */
const FIRST_BACKOFF_MS = 50;

export async function immediateTransaction<DB, T>(db: Kysely<DB>, work: (connection: Kysely<DB>) => Promise<T>): Promise<T> {
  // Imported here: the synchronous saves below are all most runs need.
  const { sql } = await import("kysely");
  return retriedWhileBusy(() =>
    // One connection for the whole transaction: Kysely's SQLite driver lends it to no one else meanwhile.
    db.connection().execute(async (connection) => {
      await sql`BEGIN IMMEDIATE`.execute(connection);
      try {
        const result = await work(connection);
        await sql`COMMIT`.execute(connection);
        return result;
      } catch (error) {
        await sql`ROLLBACK`.execute(connection).catch(() => undefined);
        throw error;
      }
    }),
  );
}

/**
 * The same, for synchronous work on better-sqlite3 prepared statements: no query building and no
 * promise per statement, which cost more than SQLite's own work on a save.
 */
export function immediateTransactionSync<T>(connection: Database.Database, work: () => T): Promise<T> {
  const transaction = connection.transaction(work);
  return retriedWhileBusy(async () => transaction.immediate());
}

async function retriedWhileBusy<T>(attempt: () => Promise<T>): Promise<T> {
  for (let attempts = 1; ; attempts += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusy(error) || attempts >= MAX_ATTEMPTS) throw error;
      const backoff = FIRST_BACKOFF_MS * 2 ** (attempts - 1);
      await new Promise((resolve) => setTimeout(resolve, backoff + Math.random() * backoff));
    }
  }
}

/** SQLITE_BUSY and its extended codes (SQLITE_BUSY_SNAPSHOT, …): another connection holds the lock. */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}
