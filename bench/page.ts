/**
 * Time to interactive of the story page and of an entity page in headless Chromium (Debian's,
 * through playwright-core), each over a SQLite store served on loopback:
 * - the story page: one story of `storySize` synthetic articles among `noise` others;
 * - the entity page: a person named in each of `entityMentions` articles of one story (so
 *   `entityMentions` mentions), among `noise` others.
 * Each run opens the page in a fresh browser context (no HTTP cache) and reads the page's own
 * "recoupe:story-ready" / "recoupe:entity-ready" mark, set once its data is rendered and its
 * handlers attached, as milliseconds since navigation start. The server's connected corpus is
 * built by a first listing request (timed apart), and one untimed page load warms Chromium; the
 * timed runs are then warm-server, cold-browser-cache loads.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { startServer } from "../src/server/serve.js";
import { findUiRoot } from "../src/server/ui-assets.js";
import { openStore } from "../src/store/open-store.js";
import { storeSyntheticArticles } from "./api.js";

interface Interactive {
  runs: number;
  /** The fastest run: on a machine shared with other work, the figure least disturbed by it. */
  minMs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export interface PageTiming {
  storyArticles: number;
  corpusArticles: number;
  briefingKb: number;
  corpusBuildMs: number;
  interactive: Interactive;
  /** The entity page, on a store of its own (see the header). */
  entityPage: EntityPageTiming | { skipped: string };
}

export interface EntityPageTiming {
  mentions: number;
  corpusArticles: number;
  entityKb: number;
  corpusBuildMs: number;
  interactive: Interactive;
}

const RUNS = 12;
const CHROMIUM = process.env.RECOUPE_CHROMIUM ?? "/usr/bin/chromium";
const ENTITY_MENTIONS = 1000;

export async function benchmarkStoryPage(storySize: number, noise: number, entityMentions = ENTITY_MENTIONS): Promise<PageTiming | { skipped: string }> {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };
  if (!findUiRoot()) return { skipped: "the UI is not built: npm run build:ui" };
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  try {
    const story = await withServedCorpus(storySize, noise, async (url) => {
      const started = performance.now();
      const { stories } = (await (await fetch(`${url}/api/stories`)).json()) as { stories: Array<{ id: string; articles: number }> };
      const corpusBuildMs = Math.round(performance.now() - started);
      const { id, articles } = stories[0]!;
      const interactive = await timePage(browser, `${url}/#/story/${id}`, `story:${id}`, "recoupe:story-ready");
      const briefing = await (await fetch(`${url}/api/stories/${id}/briefing`)).text();
      return { storyArticles: articles, corpusArticles: storySize + noise, briefingKb: Math.round(Buffer.byteLength(briefing) / 1024), corpusBuildMs, interactive };
    });
    const entityPage = await withServedCorpus(entityMentions, noise, async (url): Promise<EntityPageTiming> => {
      const started = performance.now();
      const { entities } = (await (await fetch(`${url}/api/entities?limit=1`)).json()) as { entities: Array<{ id: string }> };
      const corpusBuildMs = Math.round(performance.now() - started);
      const id = entities[0]!.id;
      const detail = await (await fetch(`${url}/api/entities/${encodeURIComponent(id)}`)).text();
      const interactive = await timePage(browser, `${url}/#/entity/${encodeURIComponent(id)}`, `entity:${id}`, "recoupe:entity-ready");
      return { mentions: (JSON.parse(detail) as { mentionCount: number }).mentionCount, corpusArticles: entityMentions + noise, entityKb: Math.round(Buffer.byteLength(detail) / 1024), corpusBuildMs, interactive };
    });
    return { ...story, entityPage };
  } finally {
    await browser.close();
  }
}

/** A store of one story of `storySize` synthetic articles among `noise` others, served on loopback for `use`. */
async function withServedCorpus<T>(storySize: number, noise: number, use: (url: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "recoupe-page-"));
  const store = await openStore(join(dir, "page.db"));
  await storeSyntheticArticles(store, storySize, 1);
  // Other stories around it, numbered after the story's own articles so no id repeats.
  await storeSyntheticArticles(store, noise, Math.ceil(noise / 5), storySize);
  const server = await startServer(store, { host: "127.0.0.1", port: 0 });
  try {
    return await use(server.url);
  } finally {
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The page's ready mark over RUNS cold-cache loads, after one untimed load. */
async function timePage(browser: Browser, address: string, ready: string, mark: string): Promise<Interactive> {
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(address);
    await page.waitForSelector(`body[data-ready="${ready}"]`, { timeout: 60_000 });
    times.push(await page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark));
    await context.close();
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  return { runs: warm.length, minMs: Math.round(warm[0]!), medianMs: Math.round(warm[Math.floor(warm.length / 2)]!), p95Ms: Math.round(warm[Math.ceil(warm.length * 0.95) - 1]!), maxMs: Math.round(warm.at(-1)!) };
}
