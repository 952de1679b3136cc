import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../analyze.js";
import { repositoryRoot } from "../../test/run-cli.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { InProcessBuilder } from "./corpus-builder.js";
import { CorpusCache } from "./corpus-cache.js";
import { WorkerBuilder } from "./worker-builder.js";

let dir: string;
let location: string;
let store: Store;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "recoupe-worker-builder-"));
  location = join(dir, "corpus.db");
  store = await openStore(location);
  await analyze(store, { inputs: [resolve(repositoryRoot, "examples", "html"), resolve(repositoryRoot, "examples", "dumps")] });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the connect worker", () => {
  it("builds the same corpus in a worker thread, on its own connection, as in the server's thread", async () => {
    const worker = new WorkerBuilder(location);
    try {
      const inWorker = await worker.rebuild();
      const inProcess = await new InProcessBuilder(store).rebuild();
      expect(inWorker.corpus.stories.length).toBeGreaterThan(0);
      expect(inWorker.corpus).toEqual(inProcess.corpus);
      expect([...inWorker.articles.keys()].sort()).toEqual([...inProcess.articles.keys()].sort());
    } finally {
      await worker.close();
    }
  });

  it("answers from the last build while a rebuild for articles stored elsewhere runs", async () => {
    const cache = new CorpusCache(store, new WorkerBuilder(location));
    try {
      const first = await cache.get();
      // Another process (a CLI run) stores articles on the same database.
      const other = await openStore(location);
      await analyze(other, { inputs: [resolve(repositoryRoot, "examples", "feeds")] });
      await other.close();
      const during = await cache.get();
      expect(during).toBe(first);
      const after = await cache.settled();
      expect(after.articles.size).toBeGreaterThan(first.articles.size);
      expect(await cache.get()).toBe(after);
    } finally {
      await cache.close();
    }
  });
});
