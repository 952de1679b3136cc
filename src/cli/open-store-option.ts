/** The --db option shared by every command that reads or writes the store. */
import type { Command } from "commander";
import { defaultStoreLocation, openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";

export function addDbOption(command: Command): Command {
  return command.option("--db <location>", "SQLite database file (created if missing) or postgres://user@host/database; RECOUPE_DATABASE_URL also sets it", defaultStoreLocation());
}

export async function withStore<T>(location: string, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(location);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}
