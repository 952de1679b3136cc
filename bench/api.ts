/**
 * API latency on loopback-free in-process requests (Hono's app.request, so only recoupe's work
 * is timed, not the socket): a SQLite store of synthetic annotated articles (bench/connect.ts),
 * then p50/p95 of the story dossier and of search. The first story request builds the
 * connected corpus (timed apart); later ones are served from the cache until an ingest.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { TextBuilder } from "../src/core/offset-map.js";
import { createApp } from "../src/server/create-app.js";
import { openStore } from "../src/store/open-store.js";
import type { Store } from "../src/store/store.js";
import { buildAndSaveInChild } from "./build-and-save.js";
import { readsDuringRebuild as readsDuring, type RebuildReads } from "./rebuild-reads.js";
import { syntheticArticle } from "./connect.js";

export interface ApiLatency {
  articles: number;
  firstStoriesMs: number;
  storyDossier: { p50Ms: number; p95Ms: number };
  search: { p50Ms: number; p95Ms: number };
}

const REQUESTS = 200;

function percentiles(times: number[]): { p50Ms: number; p95Ms: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50Ms: Number(sorted[Math.floor(sorted.length * 0.5)]!.toFixed(1)), p95Ms: Number(sorted[Math.floor(sorted.length * 0.95)]!.toFixed(1)) };
}

/** Saves `size` synthetic annotated articles spread over `storyCount` stories (bench/connect.ts). */
export async function storeSyntheticArticles(store: Store, size: number, storyCount: number, firstIndex = 0): Promise<void> {
  for (let index = firstIndex; index < firstIndex + size; index += 1) {
    const article = syntheticArticle(index, storyCount);
    const builder = new TextBuilder();
    builder.appendCopy(article.text, 0);
    const document = { source: article.source, container: "text" as const, format: "text" as const, raw: article.text, encoding: "utf-8", byteLength: article.text.length, metadata: {}, messages: [] };
    await store.saveArticle(document, { ...article, offsetMap: builder.build().offsetMap });
  }
}

export async function benchmarkApi(size: number): Promise<ApiLatency> {
  const dir = mkdtempSync(join(tmpdir(), "recoupe-api-"));
  const store = await openStore(join(dir, "api.db"));
  await storeSyntheticArticles(store, size, Math.ceil(size / 5));
  const app = createApp(store);
  let started = performance.now();
  // Every story to sample from, not the default first page of the largest.
  const { stories } = (await (await app.request(`/api/stories?limit=${size}`)).json()) as { stories: Array<{ id: string }> };
  const firstStoriesMs = Math.round(performance.now() - started);
  const dossierTimes: number[] = [];
  const searchTimes: number[] = [];
  for (let request = 0; request < REQUESTS; request += 1) {
    started = performance.now();
    await (await app.request(`/api/stories/${stories[(request * 7919) % stories.length]!.id}`)).json();
    dossierTimes.push(performance.now() - started);
    started = performance.now();
    await (await app.request(`/api/search?q=${encodeURIComponent(request % 2 ? "accord ministre" : "réunion")}&limit=20`)).json();
    searchTimes.push(performance.now() - started);
  }
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return { articles: size, firstStoriesMs, storyDossier: percentiles(dossierTimes), search: percentiles(searchTimes) };
}

export interface StoredCorpusTimes {
  articles: number;
  stories: number;
  /**
   * Before: what every export, report, stories run and server start did — connect the stored
   * articles (here also saving the build), in a child process of its own (bench/build-and-save.ts).
   */
  connectAndSaveSeconds: number;
  /** That child's peak RSS: the build and save alone, not this process's storing and reading. */
  connectAndSavePeakRssMb: number;
  /** After: a server's first /api/stories answered from the stored build. */
  firstStoriesFromStoredSeconds: number;
  /** After: `export --format json` (every article's annotations, then the stored stories) to /dev/null. */
  exportFromStoredSeconds: number;
  /** After: `report --story` of the largest story, from its stored row. */
  reportLargestFromStoredSeconds: number;
  /** 1,000 articles added: the next reader's wait until the stories include them. */
  addThousandSeconds: number;
  /** The CPU time of each phase above, by name (firstStories, export, reportLargest, addThousand). */
  cpuSeconds: Record<string, number>;
  /** This process's peak: storing the articles, then every reader above (the build is the child's). */
  readersPeakRssMb: number;
  /** `recoupe serve` rebuilding the stored build in the background (another connect algorithm) while read every 50 ms (bench/rebuild-reads.ts). */
  readsDuringRebuild: RebuildReads;
}

/** The persisted connected corpus (src/server/stored-corpus.ts) at `size` synthetic articles in stories of `storySize`. */
export async function benchmarkStoredCorpus(size: number, storySize = 5): Promise<StoredCorpusTimes> {
  const [{ currentConnectedCorpus, connectedForReport }, { writeDossierJson }, { writeReport }] = await Promise.all([
    import("../src/server/stored-corpus.js"),
    import("../src/deliver/dossier-json.js"),
    import("../src/deliver/report/write-report.js"),
  ]);
  const dir = mkdtempSync(join(tmpdir(), "recoupe-stored-"));
  const location = join(dir, "stored.db");
  let store = await openStore(location);
  const storyCount = Math.ceil(size / storySize);
  await storeSyntheticArticles(store, size, storyCount);
  // The build runs alone in a child, so its peak is not this process's (storing 100k articles, the readers below).
  await store.close();
  const built = buildAndSaveInChild(location);
  store = await openStore(location);
  // Each phase's CPU time too: on a shared machine, the wall time says more of the load than of the work.
  const cpuSeconds: Record<string, number> = {};
  const seconds = async (work: () => Promise<unknown>, phase: string) => {
    // Each reader starts on a collected heap, as a fresh process would, not in the connect's garbage.
    (globalThis as { gc?: () => void }).gc?.();
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    await work();
    const cpu = process.cpuUsage(cpuStarted);
    cpuSeconds[phase] = Number(((cpu.user + cpu.system) / 1e6).toFixed(2));
    return Number(((performance.now() - started) / 1000).toFixed(2));
  };
  const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
  const firstStoriesFromStoredSeconds = await seconds(async () => (await createApp(store, { uiRoot: null }).request("/api/stories")).json(), "firstStories");
  const exportFromStoredSeconds = await seconds(async () => writeDossierJson(store, sink(), (await currentConnectedCorpus(store)).corpus), "export");
  const largest = [...(await currentConnectedCorpus(store)).corpus.stories].sort((a, b) => b.articleIds.length - a.articleIds.length)[0]!.id;
  const reportLargestFromStoredSeconds = await seconds(async () => writeReport(store, sink(), { format: "html", story: largest }, await connectedForReport(store, largest)), "reportLargest");
  await storeSyntheticArticles(store, 1000, storyCount, size);
  const addThousandSeconds = await seconds(() => currentConnectedCorpus(store), "addThousand");
  await store.close();
  const readersPeakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const readsDuringRebuild = await readsDuring(location);
  rmSync(dir, { recursive: true, force: true });
  return {
    articles: size,
    stories: built.stories,
    connectAndSaveSeconds: built.seconds,
    connectAndSavePeakRssMb: built.peakRssMb,
    firstStoriesFromStoredSeconds,
    exportFromStoredSeconds,
    reportLargestFromStoredSeconds,
    addThousandSeconds,
    cpuSeconds,
    readersPeakRssMb,
    readsDuringRebuild,
  };
}
