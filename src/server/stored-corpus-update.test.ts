import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { storeSyntheticArticles } from "../../bench/api.js";
import { repositoryRoot } from "../../test/run-cli.js";
import { analyze } from "../analyze.js";
import type { Story } from "../connect/connect-corpus.js";
import { connectAlgorithmVersion } from "../connect/connect-version.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { InProcessBuilder } from "./corpus-builder.js";
import { CorpusCache } from "./corpus-cache.js";
import { currentConnectedCorpus, storedBuildState } from "./stored-corpus.js";

let dir: string;
let store: Store;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "recoupe-stored-update-"));
  store = await openStore(join(dir, "corpus.db"));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const example = (folder: string) => resolve(repositoryRoot, "examples", folder);
const partition = (stories: readonly Story[]) => stories.map((story) => story.articleIds.join(" ")).sort();

/** The next reader's corpus, with what it said on stderr and whether it read every article (a full build) or not. */
async function nextRead(): Promise<{ stories: Story[]; said: string; readAll: boolean }> {
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  const iterate = vi.spyOn(store, "iterateArticles");
  const { corpus } = await currentConnectedCorpus(store);
  const said = stderr.mock.calls.map(([text]) => String(text)).join("");
  const readAll = iterate.mock.calls.length > 0;
  stderr.mockRestore();
  iterate.mockRestore();
  return { stories: corpus.stories, said, readAll };
}

/** Each stored story's payload as stored, by id. */
async function storedBodies(): Promise<Map<string, string>> {
  return new Map((await store.connectedCorpus.readStoryRecords()).map((record) => [record.id, JSON.stringify(record.body)]));
}

