import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { describeConnectedCorpusContract } from "../../../test/connected-corpus-contract.js";
import { describeStoreContract } from "../../../test/store-contract.js";
import { openStore } from "../open-store.js";
import { sqliteMigrations } from "./migrations.js";

function sqliteBackend() {
  const dir = mkdtempSync(join(tmpdir(), "recoupe-store-"));
  const path = join(dir, "test.db");
  const count = (query: string) => {
    const raw = new Database(path, { readonly: true });
    try {
      return Promise.resolve((raw.prepare(query).get() as { n: number }).n);
    } finally {
      raw.close();
    }
  };
  return {
    path,
    fresh: () => openStore(path),
    reopen: () => openStore(path),
    countDocuments: () => count("SELECT count(*) AS n FROM documents"),
    cleanup: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
  };
}

describeStoreContract("SqliteStore", sqliteBackend);
describeConnectedCorpusContract("SqliteStore", sqliteBackend);

describe("SqliteStore specifics", () => {
  it("runs in WAL mode, with its migrations recorded once across reopenings", async () => {
    const backend = sqliteBackend();
    await (await backend.fresh()).close();
    await (await backend.reopen()).close();
    const raw = new Database(backend.path, { readonly: true });
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    expect((raw.prepare("SELECT count(*) AS n FROM kysely_migration").get() as { n: number }).n).toBe(Object.keys(sqliteMigrations).length);
    raw.close();
    await backend.cleanup();
  });
});

describe("openStore", () => {
  it("refuses a database in a folder that does not exist", async () => {
    await expect(openStore(join(tmpdir(), "no-such-folder-recoupe", "x.db"))).rejects.toThrow(/does not exist/);
  });

  it("says clearly when PostgreSQL cannot be reached", async () => {
    await expect(openStore("postgres://recoupe:secret@127.0.0.1:9/none")).rejects.toThrow(/cannot connect to PostgreSQL at postgres:\/\/recoupe:\*\*\*@127\.0\.0\.1:9\/none/);
  });
});
