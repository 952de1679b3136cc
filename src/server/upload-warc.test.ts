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

interface Archive {
  source: string;
  records: number;
  documents: number;
  skipped: Record<string, number>;
}

async function upload(files: Array<[string, Uint8Array]>, maxUploadBytes: number, query = ""): Promise<{ status: number; results: Result[]; archives?: Archive[]; message?: string }> {
  const form = new FormData();
  for (const [name, bytes] of files) form.append("file", new File([Buffer.from(bytes)], name));
  const response = await createApp(store, { uiRoot: null, maxUploadBytes }).request(`/api/ingest${query}`, { method: "POST", body: form });
  return { status: response.status, ...((await response.json()) as { results: Result[]; archives?: Archive[]; message?: string }) };
}

/** One WARC response record, small enough (under the 1 KiB probe) to arrive whole rather than streamed. */
function smallWarc(url: string, date: string): Uint8Array {
  const html = `<html lang="fr"><head><title>Crue de la Saône</title></head><body><article><h1>Crue de la Saône</h1><p>La préfecture a levé mardi l'alerte orange sur la Saône, dont le niveau baisse depuis dimanche.</p></article></body></html>`;
  const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(html)}\r\n\r\n${html}`;
  const head = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: ${date}\r\nWARC-Target-URI: ${url}\r\nWARC-Record-ID: <urn:uuid:6f1c9d1e-2b6a-4d8e-9a41-3c2f1b0e7d55>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${Buffer.byteLength(http)}\r\n\r\n`;
  return Buffer.from(`${head}${http}\r\n\r\n`);
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

  it("keeps only the hosts and capture dates the query asks for, as analyze --filter-host --from --to does, and says what it skipped", async () => {
    const { status, results, archives } = await upload([["crawl.warc.gz", fixture("crawl.warc.gz")]], 8192, "?filterHost=journal-du-rhone.fr,valley-courier.com&from=2024-03-05&to=2024-03-08");
    expect(status).toBe(200);
    expect(results.filter((result) => result.ok)).toHaveLength(2);
    expect(await storedUrls()).toEqual(["https://news.valley-courier.com/local/2024/03/08/river-level-warning-lifted", "https://www.journal-du-rhone.fr/societe/2024/03/05/greve-des-agents-de-la-navigation"]);
    expect(archives).toEqual([expect.objectContaining({ source: "crawl.warc.gz", documents: 2, skipped: expect.objectContaining({ "--filter-host": 6, "--from/--to": 2 }) })]);
  });

  it("filters a WARC that arrives whole as one that streams in", async () => {
    const warc = smallWarc("https://www.saone-info.fr/2024/03/05/crue", "2024-03-05T10:00:00Z");
    expect(warc.length).toBeLessThan(1024);
    const elsewhere = await upload([["small.warc", warc]], 8192, "?filterHost=lemonde.fr");
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.archives).toEqual([expect.objectContaining({ source: "small.warc", records: 1, documents: 0, skipped: { "--filter-host": 1 } })]);
    const tooLate = await upload([["small.warc", warc]], 8192, "?from=2024-03-06");
    expect(tooLate.archives![0]!.skipped).toEqual({ "--from/--to": 1 });
    const kept = await upload([["small.warc", warc]], 8192, "?filterHost=saone-info.fr&to=2024-03-05");
    expect(kept.archives![0]).toMatchObject({ documents: 1, skipped: {} });
    expect(await storedUrls()).toEqual(["https://www.saone-info.fr/2024/03/05/crue"]);
  });

  it.each([
    ["?filterHost=lemonde.fr/politique", '"lemonde.fr/politique" is not a host name'],
    ["?from=2024-02-30", '"2024-02-30" is not a date'],
    ["?from=2024-03-08&to=2024-03-01", "from is after to: no record can match; swap them."],
  ])("refuses %s with a one-line reason and 400", async (query, reason) => {
    const { status, message } = await upload([["crawl.warc.gz", fixture("crawl.warc.gz")]], 8192, query);
    expect(status).toBe(400);
    expect(message).toContain(reason);
    expect(message).not.toContain("\n");
  });

  it("still refuses a file past the per-file limit that is no WARC", async () => {
    const { status, results } = await upload([["big.txt", new TextEncoder().encode("Le conseil a voté mardi. ".repeat(2000))]], 8192);
    expect(status).toBe(422);
    expect(results).toEqual([{ file: "big.txt", ok: false, error: expect.stringContaining("over the 8192-byte limit for one upload") }]);
  });
});