describe("a stored build updated with the articles added since", () => {
  it("places the new example articles as a full build does, aligns the stories they join again and leaves the others as stored", async () => {
    // Generated coverage beside the examples, so the examples added are the few percent an update is for.
    await storeSyntheticArticles(store, 200, 40);
    await analyze(store, { inputs: [example("html"), example("dumps")] });
    const before = await nextRead();
    expect(before.readAll).toBe(true);
    const storedBefore = await storedBodies();
    await analyze(store, { inputs: [example("feeds"), example("jsonl")] });
    const added = await store.connectedCorpus.articleIdsAfter((await store.connectedCorpus.readCorpusBuild())!.lastArticle);
    expect(added.length).toBeGreaterThan(0);

    const updated = await nextRead();
    expect(updated.readAll).toBe(false);
    expect(updated.said).toContain(`adding ${added.length} articles to the stored stories`);
    expect((await storedBuildState(store)).current).toBe(true);
    // Read back as updated, by the next reader, without any build.
    expect((await nextRead()).stories).toEqual(updated.stories);

    const touched = updated.stories.filter((story) => story.articleIds.some((id) => added.includes(id)));
    const untouched = updated.stories.filter((story) => !touched.includes(story));
    // Some new article joined a stored story, whose claims now cite it.
    const continued = touched.filter((story) => story.articleIds.some((id) => !added.includes(id)));
    expect(continued.length).toBeGreaterThan(0);
    expect(continued.some((story) => story.claims.some((claim) => claim.supportedBy.some((span) => added.includes(span.articleId))))).toBe(true);
    expect(untouched.length).toBeGreaterThan(0);
    const storedAfter = await storedBodies();
    for (const story of untouched) expect(storedAfter.get(story.id)).toBe(storedBefore.get(story.id));

    const full = (await new InProcessBuilder(store).rebuild()).corpus;
    expect(partition(updated.stories)).toEqual(partition(full.stories));
    for (const story of touched) {
      const rebuilt = full.stories.find((other) => other.id === story.id)!;
      // The stories the new articles joined hold the claims a full build aligns, with their sources.
      const claims = (of: Story) => of.claims.map((claim) => [claim.statement, claim.supportedBy.map((span) => span.articleId).sort()]);
      expect(claims(story)).toEqual(claims(rebuilt));
      expect(story.timeline.map((entry) => entry.statement)).toEqual(rebuilt.timeline.map((entry) => entry.statement));
      expect(story.sourceComparison.map((row) => row.articleId)).toEqual(rebuilt.sourceComparison.map((row) => row.articleId));
    }
  });

  it("lets a server answer from the stored build while it resumes it with articles stored by another process, reading only those and their stories'", async () => {
    await storeSyntheticArticles(store, 200, 40);
    await analyze(store, { inputs: [example("html"), example("dumps")] });
    await nextRead();
    const cache = new CorpusCache(store);
    const first = await cache.get();
    expect([cache.rebuilds, cache.resumes]).toEqual([0, 0]);
    const other = await openStore(join(dir, "corpus.db"));
    await analyze(other, { inputs: [example("feeds")] });
    await other.close();
    const iterate = vi.spyOn(store, "iterateArticles");
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    expect(await cache.get()).toBe(first);
    const updated = await cache.settled();
    stderr.mockRestore();
    expect(iterate).not.toHaveBeenCalled();
    iterate.mockRestore();
    expect([cache.rebuilds, cache.resumes]).toEqual([0, 1]);
    expect(updated.articles.size).toBe((await storedBuildState(store)).stamp.articleCount);
    expect((await storedBuildState(store)).current).toBe(true);
    // The update was saved: the next reader reads it as the server has it.
    const next = await nextRead();
    expect(next.readAll).toBe(false);
    expect(updated.stories).toEqual(next.stories);
  });

  it("reads the stories it re-aligns from their articles' stored connect states, and makes and keeps the states it lacks", async () => {
    const storyCount = 20;
    await storeSyntheticArticles(store, 200, storyCount);
    await nextRead();
    const version = connectAlgorithmVersion();
    const allIds = async () => store.connectedCorpus.articleIdsAfter(0);
    // The full build kept a state for every article, with the vector it placed the article with.
    const states = await store.connectedCorpus.readArticleStates(await allIds(), version);
    expect(states.size).toBe(200);
    expect([...states.values()].every((row) => row.vector !== null)).toBe(true);

    const readWhole = async () => {
      const getArticles = vi.spyOn(store, "getArticles");
      const updated = await nextRead();
      const read = getArticles.mock.calls.flatMap(([ids]) => ids);
      getArticles.mockRestore();
      return { updated, read };
    };
    await storeSyntheticArticles(store, 10, storyCount, 200);
    const added = await store.connectedCorpus.articleIdsAfter((await store.connectedCorpus.readCorpusBuild())!.lastArticle);
    const { updated, read } = await readWhole();
    expect(updated.readAll).toBe(false);
    expect(updated.stories.filter((story) => story.articleIds.some((id) => added.includes(id))).flatMap((story) => story.articleIds).length).toBeGreaterThan(added.length);
    // Only the new articles were read whole; their stories' stored articles came from their states.
    expect([...new Set(read)].sort()).toEqual([...added].sort());

    // States made by other code are not read: the stories' articles are read whole once, and their states kept.
    await store.connectedCorpus.dropArticleStatesExcept("another version");
    await storeSyntheticArticles(store, 10, storyCount, 210);
    const again = await readWhole();
    expect(again.updated.readAll).toBe(false);
    expect(again.read.length).toBeGreaterThan(10);
    expect((await store.connectedCorpus.readArticleStates(again.read, version)).size).toBe(new Set(again.read).size);
    const full = (await new InProcessBuilder(store).rebuild()).corpus;
    expect(partition(again.updated.stories)).toEqual(partition(full.stories));
  });

  it("gives the stories of a full build on generated coverage, and builds all again once a fifth of the articles are new", async () => {
    const storyCount = 60;
    await storeSyntheticArticles(store, 300, storyCount);
    await nextRead();
    await storeSyntheticArticles(store, 30, storyCount, 300);
    const updated = await nextRead();
    expect(updated.readAll).toBe(false);
    const full = (await new InProcessBuilder(store).rebuild()).corpus;
    expect(partition(updated.stories)).toEqual(partition(full.stories));
    // The copies found anew and those the stored build knew, as a full build finds them all.
    const copies = (stories: readonly Story[]) => stories.flatMap((story) => story.nearDuplicates.map((pair) => pair.join(" "))).sort();
    expect(copies(updated.stories).length).toBeGreaterThan(0);
    expect(copies(updated.stories)).toEqual(copies(full.stories));

    // 330 articles fully built; 90 more are past a fifth of 420.
    await storeSyntheticArticles(store, 90, storyCount, 330);
    const rebuilt = await nextRead();
    expect(rebuilt.readAll).toBe(true);
    expect(rebuilt.said).toMatch(/added since the last full build: connecting 420 articles/u);
  });
});
