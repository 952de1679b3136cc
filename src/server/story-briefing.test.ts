/** The story briefing summarises a big story: first sources per claim, first rows and articles, with the counts and a paged route for the rest. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repositoryRoot } from "../../test/run-cli.js";
import type { Story } from "../connect/connect-corpus.js";
import { sourceLabel } from "../core/source-label.js";
import { knownOnlyByFile } from "../deliver/source-name.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { CorpusCache } from "./corpus-cache.js";
import { createApp } from "./create-app.js";
import { storyBriefing } from "./story-briefing.js";

let dir: string;
let store: Store;
let corpus: CorpusCache;
let app: ReturnType<typeof createApp>;
let story: Story;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "recoupe-briefing-"));
  store = await openStore(join(dir, "briefing.db"));
  corpus = new CorpusCache(store);
  app = createApp(store, { uiRoot: null }, corpus);
  const form = new FormData();
  for (const folder of ["html", "dumps"]) for (const name of readdirSync(resolve(repositoryRoot, "examples", folder))) form.append("file", new File([readFileSync(resolve(repositoryRoot, "examples", folder, name))], name));
  expect((await app.request("/api/ingest", { method: "POST", body: form })).status).toBe(200);
  story = (await corpus.get()).stories.reduce((largest, candidate) => (candidate.articleIds.length > largest.articleIds.length ? candidate : largest));
}, 120_000);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the story briefing", () => {
  it("keeps a small story whole", async () => {
    const briefing = storyBriefing(await corpus.get(), story);
    expect(briefing.story).toEqual(story);
    expect(briefing.articles.map((meta) => meta.id)).toEqual(story.articleIds);
    expect(briefing.totals.articles).toBe(story.articleIds.length);
  });

  it("cuts each claim's sources, the comparison and the articles to the limits, counting what it cut", async () => {
    expect(story.articleIds.length).toBeGreaterThan(1);
    const snapshot = await corpus.get();
    const briefing = storyBriefing(snapshot, story, { sources: 1, articles: 1, comparisonRows: 1 });
    expect(briefing.articles).toHaveLength(1);
    expect(briefing.story.sourceComparison).toHaveLength(Math.min(1, story.sourceComparison.length));
    expect(briefing.totals).toMatchObject({ articles: story.articleIds.length, sourceComparison: story.sourceComparison.length });
    expect(briefing.coverage.reduce((sum, group) => sum + group.count, 0)).toBe(story.articleIds.length);
    const widest = story.claims.reduce((best, claim) => (claim.supportedBy.length > best.supportedBy.length ? claim : best));
    expect(widest.supportedBy.length).toBeGreaterThan(1);
    for (const claim of story.claims) {
      const shown = briefing.story.claims.find((candidate) => candidate.id === claim.id)!;
      expect(shown.supportedBy.length).toBe(Math.min(1, claim.supportedBy.length));
      expect(claim.supportedBy).toEqual(expect.arrayContaining(shown.supportedBy));
      expect(briefing.claimSources[claim.id]).toMatchObject({ supporting: new Set(claim.supportedBy.map((span) => span.articleId)).size, contradicting: claim.contradictedBy.length });
      // Counted over every source, not the one kept: two outlets stay two.
      const outlets = new Set(claim.supportedBy.map((span) => sourceLabel(snapshot.articles.get(span.articleId)!))).size;
      expect(briefing.claimSources[claim.id]!.independent).toBeLessThanOrEqual(outlets);
      if (story.nearDuplicates.length === 0) expect(briefing.claimSources[claim.id]!.independent).toBe(outlets);
    }
    // Every source the page may name is described: no span points at an article it lacks.
    const described = new Set([...briefing.articles, ...briefing.citedArticles].map((meta) => meta.id));
    const spans = [...briefing.story.claims.flatMap((claim) => [...claim.supportedBy, ...claim.contradictedBy]), ...briefing.report.whatHappened.flatMap((cited) => cited.sources), ...briefing.story.sourceComparison];
    expect(spans.filter((span) => !described.has(span.articleId))).toEqual([]);
    expect(JSON.stringify(briefing).length).toBeLessThan(JSON.stringify(storyBriefing(snapshot, story)).length);
  });

  it("counts the story's outlets as the catalog lists them, files apart, and refuses a story the snapshot lacks", async () => {
    const snapshot = await corpus.get();
    const outlets = new Set(story.articleIds.map((id) => snapshot.articles.get(id)!).filter((meta) => !knownOnlyByFile(meta)).map(sourceLabel));
    expect(outlets.size).toBeGreaterThan(0);
    expect(storyBriefing(snapshot, story).totals.outlets).toBe(outlets.size);
    expect(snapshot.catalog.summaryOf(story.id)).toEqual(snapshot.catalog.list({ article: story.articleIds[0]! })[0]);
    expect(snapshot.catalog.summaryOf("no-such-story")).toBeUndefined();
    expect(() => storyBriefing(snapshot, { ...story, id: "no-such-story" })).toThrow(/story no-such-story is not in this snapshot/u);
  });

  it("pages the story's articles in its order, and refuses a bad page", async () => {
    type Page = { total: number; articles: Array<{ id: string; text?: string }> };
    const page = async (query: string) => (await (await app.request(`/api/stories/${story.id}/articles${query}`)).json()) as Page;
    const first = await page("?limit=1");
    const rest = await page("?offset=1");
    expect(first.total).toBe(story.articleIds.length);
    expect([...first.articles, ...rest.articles].map((meta) => meta.id)).toEqual(story.articleIds);
    expect(first.articles[0]!.text).toBeUndefined();
    expect((await app.request(`/api/stories/${story.id}/articles?limit=0`)).status).toBe(400);
    expect((await app.request("/api/stories/no-such-story/articles")).status).toBe(404);
  });
});
