/**
 * The web UI in a real Chromium, on the project's own examples: the stories list and its
 * filters, a story page, a claim's source opened highlighted in its article (and in the raw
 * input), keyboard use, a phone-width layout, and pasting a new article.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repositoryRoot } from "../run-cli.js";
import { CHROMIUM_ABSENT_NOTICE, ensureUiBuilt, hasChromium, launchBrowser, openRoute, serveCorpus, watchedPage, type ServedCorpus } from "./browser-harness.js";

describe.skipIf(!hasChromium)("the web UI on examples/", () => {
  let browser: Browser;
  let served: ServedCorpus;

  beforeAll(async () => {
    await ensureUiBuilt();
    served = await serveCorpus([resolve(repositoryRoot, "examples")]);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it("lists stories and narrows them by entity, with the filter kept in the address", async () => {
    const { page, incidents } = await watchedPage(browser);
    await openRoute(page, served.url, "#/", "stories:");
    const all = await page.locator(".story-card").count();
    expect(all).toBeGreaterThanOrEqual(1);
    await page.getByLabel("Entity").fill("Obolensky");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.waitForFunction(() => location.hash.includes("entity=Obolensky"));
    await page.waitForSelector('body[data-ready="stories:entity=Obolensky"]');
    const narrowed = await page.locator(".story-card").allTextContents();
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThanOrEqual(all);
    expect(narrowed.every((card) => card.includes("Obolensky"))).toBe(true);
    await page.getByLabel("Entity").fill("Zyxwvut");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.waitForSelector('body[data-ready="stories:entity=Zyxwvut"]');
    expect(await page.locator(".story-card").count()).toBe(0);
    expect(await page.getByText("No story matches").isVisible()).toBe(true);
    expect(incidents).toEqual([]);
    await page.close();
  });

  it("opens a story, then a claim's source highlighted in its article and in the raw input", async () => {
    const { page, incidents } = await watchedPage(browser);
    await openRoute(page, served.url, "#/", "stories:");
    await page.locator(".story-card h2 a").first().click();
    await page.waitForSelector('body[data-ready^="story:"]');
    expect(await page.locator(".timeline-list li").count()).toBeGreaterThan(0);
    expect(await page.locator(".claims tbody tr").count()).toBeGreaterThan(0);
    expect(await page.locator(".matrix tbody tr").count()).toBeGreaterThan(1);

    const source = page.locator(".claims a.source").first();
    const target = new URL((await source.getAttribute("href"))!.replace(/^#/u, "http://x"));
    const [articleId, start, end] = [target.pathname.split("/").at(-1)!, Number(target.searchParams.get("start")), Number(target.searchParams.get("end"))];
    await source.click();
    await page.waitForSelector(`body[data-ready="article:${articleId}"]`);
    const article = (await (await fetch(`${served.url}/api/articles/${articleId}`)).json()) as { text: string };
    const highlighted = (await page.locator(".clean-text mark.focus").allTextContents()).join("");
    expect(highlighted).toBe(article.text.slice(start, end));
    expect(await page.locator(".clean-text mark.focus").first().isVisible()).toBe(true);

    await page.getByRole("checkbox", { name: "show the raw input" }).check();
    await page.waitForSelector(".raw-text mark.focus");
    const rawWords = (await page.locator(".raw-text mark.focus").textContent()) ?? "";
    // The cited words' longest word is found in the raw input too (a span may be one short word: « eau »).
    const longestWord = [...article.text.slice(start, end).matchAll(/\p{L}+/gu)].map((match) => match[0]).sort((a, b) => b.length - a.length)[0]!;
    expect(rawWords).toContain(longestWord);
    expect(incidents).toEqual([]);
    await page.close();
  });

  it("is usable from the keyboard", async () => {
    const { page } = await watchedPage(browser);
    await openRoute(page, served.url, "#/", "stories:");
    const storyLink = page.locator(".story-card h2 a").first();
    const wanted = await storyLink.getAttribute("href");
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press("Tab");
      if ((await page.evaluate(() => document.activeElement?.getAttribute("href"))) === wanted) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(wanted);
    await page.keyboard.press("Enter");
    await page.waitForSelector('body[data-ready^="story:"]');
    await page.close();
  });

  it("fits a phone's width without sideways scrolling", async () => {
    const { page } = await watchedPage(browser, { width: 390, height: 844 });
    await openRoute(page, served.url, "#/", "stories:");
    await page.locator(".story-card h2 a").first().click();
    await page.waitForSelector('body[data-ready^="story:"]');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.close();
  });

  it("analyzes chosen files one by one, shows each file's error, and links to the story of the last good one", async () => {
    const { page, incidents } = await watchedPage(browser);
    await page.goto(`${served.url}/#/analyze`);
    const binary = resolve(repositoryRoot, "test/fixtures/e2e/not-an-article.png");
    await page.locator('input[type="file"]').setInputFiles([binary, resolve(repositoryRoot, "test/fixtures/e2e/pasted-article.txt").replace("pasted-article", "second-article")]);
    await page.getByRole("link", { name: "Open the story" }).waitFor({ timeout: 30_000 });
    const results = await page.locator(".results li").allTextContents();
    expect(results[0]).toMatch(/not-an-article\.png: .*PNG/u);
    expect(results[1]).toMatch(/second-article\.txt: analyzed/u);
    await page.getByRole("link", { name: "Open the story" }).click();
    await page.waitForSelector('body[data-ready^="story:"]');
    expect(await page.locator(".article-list li").allTextContents()).toContainEqual(expect.stringContaining("digue de Corvalle"));
    expect(incidents).toEqual([]);
    await page.close();
  });

  it("analyzes pasted text and lands on its story", async () => {
    const { page, incidents } = await watchedPage(browser);
    await page.goto(`${served.url}/#/analyze`);
    const text = readFileSync(resolve(repositoryRoot, "test/fixtures/e2e/pasted-article.txt"), "utf8");
    await page.getByLabel("Or paste an article's text").fill(text);
    await page.getByRole("button", { name: "Analyze the text" }).click();
    await page.waitForSelector('body[data-ready^="story:"]', { timeout: 30_000 });
    const articles = await page.locator(".article-list li").allTextContents();
    expect(articles.some((line) => line.includes("Corvalle rouvre son pont"))).toBe(true);
    expect(incidents).toEqual([]);
    await page.close();
  });
});

describe.skipIf(hasChromium)("the web UI", () => {
  it.skip(CHROMIUM_ABSENT_NOTICE, () => {});
});
