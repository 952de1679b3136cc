/** POST /api/ingest of WARC archives: each record a document, read as the upload streams in, as `recoupe analyze` reads a file. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { repositoryRoot } from "../../test/run-cli.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { createApp } from "./create-app.js";

const fixture = (name: string) => readFileSync(resolve(repositoryRoot, "test/fixtures/warc", name));
/** The pages and feed items of test/fixtures/warc (see cli-warc.test.ts): eight documents, one broken record. */
const STORED_URLS = [
  "https://actu.gazette-des-alpes.fr/2024/03/06/chambery-la-bibliotheque-rouvre",
  "https://news.valley-courier.com/local/2024/03/08/river-level-warning-lifted",
  "https://www.harbour-times.co.uk/news/2024/03/05/ferry-operator-orders-two-hybrid-vessels",
  "https://www.harbour-times.co.uk/news/2024/03/06/lifeboat-rescues-kayakers",
  "https://www.harbour-times.co.uk/news/2024/03/07/council-approves-sea-wall-repairs",
  "https://www.harbour-times.co.uk/news/2024/03/07/linkspan-vote-delayed",
  "https://www.journal-du-rhone.fr/economie/2024/03/04/le-port-fluvial-de-valence-agrandi",
  "https://www.journal-du-rhone.fr/societe/2024/03/05/greve-des-agents-de-la-navigation",
];

interface Result {
  file: string;
  ok: boolean;
  id?: string;
  error?: string;
}

let dir: string;
let store: Store;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "recoupe-upload-warc-"));
  store = await openStore(join(dir, "store.db"));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function upload(files: Array<[string, Uint8Array]>, maxUploadBytes: number): Promise<{ status: number; results: Result[] }> {
  const form = new FormData();
  for (const [name, bytes] of files) form.append("file", new File([Buffer.from(bytes)], name));
  const response = await createApp(store, { uiRoot: null, maxUploadBytes }).request("/api/ingest", { method: "POST", body: form });
  return { status: response.status, results: ((await response.json()) as { results: Result[] }).results };
}

async function storedUrls(): Promise<string[]> {
  const urls: string[] = [];
  for await (const article of store.iterateArticles()) if (article.url) urls.push(article.url);
  return urls.sort();
}

describe("POST /api/ingest of a WARC archive", () => {
  it.each(["crawl.warc.gz", "crawl.warc"])("stores each page and feed item of %s with its URL, though the archive is larger than one upload may be", async (name) => {
    const bytes = fixture(name);
    // Smaller than the archive, larger than any of its records: the archive is read record by record, never whole.
    const { status, results } = await upload([[name, bytes]], 8192);
    expect(bytes.length).toBeGreaterThan(8192);
    expect(status).toBe(200);
    expect(results.filter((result) => result.ok)).toHaveLength(8);
    expect(results.filter((result) => !result.ok).map((result) => result.error)).toEqual(name.endsWith(".gz") ? [expect.stringMatching(/^crawl\.warc\.gz: WARC record at offset 7871 skipped, corrupt gzip data/u)] : [expect.stringMatching(/WARC record at offset \d+ skipped/u)]);
    expect(await storedUrls()).toEqual(STORED_URLS);
    const stored = await store.getArticle(results.find((result) => result.ok)!.id!);
    expect(stored?.source).toMatch(new RegExp(`^${name.replace(/\./gu, "\\.")}@\\d+`, "u"));
  });

  it("reads a WARC small enough to arrive whole the same way, and the files around it in their order", async () => {
    const page = `<!DOCTYPE html><html lang="fr"><head><title>Le marché couvert rouvre</title></head><body><article><h1>Le marché couvert rouvre</h1><p>Le conseil municipal a voté lundi la réouverture du marché couvert, fermé depuis huit mois pour des travaux de toiture.</p><p>Les commerçants reviendront dès samedi, a annoncé la maire lors d'une conférence de presse.</p></article></body></html>`;
    const { results } = await upload([["before.html", new TextEncoder().encode(page)], ["crawl.warc.gz", fixture("crawl.warc.gz")], ["after.txt", new TextEncoder().encode("")]], 1024 * 1024);
    expect(results.map((result) => result.file)).toEqual(["before.html", ...Array<string>(9).fill("crawl.warc.gz"), "after.txt"]);
    expect(results.filter((result) => result.ok)).toHaveLength(9);
    expect(results.at(-1)).toMatchObject({ ok: false, error: expect.stringContaining("empty") });
    expect(await storedUrls()).toEqual(STORED_URLS);
  });

  it("still refuses a file past the per-file limit that is no WARC", async () => {
    const { status, results } = await upload([["big.txt", new TextEncoder().encode("Le conseil a voté mardi. ".repeat(2000))]], 8192);
    expect(status).toBe(422);
    expect(results).toEqual([{ file: "big.txt", ok: false, error: expect.stringContaining("over the 8192-byte limit for one upload") }]);
  });
});
