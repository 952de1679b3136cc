/**
 * What a reader meets on the story page, in a real Chromium on the project's examples: the
 * source comparison headed by outlets, event kinds in words, an entity graph that fills its frame
 * with labels that never overlap and nodes reached by the keyboard, the current section marked
 * in the contents, the downloads in two rows on a phone, and a citation copied per claim; at
 * desktop and phone width, with no console error and axe-core clean.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventKindWords } from "../../src/deliver/event-words.js";
import { knownOnlyByFile, sourceName } from "../../src/deliver/source-name.js";
import { accessibilityViolations, CHROMIUM_ABSENT_NOTICE, hasChromium, openExamplesDesk, openRoute, overlappingGraphLabels, PHONE, watchedPage, type ExamplesDesk, type ServedCorpus } from "./browser-harness.js";

const DESK = { width: 1280, height: 900 };

interface BriefingShape {
  story: { claims: Array<{ id: string; kind: string; category?: string; mode?: string }>; sourceComparison: Array<{ articleId: string }>; timeline: Array<{ claim: string; datedByPublication: boolean; dateInferred: boolean }> };
  report: { keyEvent: { dateText: string | null; dateInferredFrom: string | null } | null };
  articles: Array<{ id: string; outlet: string | null; url: string | null; source: string; title: string | null }>;
  sentences: Record<string, string>;
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe.skipIf(!hasChromium)("reading the story page, on examples/", () => {
  let browser: Browser;
  let served: ServedCorpus;
  let storyId: string;
  let desk: ExamplesDesk | undefined;
  let briefing: BriefingShape;

  beforeAll(async () => {
    desk = await openExamplesDesk();
    ({ browser, served, storyId } = desk);
    briefing = (await (await fetch(`${served.url}/api/stories/${storyId}/briefing`)).json()) as BriefingShape;
  }, 180_000);
  afterAll(async () => await desk?.close());

  it.each([
    ["desktop", DESK],
    ["phone", PHONE],
  ] as const)("heads the source comparison with outlets, titles in their tooltips, claims in words (%s)", async (_width, viewport) => {
    const { page, incidents } = await watchedPage(browser, viewport);
    await openRoute(page, served.url, `#/story/${storyId}?section=comparison`, `story:${storyId}`);
    const headers = page.locator(".matrix thead th.source-column");
    const names = await headers.allTextContents();
    // Each heading is an outlet (a web host, else a file said to be one), told apart by its time when one outlet gives two articles.
    const outlets = new Set(briefing.articles.map((article) => sourceName(article, (file) => `file: ${file}`)));
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) expect(outlets.has(name.replace(/ \([^)]*\)$/u, ""))).toBe(true);
    const files = briefing.articles.filter(knownOnlyByFile).map((article) => article.source.split("/").at(-1)!);
    for (const file of files) expect(names.filter((name) => name.includes(file)).every((name) => name.startsWith("file: "))).toBe(true);
    expect(names.join(" ")).not.toMatch(/\bC\d+\b/u);
    const titles = new Set(briefing.articles.map((article) => article.title));
    const tooltip = (await headers.first().getAttribute("title"))!;
    expect(titles.has(tooltip.split(" — ")[0]!)).toBe(true);
    // The rows are the claims in the words the page uses elsewhere.
    const firstClaim = (await page.locator(".matrix tbody th.claim-column").first().textContent())!;
    expect(Object.values(briefing.sentences)).toContain(firstClaim);
    expect(await overflow(page)).toBeLessThanOrEqual(1);
    // On a phone the claim column stays in view while the outlets scroll under it.
    await page.locator(".matrix").evaluate((table) => (table.parentElement!.scrollLeft = 10_000));
    const claimBox = (await page.locator(".matrix tbody th.claim-column").first().boundingBox())!;
    expect(claimBox.x).toBeGreaterThanOrEqual(0);
    expect(claimBox.x).toBeLessThan(viewport.width / 4);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(incidents).toEqual([]);
    await page.close();
  });

  it.each([
    ["en-GB", "en"],
    ["fr-FR", "fr"],
  ] as const)("names each event claim's kind in the interface's words (%s)", async (locale, language) => {
    const { page, incidents } = await watchedPage(browser, DESK, locale);
    await openRoute(page, served.url, `#/story/${storyId}`, `story:${storyId}`);
    const events = briefing.story.claims.filter((claim) => claim.kind === "event");
    expect(events.length).toBeGreaterThan(0);
    for (const claim of events) {
      const badge = (await page.locator(`.claims tr[data-claim="${claim.id}"] .badge.kind-event`).textContent())!;
      const [mode, polarity = "asserted"] = claim.mode!.split("~");
      expect(badge).toBe(eventKindWords(claim.category, mode!, polarity as "asserted", language));
      expect(badge).not.toMatch(/^(event|fait)$|[A-Z]{3,}|-/u);
    }
    expect(incidents).toEqual([]);
    await page.close();
  });

  it.each([
    ["desktop", DESK],
    ["phone", PHONE],
  ] as const)("draws the entity graph filling its frame, labels apart, every node reached and chosen by keyboard (%s)", async (_width, viewport) => {
    const { page, incidents } = await watchedPage(browser, viewport);
    await openRoute(page, served.url, `#/story/${storyId}?section=graph`, `story:${storyId}`);
    await page.locator("svg.graph").waitFor();
    const shape = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>("svg.graph")!.getBoundingClientRect();
      const circles = [...document.querySelectorAll("svg.graph circle")].map((circle) => circle.getBoundingClientRect());
      const labels = [...document.querySelectorAll<SVGTextElement>("svg.graph text.label:not(.floating)")].map((label) => label.getBoundingClientRect());
      const boxes = [...circles, ...labels];
      const spread = (low: (box: DOMRect) => number, high: (box: DOMRect) => number) => Math.max(...boxes.map(high)) - Math.min(...boxes.map(low));
      return {
        svg: { width: svg.width, height: svg.height, right: svg.right },
        nodes: circles.length,
        labels: labels.length,
        spread: { x: spread((box) => box.left, (box) => box.right), y: spread((box) => box.top, (box) => box.bottom) },
        fontPx: parseFloat(getComputedStyle(document.querySelector("svg.graph text")!).fontSize) * (svg.width / document.querySelector<SVGSVGElement>("svg.graph")!.viewBox.baseVal.width),
      };
    });
    expect(shape.nodes).toBeGreaterThan(2);
    // The drawing uses the frame: no band of a third of it left empty on either axis.
    expect(shape.spread.x / shape.svg.width).toBeGreaterThan(0.66);
    expect(shape.spread.y / shape.svg.height).toBeGreaterThan(0.66);
    expect(shape.svg.right).toBeLessThanOrEqual(viewport.width);
    // Labels at their real size, on a phone too, and no two of them overlapping.
    expect(shape.fontPx).toBeGreaterThanOrEqual(11);
    expect(shape.labels).toBeGreaterThan(0);
    expect(await overlappingGraphLabels(page)).toEqual([]);
    // Tab reaches each node; Enter chooses it and lists its claims.
    const nodes = await page.locator("svg.graph .node").count();
    await page.locator("#section-graph summary").focus();
    const reached = new Set<string>();
    for (let presses = 0; presses < nodes + 2; presses++) {
      await page.keyboard.press("Tab");
      const label = await page.evaluate(() => (document.activeElement?.classList.contains("node") ? document.activeElement.getAttribute("aria-label") : null));
      if (label) reached.add(label);
    }
    expect(reached.size).toBe(nodes);
    await page.locator("svg.graph .node").first().focus();
    await page.keyboard.press("Enter");
    expect(await page.locator("svg.graph .node").first().getAttribute("aria-pressed")).toBe("true");
    expect(await page.locator(".graph-detail li").count()).toBeGreaterThan(0);
    expect(await overflow(page)).toBeLessThanOrEqual(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(incidents).toEqual([]);
    await page.close();
  });

  it("marks the section being read in the contents, which stay in view while scrolling", async () => {
    const { page, incidents } = await watchedPage(browser, PHONE);
    await openRoute(page, served.url, `#/story/${storyId}`, `story:${storyId}`);
    for (const name of ["claims", "timeline", "articles"]) {
      await page.evaluate((wanted) => document.getElementById(`section-${wanted}`)!.scrollIntoView({ block: "start" }), name);
      await page.waitForFunction((wanted) => document.querySelector('nav.toc a[aria-current="location"]')?.getAttribute("href")?.includes(`section=${wanted}`), name);
      const contents = (await page.locator("nav.toc").boundingBox())!;
      expect(contents.y).toBeLessThanOrEqual(1);
      // The current entry is scrolled into the contents' row.
      const current = (await page.locator('nav.toc a[aria-current="location"]').boundingBox())!;
      expect(current.x).toBeGreaterThanOrEqual(0);
      expect(current.x + current.width).toBeLessThanOrEqual(PHONE.width);
    }
    expect(await page.locator('nav.toc a[aria-current="location"]').count()).toBe(1);
    expect(incidents).toEqual([]);
    await page.close();
  });

  it("fits the downloads, the citation and print in two rows on a phone", async () => {
    const { page, incidents } = await watchedPage(browser, PHONE);
    await openRoute(page, served.url, `#/story/${storyId}`, `story:${storyId}`);
    const rows = await page.locator(".export-bar > a, .export-bar > button").evaluateAll((controls) => new Set(controls.map((control) => Math.round(control.getBoundingClientRect().top))).size);
    expect(rows).toBeLessThanOrEqual(2);
    // The label is gone from sight, not from the group's accessible name.
    expect(await page.getByRole("group", { name: "Download the story as" }).count()).toBe(1);
    expect(await overflow(page)).toBeLessThanOrEqual(1);
    expect(incidents).toEqual([]);
    await page.close();
  });

  it.each([
    ["en-GB", "French"],
    ["fr-FR", "français"],
  ] as const)("names languages in words, not codes, on the stories list and the article page (%s)", async (locale, french) => {
    const { page, incidents } = await watchedPage(browser, DESK, locale);
    await openRoute(page, served.url, "#/", "stories:");
    expect(await page.locator('select[name="language"] option[value="fr"]').textContent()).toBe(french);
    const meta = await page.locator(".story-card").first().textContent();
    expect(meta).toContain(french);
    expect(meta).not.toMatch(/· fr\b/u);
    await openRoute(page, served.url, `#/story/${storyId}?section=articles`, `story:${storyId}`);
    expect(await page.locator("#section-articles .article-list .meta").first().textContent()).toContain(french);
    expect(incidents).toEqual([]);
    await page.close();
  });

  it("marks a date no source states as inferred, its evidence on hover, and a stated one not", async () => {
    const { page, incidents } = await watchedPage(browser);
    await openRoute(page, served.url, `#/story/${storyId}?section=timeline`, `story:${storyId}`);
    const inferred = briefing.story.timeline.filter((entry) => entry.dateInferred);
    expect(inferred.length).toBeGreaterThan(0);
    for (const entry of briefing.story.timeline) {
      const badge = page.locator(`.timeline-list li[data-claim="${entry.claim}"] .badge.inferred`);
      if (!entry.dateInferred) {
        expect(await badge.count()).toBe(0);
        continue;
      }
      expect(await badge.getAttribute("title")).toMatch(entry.datedByPublication ? /^Inferred from the publication date/u : /^Inferred from the story's dates/u);
      expect(await page.locator(`.timeline-list li[data-claim="${entry.claim}"] button`).textContent()).toMatch(/^≈ /u);
    }
    const key = briefing.report.keyEvent;
    if (key?.dateInferredFrom) {
      await openRoute(page, served.url, `#/story/${storyId}`, `story:${storyId}`);
      const when = page.locator("dl.facts dd", { hasText: key.dateText! });
      expect(await when.first().getAttribute("title")).toMatch(/^Inferred from/u);
    }
    expect(incidents).toEqual([]);
    await page.close();
  });

  it("copies a citation of one claim: its words, its outlets and the dossier's address", async () => {
    const { page, incidents } = await watchedPage(browser);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: served.url });
    await openRoute(page, served.url, `#/story/${storyId}?section=claims`, `story:${storyId}`);
    const row = page.locator(".claims tbody tr").first();
    const claimId = (await row.getAttribute("data-claim"))!;
    await row.getByRole("button", { name: "Cite" }).click();
    await row.getByText("Citation copied.").waitFor();
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation).toContain(`“${briefing.sentences[claimId]}”`);
    const firstOutlet = (await row.locator("a.source").first().textContent())!.replace(/ \([^)]*\)$/u, "");
    expect(citation).toContain(firstOutlet);
    expect(citation).toContain(`/#/story/${storyId}`);
    expect(incidents).toEqual([]);
    await page.close();
  });
});

describe.skipIf(hasChromium)("reading the story page", () => {
  it.skip(CHROMIUM_ABSENT_NOTICE, () => {});
});
