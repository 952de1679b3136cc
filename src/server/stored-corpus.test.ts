import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { repositoryRoot } from "../../test/run-cli.js";
import { analyze } from "../analyze.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { InProcessBuilder } from "./corpus-builder.js";
import { CorpusCache } from "./corpus-cache.js";
import { connectedForReport, currentConnectedCorpus, storedBuildState } from "./stored-corpus.js";

let dir: string;
let store: Store;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "recoupe-stored-corpus-"));
  store = await openStore(join(dir, "corpus.db"));
  await analyze(store, { inputs: [resolve(repositoryRoot, "examples", "html"), resolve(repositoryRoot, "examples", "dumps")] });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the stored connected corpus", () => {
  it("is built and stored by the first reader, then read back by the next without reading any article", async () => {
    expect((await storedBuildState(store)).current).toBe(false);
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const built = await currentConnectedCorpus(store);
    expect(stderr.mock.calls.map(([text]) => String(text))).toContainEqual(expect.stringMatching(/^connecting 6 articles…/u));
    stderr.mockRestore();
    expect((await storedBuildState(store)).current).toBe(true);

    const iterate = vi.spyOn(store, "iterateArticles");
    const read = await currentConnectedCorpus(store);
    expect(iterate).not.toHaveBeenCalled();
    iterate.mockRestore();
    expect(read.corpus).toEqual(built.corpus);
    expect(read.corpus).toEqual((await new InProcessBuilder(store).rebuild()).corpus);
    expect([...read.articles.values()].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...built.articles.values()].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it("gives a report the one story asked for, also by an id made from another of its articles", async () => {
    const { corpus } = await currentConnectedCorpus(store);
    const largest = [...corpus.stories].sort((a, b) => b.articleIds.length - a.articleIds.length)[0]!;
    const one = await connectedForReport(store, largest.id);
    expect(one.stories).toEqual([largest]);
    expect(one.entities).toEqual(corpus.entities);
    const laterArticle = largest.articleIds.find((id) => `s_${id.slice(2)}` !== largest.id)!;
    expect((await connectedForReport(store, `s_${laterArticle.slice(2)}`)).stories).toEqual([largest]);
    // An unknown id gets every story, so the report can say it is not one of them.
    expect((await connectedForReport(store, "s_unknown")).stories).toEqual(corpus.stories);
  });

  it("is stale once an article is added, and rebuilt with it by the next reader", async () => {
    await analyze(store, { inputs: [resolve(repositoryRoot, "examples", "feeds")] });
    const state = await storedBuildState(store);
    expect(state.current).toBe(false);
    expect(state.stamp.articleCount).toBeGreaterThan(state.header!.articleCount);
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const rebuilt = await currentConnectedCorpus(store);
    stderr.mockRestore();
    expect(rebuilt.articles.size).toBe(state.stamp.articleCount);
    expect((await storedBuildState(store)).current).toBe(true);
  });

  it("still answers when the store refuses to keep the build (a read-only database), and says so", async () => {
    await analyze(store, { inputs: [resolve(repositoryRoot, "examples", "jsonl")] });
    const write = vi.spyOn(store.connectedCorpus, "writeCorpusBuild").mockRejectedValue(new Error("attempt to write a readonly database"));
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const built = await currentConnectedCorpus(store);
    const said = stderr.mock.calls.map(([text]) => String(text)).join("");
    stderr.mockRestore();
    write.mockRestore();
    expect(built.corpus.stories.length).toBeGreaterThan(0);
    expect(said).toContain("the connected corpus was not stored (attempt to write a readonly database)");
    expect((await storedBuildState(store)).current).toBe(false);
  });

  it("lets a server start answer from a stale stored build while it updates it, then from the updated build, stored in turn", async () => {
    const stored = await currentConnectedCorpus(store);
    const other = await openStore(join(dir, "corpus.db"));
    const dispatch = join(dir, "dispatch.txt");
    writeFileSync(dispatch, "Corvalle, 16 octobre 2025. Le conseil municipal de Corvalle a voté jeudi le budget de la station de pompage, après trois heures de débat.\n");
    await analyze(other, { inputs: [dispatch] });
    await other.close();
    expect((await storedBuildState(store)).current).toBe(false);
    const cache = new CorpusCache(store);
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const first = await cache.get();
    expect(first.stories).toEqual(stored.corpus.stories);
    const rebuilt = await cache.settled();
    stderr.mockRestore();
    expect(cache.rebuilds + cache.resumes).toBe(1);
    expect(rebuilt.articles.size).toBe((await storedBuildState(store)).stamp.articleCount);
    expect((await storedBuildState(store)).current).toBe(true);
  });
});
