/**
 * The story page as an analyst's desk, in a real Chromium on the project's examples: sections
 * reached from a table of contents and folded, the timeline opened on the key event, the
 * "corroborated only" filter kept in the address, the coverage chart and its table, the
 * downloads and the citation, the French and English interfaces; at desktop and phone width,
 * with no console error, axe-core clean, and every new control reached by the keyboard.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, CHROMIUM_ABSENT_NOTICE, hasChromium, openExamplesDesk, openRoute, PHONE, snap, watchedPage, type ExamplesDesk, type ServedCorpus } from "./browser-harness.js";

/** In the page: the section's top sits just under the sticky contents bar. */
function sectionUnderContents(name: string): boolean {
  const top = document.getElementById(`section-${name}`)!.getBoundingClientRect().top;
  const contents = document.querySelector("nav.toc")!.getBoundingClientRect().bottom;
  return top >= contents - 2 && top < contents + 40;
}

describe.skipIf(!hasChromium)("the story page as an analyst's desk, on examples/", () => {
  let browser: Browser;
  let served: ServedCorpus;
  let storyId: string;
  let desk: ExamplesDesk | undefined;

  beforeAll(async () => {
    desk = await openExamplesDesk();
    ({ browser, served, storyId } = desk);
  }, 180_000);
  afterAll(async () => await desk?.close());

  it("reaches each section from the table of contents, folds it, and opens the timeline on the key event", async () => {
    const { page, incidents } = await watchedPage(browser);
    await openRoute(page, served.url, `#/story/${storyId}`, `story:${storyId}`);
    const sections = await page.locator("details.section").evaluateAll((all) => all.map((section) => section.getAttribute("data-section")!));
    expect(sections).toEqual(expect.arrayContaining(["event", "timeline", "coverage", "claims", "headlines", "comparison", "articles"]));
    const links = page.locator("nav.toc a");
    expect(await links.count()).toBe(sections.length);
    await snap(page, "story-desk");

    // Each entry brings its section to the top of the window, and says so in the address.
    for (const name of ["comparison", "claims", "coverage"]) {
      await page.locator(`nav.toc a[href*="section=${name}"]`).click();
      await page.waitForFunction((wanted) => location.hash.includes(`section=${wanted}`), name);
      await page.waitForFunction(sectionUnderContents, name);
      // The contents stay in view, the section read marked as the current one.
      await page.waitForFunction((wanted) => document.querySelector('nav.toc a[aria-current="location"]')?.getAttribute("href")?.includes(`section=${wanted}`), name);
    }
    // A section folds and unfolds from its heading, by mouse and by keyboard; the table of contents reopens a folded one.
    const claims = page.locator("#section-claims");
    await claims.locator("summary").click();
    expect(await claims.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
    await claims.locator("summary").focus();
    await page.keyboard.press("Enter");
    expect(await claims.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
    await claims.locator("summary").click();
    await page.locator('nav.toc a[href*="section=claims"]').click();
    expect(await claims.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);

    // The timeline opens on the key event, chosen and in its list's view.
    const briefing = (await (await fetch(`${served.url}/api/stories/${storyId}/briefing`)).json()) as { report: { keyEvent: { claim: string } | null } };
    const keyClaim = briefing.report.keyEvent!.claim;
    const key = page.locator(`.timeline-list li[data-claim="${keyClaim}"][data-key="true"]`);
    expect(await key.getAttribute("class")).toBe("selected");
    const [listBox, keyBox] = [await page.locator(".timeline-list").boundingBox(), await key.boundingBox()];
    expect(keyBox!.y).toBeGreaterThanOrEqual(listBox!.y - 1);
    expect(keyBox!.y + keyBox!.height).toBeLessThanOrEqual(listBox!.y + listBox!.height + 1);
    expect(await page.locator(".timeline-detail").textContent()).toContain((await key.locator("button").textContent())!);
    expect(incidents).toEqual([]);
    await page.close();
  });

  it("keeps 'corroborated only' in the address: two or more independent sources per claim, the same after a reload", async () => {
    const { page, incidents } = await watchedPage(browser);
    await openRoute(page, served.url, `#/story/${storyId}`, `story:${storyId}`);
    const all = await page.locator(".claims tbody tr").count();
    await page.getByLabel(/Corroborated only/u).check();
    await page.waitForFunction(() => location.hash.includes("corroborated=1"));
    // The table re-renders after the address changes: wait for it (a loaded machine counted the old rows).
    await page.waitForFunction(() => [...document.querySelectorAll(".claims tbody tr")].every((row) => Number(row.getAttribute("data-independent")) >= 2));
    const kept = await page.locator(".claims tbody tr").evaluateAll((rows) => rows.map((row) => Number(row.getAttribute("data-independent"))));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(all);
    expect(kept.every((count) => count >= 2)).toBe(true);
    await page.getByLabel("Show").selectOption("events");
    await page.waitForFunction(() => location.hash.includes("show=events") && location.hash.includes("corroborated=1"));
    const events = await page.locator(".claims tbody tr .badge.kind-event").count();
    expect(events).toBe(await page.locator(".claims tbody tr").count());
    await snap(page, "story-corroborated");

    await page.reload();
    await page.waitForSelector(`body[data-ready="story:${storyId}"]`);
    expect(await page.getByLabel(/Corroborated only/u).isChecked()).toBe(true);
    expect(await page.getByLabel("Show").inputValue()).toBe("events");
    expect(await page.locator(".claims tbody tr").count()).toBe(events);
    expect(incidents).toEqual([]);
    await page.close();
  });

  it("draws the coverage per period and outlet, with its figures as a table, at phone width", async () => {
    const { page, incidents } = await watchedPage(browser, PHONE);
    await openRoute(page, served.url, `#/story/${storyId}?section=coverage`, `story:${storyId}`);
    const story = (await (await fetch(`${served.url}/api/stories/${storyId}/briefing`)).json()) as { articles: Array<{ published: string | null; outlet: string | null }> };
    const chart = page.locator("svg.coverage-chart");
    expect(await chart.getAttribute("role")).toBe("img");
    expect(await chart.getAttribute("aria-label")).toMatch(/\d+ articles published from .+ to .+/u);
    await page.locator(".coverage details.figures summary").click();
    await page.locator(".coverage details.figures tbody tr").first().waitFor();
    const counted = await page.locator(".coverage details.figures tbody td:nth-child(2)").allTextContents();
    const undated = story.articles.filter((article) => !/^\d{4}-\d{2}-\d{2}/u.test(article.published ?? "")).length;
    expect(counted.reduce((sum, count) => sum + Number(count), 0)).toBe(story.articles.length - undated);
    const perOutlet = await page.locator(".outlet-bars .bar-count").allTextContents();
    expect(perOutlet.reduce((sum, count) => sum + Number(count), 0)).toBe(story.articles.length);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await page.waitForFunction(sectionUnderContents, "coverage");
    await snap(page, "story-coverage-phone");
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(incidents).toEqual([]);
    await page.close();
  });

  it("downloads the story as Markdown, HTML, JSON and events CSV, and copies a citation", async () => {
    const { page, incidents } = await watchedPage(browser);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: served.url });
    await openRoute(page, served.url, `#/story/${storyId}`, `story:${storyId}`);
    const title = (await page.locator("#story-title").textContent())!;
    const wanted = { "Markdown": ".md", "HTML": ".html", "JSON": ".json", "Events (CSV)": "-events.csv" };
    for (const [label, suffix] of Object.entries(wanted)) {
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".export-bar a", { hasText: label }).click()]);
      expect(download.suggestedFilename()).toBe(`recoupe-${storyId}${suffix}`);
      const body = await (await fetch(`${served.url}${await page.locator(".export-bar a", { hasText: label }).getAttribute("href")}`)).text();
      if (suffix === ".md") expect(body.startsWith(`# ${title.replace(/[\\`*_[\]<>|]/gu, (character) => `\\${character}`)}`)).toBe(true);
      if (suffix === ".html") expect(body).toContain(`<title>`);
    }
    await page.getByRole("button", { name: "Copy a citation" }).click();
    await page.getByText("Citation copied.").waitFor();
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation).toContain(`“${title}”`);
    expect(citation).toContain(`/#/story/${storyId}`);
    expect(incidents).toEqual([]);
    await page.close();
  });

  it("prints the whole story: every section unfolded, without the header, the contents or the buttons", async () => {
    const { page, incidents } = await watchedPage(browser);
    await openRoute(page, served.url, `#/story/${storyId}`, `story:${storyId}`);
    await page.locator("#section-claims summary").click();
    expect(await page.locator("#section-claims").evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
    // Printing (here to PDF) fires beforeprint, which unfolds every section.
    expect((await page.pdf()).subarray(0, 4).toString()).toBe("%PDF");
    expect(await page.locator("details.section:not([open])").count()).toBe(0);
    await page.emulateMedia({ media: "print" });
    for (const hidden of ["header.top", "nav.toc", ".export-bar", ".claim-filters"]) expect(await page.locator(hidden).isVisible()).toBe(false);
    expect(await page.locator(".claims tbody tr").first().isVisible()).toBe(true);
    expect(incidents).toEqual([]);
    await page.close();
  });

  it("speaks French to a French browser, English after the switch, and keeps the choice", async () => {
    const { page, incidents } = await watchedPage(browser, PHONE, "fr-FR");
    await openRoute(page, served.url, `#/story/${storyId}`, `story:${storyId}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
    expect(await page.locator("nav.toc").textContent()).toContain("Chronologie");
    expect(await page.getByRole("navigation", { name: "Principal" }).textContent()).toContain("Sujets");
    const story = (await (await fetch(`${served.url}/api/stories/${storyId}`)).json()) as { language: string };
    expect(await page.locator("#story-title").getAttribute("lang")).toBe(story.language);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await snap(page, "story-fr-phone");
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "English" }).click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.locator("nav.toc").textContent()).toContain("Timeline");
    await page.reload();
    await page.waitForSelector(`body[data-ready="story:${storyId}"]`);
    expect(await page.locator("nav.toc").textContent()).toContain("Timeline");
    expect(await page.getByRole("button", { name: "English" }).getAttribute("aria-pressed")).toBe("true");
    expect(incidents).toEqual([]);
    await page.close();
  });

  it("leads from an article back to its story, by title", async () => {
    const { page, incidents } = await watchedPage(browser);
    await openRoute(page, served.url, `#/story/${storyId}`, `story:${storyId}`);
    const title = (await page.locator("#story-title").textContent())!;
    await page.locator("#section-articles .article-list a").first().click();
    await page.waitForSelector('body[data-ready^="article:"]');
    const back = page.locator(".back a");
    await back.waitFor();
    expect(await back.getAttribute("href")).toBe(`#/story/${storyId}`);
    expect(await back.textContent()).toContain(title);
    await back.click();
    await page.waitForSelector(`body[data-ready="story:${storyId}"]`);
    expect(incidents).toEqual([]);
    await page.close();
  });

  it("is axe-core clean on every page at desktop and phone width", async () => {
    const article = ((await (await fetch(`${served.url}/api/stories/${storyId}`)).json()) as { articleIds: string[] }).articleIds[0]!;
    const entity = ((await (await fetch(`${served.url}/api/entities?limit=1`)).json()) as { entities: Array<{ id: string }> }).entities[0]!.id;
    const routes: Array<[string, string]> = [
      ["#/", "stories:"],
      [`#/story/${storyId}`, `story:${storyId}`],
      [`#/article/${article}`, `article:${article}`],
      [`#/entity/${entity}`, `entity:${entity}`],
    ];
    for (const viewport of [{ width: 1280, height: 900 }, PHONE]) {
      const { page, incidents } = await watchedPage(browser, viewport);
      for (const [route, ready] of routes) {
        await openRoute(page, served.url, route, ready);
        expect({ route, width: viewport.width, violations: await accessibilityViolations(page) }).toEqual({ route, width: viewport.width, violations: [] });
      }
      await page.goto(`${served.url}/#/analyze`);
      await page.locator("#pasted").waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(incidents).toEqual([]);
      await page.close();
    }
  }, 120_000);

  it("reaches every new control from the keyboard", async () => {
    const { page } = await watchedPage(browser);
    await openRoute(page, served.url, `#/story/${storyId}`, `story:${storyId}`);
    const wanted = await page.evaluate(() => {
      const targets = [...document.querySelectorAll<HTMLElement>(".locale-switch button, .export-bar a, .export-bar button, nav.toc a, details.section > summary, .claim-filters input, .claim-filters select, details.figures > summary, .claims button.copy, .graph .node, .matrix a")];
      targets.forEach((element, index) => (element.dataset.want = String(index)));
      return targets.length;
    });
    const reached = new Set<string>();
    for (let presses = 0; presses < 600 && reached.size < wanted; presses++) {
      await page.keyboard.press("Tab");
      const index = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.want);
      if (index !== undefined) reached.add(index);
    }
    expect(reached.size).toBe(wanted);
    await page.close();
  }, 60_000);
});

describe.skipIf(hasChromium)("the story page as an analyst's desk", () => {
  it.skip(CHROMIUM_ABSENT_NOTICE, () => {});
});
