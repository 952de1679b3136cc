/** A store location → the store behind it. SQLite is the zero-set-up default. */
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { RecoupeError } from "../core/errors.js";
import type { Store } from "./store.js";

/** The location used when none is given: RECOUPE_DATABASE_URL if set, else recoupe.db beside the user. */
export function defaultStoreLocation(): string {
  return process.env.RECOUPE_DATABASE_URL || "recoupe.db";
}

/** A postgres:// or postgresql:// URL opens PostgreSQL; anything else is a SQLite file path. */
export async function openStore(location = defaultStoreLocation()): Promise<Store> {
  // Each backend is imported when chosen: loading both cost every command (and `--help`) their drivers.
  if (/^postgres(?:ql)?:\/\//iu.test(location)) return (await import("./postgres/postgres-store.js")).PostgresStore.open(location);
  if (location !== ":memory:" && !existsSync(dirname(resolve(location)))) {
    throw new RecoupeError("usage", `the folder of the database ${location} does not exist; create it or choose another --db path.`, location);
  }
  return (await import("./sqlite/sqlite-store.js")).SqliteStore.open(location);
}
