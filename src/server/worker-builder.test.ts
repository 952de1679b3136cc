import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../analyze.js";
import { repositoryRoot } from "../../test/run-cli.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { InProcessBuilder } from "./corpus-builder.js";
import { CorpusCache } from "./corpus-cache.js";
import { createApp } from "./create-app.js";
import { StoryCatalog } from "./story-catalog.js";
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
  it("builds the same corpus in a worker thread, on its own connection, as in the server's thread, and posts it back whole", async () => {
    const worker = new WorkerBuilder(location);
    try {
      const inWorker = await worker.update();
      expect(inWorker.how).toBe("built");
      const inProcess = await new InProcessBuilder(store).rebuild();
      expect(inWorker.snapshot.stories.length).toBeGreaterThan(0);
      expect({ entities: inWorker.snapshot.entities, stories: inWorker.snapshot.stories }).toEqual(inProcess.corpus);
      expect(inWorker.snapshot.articles).toEqual(inProcess.articles);
      expect(inWorker.snapshot.catalog.list({})).toEqual(new StoryCatalog(inProcess.corpus, inProcess.articles).list({}));
      // The build it saved is the one the server reads back at its next start.
      const stored = await worker.stored();
      expect(stored?.current).toBe(true);
      expect(stored?.snapshot.stories).toEqual(inProcess.corpus.stories);
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

  it("answers requests from the stale build while a rebuild runs in the worker, then from the rebuild", async () => {
    const before = await staleBuild();
    const cache = new CorpusCache(store, new WorkerBuilder(location));
    const app = createApp(store, { uiRoot: null }, cache);
    try {
      const stale = await cache.get();
      let rebuiltAt = Number.POSITIVE_INFINITY;
      const rebuilt = cache.settled().then((snapshot) => ((rebuiltAt = performance.now()), snapshot));
      const listing = (await (await app.request("/api/stories?limit=1")).json()) as { total: number };
      const articles = (await (await app.request("/api/articles?limit=5")).json()) as { articles: unknown[] };
      const answeredAt = performance.now();
      expect(listing.total).toBe(stale.stories.length);
      expect(articles.articles).toHaveLength(5);
      expect(answeredAt).toBeLessThan(rebuiltAt);
      expect(storedVersion()).toBe("older");
      expect((await rebuilt).stories).toEqual(before.stories);
      expect(cache.rebuilds).toBe(1);
      expect(storedVersion()).not.toBe("older");
    } finally {
      await cache.close();
    }
  });

  it("stops a running rebuild when closed, at once, without saving it or failing the process", async () => {
    await staleBuild();
    const cache = new CorpusCache(store, new WorkerBuilder(location));
    await cache.get();
    const rebuilding = cache.settled();
    const started = performance.now();
    await cache.close();
    expect(performance.now() - started).toBeLessThan(2000);
    await expect(rebuilding).rejects.toThrow(/closed before the connected corpus was built/u);
    expect(storedVersion()).toBe("older");
  });
});

/** A saved build made stale as another connect algorithm's would be: the next server rebuilds it. */
async function staleBuild() {
  const built = await new InProcessBuilder(store).rebuild();
  const db = new Database(location);
  db.prepare("UPDATE corpus_build SET algorithm_version = 'older' WHERE id = 1").run();
  db.close();
  return built.corpus;
}

function storedVersion(): string {
  const db = new Database(location, { readonly: true });
  try {
    return (db.prepare("SELECT algorithm_version FROM corpus_build WHERE id = 1").get() as { algorithm_version: string }).algorithm_version;
  } finally {
    db.close();
  }
}
