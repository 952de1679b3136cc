/** The --db option shared by every command that reads or writes the store. */
import { existsSync } from "node:fs";
import type { Command } from "commander";
import { RecoupeError } from "../core/errors.js";
import { defaultStoreLocation, openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";

/** Options of a command's --db. */
export interface DbOption {
  /** A command that only reads: a SQLite file that does not exist is a mistyped path, not a new database. */
  mustExist?: boolean;
}

export function addDbOption(command: Command, options: DbOption = {}): Command {
  const help = options.mustExist ? "SQLite database file or postgres://user@host/database; RECOUPE_DATABASE_URL also sets it" : "SQLite database file (created if missing) or postgres://user@host/database; RECOUPE_DATABASE_URL also sets it";
  command.option("--db <location>", help, defaultStoreLocation());
  if (options.mustExist) {
    command.hook("preAction", (_command, action) => {
      const location = action.opts<{ db: string }>().db;
      if (!/^postgres(?:ql)?:\/\//iu.test(location) && location !== ":memory:" && !existsSync(location)) {
        throw new RecoupeError("usage", `no database at ${location}: check --db, or create it with \`recoupe analyze <inputs> --db ${location}\`.`, location);
      }
    });
  }
  return command;
}

export async function withStore<T>(location: string, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(location);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}
