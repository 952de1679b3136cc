/**
 * The story page's time to interactive in headless Chromium (Debian's, through playwright-core):
 * a SQLite store holding one story of `storySize` synthetic articles among `noise` others, served
 * on loopback; each run opens the story in a fresh browser context (no HTTP cache) and reads the
 * page's own "recoupe:story-ready" mark, set once the story's data is rendered and its handlers
 * attached, as milliseconds since navigation start. The server's connected corpus is built by a
 * first listing request (timed apart), and one untimed page load warms Chromium; the timed runs
 * are then warm-server, cold-browser-cache loads.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { startServer } from "../src/server/serve.js";
import { findUiRoot } from "../src/server/ui-assets.js";
import { openStore } from "../src/store/open-store.js";
import { storeSyntheticArticles } from "./api.js";

export interface PageTiming {
  storyArticles: number;
  corpusArticles: number;
  briefingKb: number;
  corpusBuildMs: number;
  interactive: { runs: number; medianMs: number; p95Ms: number; maxMs: number };
}

const RUNS = 12;
const CHROMIUM = process.env.RECOUPE_CHROMIUM ?? "/usr/bin/chromium";

export async function benchmarkStoryPage(storySize: number, noise: number): Promise<PageTiming | { skipped: string }> {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };
  if (!findUiRoot()) return { skipped: "the UI is not built: npm run build:ui" };
  const dir = mkdtempSync(join(tmpdir(), "recoupe-page-"));
  const store = await openStore(join(dir, "page.db"));
  await storeSyntheticArticles(store, storySize, 1);
  // Other stories around it, numbered after the story's own articles so no id repeats.
  await storeSyntheticArticles(store, noise, Math.ceil(noise / 5), storySize);
  const server = await startServer(store, { host: "127.0.0.1", port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  try {
    const started = performance.now();
    const { stories } = (await (await fetch(`${server.url}/api/stories`)).json()) as { stories: Array<{ id: string; articles: number }> };
    const corpusBuildMs = Math.round(performance.now() - started);
    const story = stories[0]!;
    const times: number[] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/#/story/${story.id}`);
      await page.waitForSelector(`body[data-ready="story:${story.id}"]`, { timeout: 60_000 });
      times.push(await page.evaluate(() => performance.getEntriesByName("recoupe:story-ready")[0]!.startTime));
      await context.close();
    }
    const briefing = await (await fetch(`${server.url}/api/stories/${story.id}/briefing`)).text();
    const warm = times.slice(1).sort((a, b) => a - b);
    return {
      storyArticles: story.articles,
      corpusArticles: storySize + noise,
      briefingKb: Math.round(Buffer.byteLength(briefing) / 1024),
      corpusBuildMs,
      interactive: { runs: warm.length, medianMs: Math.round(warm[Math.floor(warm.length / 2)]!), p95Ms: Math.round(warm[Math.ceil(warm.length * 0.95) - 1]!), maxMs: Math.round(warm.at(-1)!) },
    };
  } finally {
    await browser.close();
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
