/**
 * The reference case in a real browser (needs ../shared): analyze the seed articles, find the
 * story by an entity, see the 24 November 2021 signing on its timeline with its sources, and
 * open one source's words highlighted in the article. With RECOUPE_SCREENSHOTS=1 it saves the
 * main pages to docs/screenshots/ for the README.
 */
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findSharedDir, SHARED_ABSENT_NOTICE } from "../../eval/shared-dir.js";
import type { Story } from "../../src/connect/connect-corpus.js";
import { CHROMIUM_ABSENT_NOTICE, ensureUiBuilt, hasChromium, launchBrowser, openRoute, overlappingGraphLabels, PHONE, serveCorpus, snap, watchedPage, type ServedCorpus } from "./browser-harness.js";

const shared = findSharedDir();

describe.skipIf(!hasChromium || !shared)("the seed articles in the web UI", () => {
  let browser: Browser;
  let served: ServedCorpus;

  beforeAll(async () => {
    await ensureUiBuilt();
    served = await serveCorpus([resolve(shared!, "seeds")]);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it("finds the story by an entity, shows the signing on its timeline, and opens a source's words", async () => {
    const { page, incidents } = await watchedPage(browser);
    await openRoute(page, served.url, "#/", "stories:");
    await page.getByLabel("Entity").fill("Gantz");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.waitForFunction(() => location.hash.includes("entity=Gantz"));
    await page.waitForSelector('body[data-ready="stories:entity=Gantz"]');
    const listed = await page.locator(".story-card").evaluateAll((cards) => cards.map((card) => card.getAttribute("data-story")!));
    expect(listed.length).toBeGreaterThan(0);
    await snap(page, "stories");

    // The story holding the signing: an AGREE claim dated 2021-11-24, as the API tells.
    const stories = await Promise.all(listed.map(async (id) => (await (await fetch(`${served.url}/api/stories/${id}`)).json()) as Story));
    const signing = stories.flatMap((story) => story.claims.map((claim) => ({ story, claim }))).find(({ claim }) => claim.category === "AGREE" && claim.date === "2021-11-24");
    expect(signing).toBeDefined();
    const { story, claim } = signing!;
    expect(new Set(claim.supportedBy.map((span) => span.articleId)).size).toBeGreaterThanOrEqual(3);

    await page.locator(`.story-card[data-story="${story.id}"] h2 a`).click();
    await page.waitForSelector(`body[data-ready="story:${story.id}"]`);
    const entry = page.locator(`.timeline-list li[data-date="2021-11-24"][data-claim="${claim.id}"]`);
    await expect(entry.isVisible()).resolves.toBe(true);
    await entry.locator("button").click();
    const detailSources = page.locator(".timeline-detail a.source");
    expect(await detailSources.count()).toBeGreaterThanOrEqual(3);
    await snap(page, "story");

    const href = (await detailSources.first().getAttribute("href"))!;
    const target = new URL(href.replace(/^#/u, "http://x"));
    const articleId = target.pathname.split("/").at(-1)!;
    await detailSources.first().click();
    await page.waitForSelector(`body[data-ready="article:${articleId}"]`);
    const article = (await (await fetch(`${served.url}/api/articles/${articleId}`)).json()) as { text: string };
    const words = article.text.slice(Number(target.searchParams.get("start")), Number(target.searchParams.get("end")));
    expect((await page.locator(".clean-text mark.focus").allTextContents()).join("")).toBe(words);
    await snap(page, "article");
    expect(incidents).toEqual([]);
    await page.close();
  });

  it("opens a person's page from the story's cast: name variants, roles with sources, stories and quotes", async () => {
    const { page, incidents } = await watchedPage(browser);
    const { stories } = (await (await fetch(`${served.url}/api/stories?entity=Gantz`)).json()) as { stories: Array<{ id: string }> };
    await openRoute(page, served.url, `#/story/${stories[0]!.id}`, `story:${stories[0]!.id}`);
    const chip = page.locator(".involved a.chip", { hasText: "Benny Gantz" });
    expect(await chip.count()).toBe(1);
    const entityId = (await chip.getAttribute("href"))!.split("/").at(-1)!;
    await chip.click();
    await page.waitForSelector(`body[data-ready="entity:${entityId}"]`);
    expect(await page.locator("#entity-name").textContent()).toBe("Benny Gantz");
    const variants = await page.locator("section[aria-labelledby=variants-heading] .chip").allTextContents();
    expect(variants).toEqual(expect.arrayContaining(["Gantz"]));
    expect(await page.locator("section[aria-labelledby=roles-heading] li").count()).toBeGreaterThan(0);
    // Every role's sources are named by outlet, never by an article id.
    for (const label of await page.locator("section[aria-labelledby=roles-heading] a.source").allTextContents()) expect(label).not.toMatch(/^a_[0-9a-f]+$/u);
    expect(await page.locator("section[aria-labelledby=stories-heading] li").count()).toBeGreaterThan(0);
    await page.waitForFunction(() => !document.querySelector("section[aria-labelledby=said-heading] [role=status]"));
    expect(await page.locator("section[aria-labelledby=said-heading] blockquote").count()).toBeGreaterThan(0);
    await snap(page, "entity");
    expect(incidents).toEqual([]);
    await page.close();
  });

  it.each([
    ["en-GB", (code: string) => `ISO 3166 country code ${code}`],
    ["fr-FR", (code: string) => `code pays ISO 3166 ${code}`],
  ] as const)("names a country's reference in words, and writes its statements with the country's article (%s)", async (locale, words) => {
    const { entities } = (await (await fetch(`${served.url}/api/entities?limit=500`)).json()) as { entities: Array<{ id: string; name: string; knowledgeBase: Array<{ scheme: string; id: string }> }> };
    const country = entities.find((entity) => entity.name === "Maroc" && entity.knowledgeBase.some((reference) => reference.scheme === "iso3166-1"));
    expect(country).toBeDefined();
    const { page, incidents } = await watchedPage(browser, { width: 1280, height: 900 }, locale);
    await openRoute(page, served.url, `#/entity/${encodeURIComponent(country!.id)}`, `entity:${country!.id}`);
    const meta = (await page.locator(".entity > p.meta").textContent())!;
    expect(meta).toContain(words("MA"));
    expect(meta).not.toMatch(/iso3166/u);
    // The signing story is French: its statements give the kingdom its article, never « avec Maroc ».
    const { stories } = (await (await fetch(`${served.url}/api/stories?entity=Gantz`)).json()) as { stories: Array<{ id: string }> };
    const { sentences } = (await (await fetch(`${served.url}/api/stories/${stories[0]!.id}/briefing`)).json()) as { sentences: Record<string, string> };
    const statements = Object.values(sentences).join("\n");
    expect(statements).toMatch(/\b(?:le|au|du) Maroc\b/u);
    expect(statements).not.toMatch(/\b(?:avec|à|de) Maroc\b/u);
    expect(incidents).toEqual([]);
    await page.close();
  });

  it("draws the signing story's graph with every label apart, and compares its sources by outlet, at desktop and phone width", async () => {
    const { stories } = (await (await fetch(`${served.url}/api/stories?entity=Gantz`)).json()) as { stories: Array<{ id: string }> };
    const storyId = stories[0]!.id;
    for (const [viewport, name] of [[{ width: 1280, height: 900 }, "story-graph"], [PHONE, "story-graph-phone"]] as const) {
      const { page, incidents } = await watchedPage(browser, viewport);
      await openRoute(page, served.url, `#/story/${storyId}?section=graph`, `story:${storyId}`);
      await page.locator("svg.graph").waitFor();
      expect(await page.locator("svg.graph text.label:not(.floating)").count()).toBeGreaterThan(3);
      expect(await overlappingGraphLabels(page)).toEqual([]);
      await snap(page, name);
      await openRoute(page, served.url, `#/story/${storyId}?section=comparison`, `story:${storyId}`);
      const headers = await page.locator(".matrix thead th.source-column").allTextContents();
      expect(headers.length).toBeGreaterThan(1);
      expect(headers.join(" ")).not.toMatch(/\bC\d+\b/u);
      if (viewport === PHONE) await snap(page, "story-comparison-phone");
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
      expect(incidents).toEqual([]);
      await page.close();
    }
  });

  it("finds the story by words, and lays it out on a phone", async () => {
    const { page } = await watchedPage(browser, { width: 390, height: 844 });
    await openRoute(page, served.url, "#/?q=Rabat", "stories:q=Rabat");
    expect(await page.locator(".story-card").count()).toBeGreaterThan(0);
    await page.locator(".story-card h2 a").first().click();
    await page.waitForSelector('body[data-ready^="story:"]');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await snap(page, "story-phone");
    await page.goto(`${served.url}/#/analyze`);
    await snap(page, "analyze");
    await page.close();
  });
});

describe.skipIf(hasChromium && shared !== null)("the seed articles in the web UI", () => {
  it.skip(shared ? CHROMIUM_ABSENT_NOTICE : SHARED_ABSENT_NOTICE, () => {});
});
