/** A store location → the store behind it. SQLite is the zero-set-up default. */
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { RecoupeError } from "../core/errors.js";
import { SqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./store.js";

export async function openStore(location = "recoupe.db"): Promise<Store> {
  if (/^postgres(?:ql)?:\/\//i.test(location)) {
    throw new RecoupeError("usage", "PostgreSQL is not supported by this version yet; use a SQLite file path (the default is recoupe.db).", location);
  }
  if (location !== ":memory:" && !existsSync(dirname(resolve(location)))) {
    throw new RecoupeError("usage", `the folder of the database ${location} does not exist; create it or choose another --db path.`, location);
  }
  return SqliteStore.open(location);
}
