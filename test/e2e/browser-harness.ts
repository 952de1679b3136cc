/**
 * What the browser tests share: Debian's Chromium driven by playwright-core (never a downloaded
 * browser), the built UI, and a server on a free loopback port over a fresh store.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "vite";
import { analyze } from "../../src/analyze.js";
import { startServer } from "../../src/server/serve.js";
import { findUiRoot } from "../../src/server/ui-assets.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { repositoryRoot } from "../run-cli.js";

export const chromiumPath = process.env.RECOUPE_CHROMIUM ?? "/usr/bin/chromium";
export const hasChromium = existsSync(chromiumPath);
export const CHROMIUM_ABSENT_NOTICE = `no Chromium at ${chromiumPath} (apt-get install chromium, or set RECOUPE_CHROMIUM): the browser tests are skipped.`;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // The flags this machine kind needs: no sandbox as root, and no calls to Google's hosts.
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Builds the UI once if `npm ci` (prepare) has not. */
export async function ensureUiBuilt(): Promise<void> {
  if (findUiRoot()) return;
  await build({ configFile: resolve(repositoryRoot, "ui/vite.config.ts"), logLevel: "warn" });
}

export interface ServedCorpus {
  url: string;
  store: Store;
  close(): Promise<void>;
}

export async function serveCorpus(inputs: string[]): Promise<ServedCorpus> {
  const dir = mkdtempSync(join(tmpdir(), "recoupe-e2e-"));
  const store = await openStore(join(dir, "e2e.db"));
  await analyze(store, { inputs });
  const server = await startServer(store, { host: "127.0.0.1", port: 0 });
  return {
    url: server.url,
    store,
    async close() {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const PHONE = { width: 390, height: 844 };

/** A page that records what must never happen: a dialog, an uncaught error, a CSP violation. `locale` sets the browser's languages. */
export async function watchedPage(browser: Browser, viewport = { width: 1280, height: 900 }, locale = "en-GB"): Promise<{ page: Page; incidents: string[] }> {
  const page = await browser.newPage({ viewport, locale });
  const incidents: string[] = [];
  page.on("dialog", (dialog) => {
    incidents.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => incidents.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    // An upload whose every file fails gets a 422 by design; Chromium logs that response.
    if (message.type() === "error" && !/status of 422/u.test(message.text())) incidents.push(`console: ${message.text()}`);
  });
  return { page, incidents };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe-core's WCAG 2.1 A/AA rules on the page as it is: the violations, one line each (rule,
 * element, first failure). Injected through the DevTools protocol, so the page's CSP, which
 * forbids any script but its own, stays on.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() => (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[]; failureSummary?: string }> }> }> } }).axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(" ")} — ${(node.failureSummary ?? "").split("\n").slice(0, 2).join(" ")}`));
}

/** Opens a hash route and waits until the page says its data is on screen. */
export async function openRoute(page: Page, base: string, route: string, ready: string): Promise<void> {
  await page.goto(`${base}/${route}`);
  await page.waitForSelector(`body[data-ready^="${ready}"]`, { timeout: 15_000 });
}

/** Where the screenshots go when RECOUPE_SCREENSHOTS is set (docs/screenshots for the README). */
export function screenshotPath(name: string): string | null {
  const target = process.env.RECOUPE_SCREENSHOTS;
  if (!target) return null;
  return resolve(repositoryRoot, target === "1" ? "docs/screenshots" : target, `${name}.png`);
}

export interface ExamplesDesk {
  browser: Browser;
  served: ServedCorpus;
  /** The examples' first story (the signing story). */
  storyId: string;
  close(): Promise<void>;
}

/** The examples analysed and served, a browser launched, and the first story's id. */
export async function openExamplesDesk(): Promise<ExamplesDesk> {
  await ensureUiBuilt();
  const served = await serveCorpus([resolve(repositoryRoot, "examples")]);
  const browser = await launchBrowser();
  const { stories } = (await (await fetch(`${served.url}/api/stories`)).json()) as { stories: Array<{ id: string }> };
  return {
    browser,
    served,
    storyId: stories[0]!.id,
    async close() {
      await browser.close();
      await served.close();
    },
  };
}

/** Saves a screenshot of the window (or the whole page) when RECOUPE_SCREENSHOTS is set. */
export async function snap(page: Page, name: string, fullPage = false): Promise<void> {
  const path = screenshotPath(name);
  if (path) await page.screenshot({ path, fullPage });
}

/** The entity graph's visible labels that overlap another, as "A / B" pairs (none expected). */
export async function overlappingGraphLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll<SVGTextElement>("svg.graph text.label:not(.floating)")].map((label) => ({ text: label.textContent ?? "", box: label.getBoundingClientRect() }));
    const apart = (a: DOMRect, b: DOMRect) => a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
    return labels.flatMap((a, index) => labels.slice(index + 1).filter((b) => !apart(a.box, b.box)).map((b) => `${a.text} / ${b.text}`));
  });
}
