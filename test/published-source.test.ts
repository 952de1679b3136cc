/**
 * Where each publication date was read survives the store: `recoupe analyze` keeps it in the
 * database and `recoupe export` gives it back, for a page dated by its JSON-LD, a feed item, a dump
 * with a "Publié le" line, a JSON record, and a page that states no date, dated by its WARC capture.
 * So does its last modification, where a page states one.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { WARCRecord, WARCSerializer } from "warcio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PublishedSource } from "../src/extract/article.js";
import { createApp } from "../src/server/create-app.js";
import { openStore } from "../src/store/open-store.js";
import { repositoryRoot, runCli } from "./run-cli.js";

const fixture = (path: string) => resolve(repositoryRoot, "test/fixtures", path);
const UNDATED_URL = "https://www.gazette-du-plateau.fr/vie-locale/la-halle-rouvre";
/** A page that states when it was modified but not when it was published (some CMSs do). */
const UNDATED_PAGE = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta property="article:modified_time" content="2024-11-23T18:05:00+01:00"><title>La halle du marché rouvre ses portes</title></head><body><article><h1>La halle du marché rouvre ses portes</h1>
<p>Le conseil municipal de Saint-Flour a approuvé lundi un plan de quatre millions d’euros destiné à rénover la halle du marché couvert, fermée depuis huit mois.</p>
<p>« Chaque marché attire trois mille visiteurs le samedi », a rappelé la maire, Sophie Renaud, lors d’une conférence de presse. Les travaux débuteront à l’automne.</p></article></body></html>`;

let dir: string;
let db: string;

/** A one-record WARC (written by warcio, Webrecorder's writer) holding a page that states no date. */
async function writeUndatedWarc(path: string): Promise<void> {
  const body = new TextEncoder().encode(UNDATED_PAGE);
  const record = WARCRecord.create(
    { type: "response", url: UNDATED_URL, date: "2024-11-24T06:41:09Z", httpHeaders: { "Content-Type": "text/html; charset=utf-8" }, statusline: "HTTP/1.1 200 OK" },
    (async function* () {
      yield body;
    })(),
  );
  writeFileSync(path, await WARCSerializer.serialize(record, { gzip: true }));
}

/** Each stored article's source (and URL, which names a WARC record) with its published_source column, parsed. */
function storedSources(): Map<string, PublishedSource | null> {
  const database = new Database(db, { readonly: true });
  try {
    const rows = database.prepare("SELECT source, url, published_source FROM articles").all() as Array<{ source: string; url: string | null; published_source: string | null }>;
    return new Map(rows.map((row) => [`${row.source} ${row.url ?? ""}`, row.published_source === null ? null : (JSON.parse(row.published_source) as PublishedSource)]));
  } finally {
    database.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "recoupe-published-source-"));
  db = join(dir, "store.db");
  const warc = join(dir, "undated.warc.gz");
  await writeUndatedWarc(warc);
  const inputs = [fixture("extract-html/port-fr.html"), fixture("extract-text/abonnes-fr.txt"), fixture("extract-text/headlines.jsonl"), fixture("warc/crawl.warc.gz"), warc];
  const run = await runCli(["analyze", ...inputs, "--db", db, "--jobs", "1"]);
  // crawl.warc.gz holds a broken record on purpose (exit code 1); everything else is stored.
  expect(run.stderr).not.toContain("store-failed");
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the publication date's source, stored and exported", () => {
  it("is stored with each article: metadata, feed item, dump line, JSON record, capture date", () => {
    const stored = storedSources();
    const bySource = (suffix: string) => [...stored].find(([key]) => key.split(" ").some((part) => part.endsWith(suffix)))?.[1];
    expect(bySource("port-fr.html")).toEqual({ kind: "metadata", inferred: false, evidence: "JSON-LD datePublished 2025-03-12T16:20:00+01:00" });
    expect(bySource("abonnes-fr.txt")).toEqual({ kind: "dateline", inferred: false, evidence: "Publié le 20 novembre 2025 à 10h02, modifié le 20 novembre 2025 à 11h30" });
    expect(bySource("headlines.jsonl#1")).toEqual({ kind: "container", inferred: false, evidence: "2025-07-14" });
    expect(bySource(UNDATED_URL)).toEqual({ kind: "fetch", inferred: true, evidence: "captured 2024-11-24T06:41:09Z" });
    // The RSS item inside the WARC: dated by its <pubDate>, the record's own statement.
    const feedItems = [...stored].filter(([, source]) => source?.evidence === "Wed, 06 Mar 2024 18:40:00 GMT");
    expect(feedItems.map(([, source]) => source)).toEqual([{ kind: "container", inferred: false, evidence: "Wed, 06 Mar 2024 18:40:00 GMT" }]);
  });

  it("is in the exported dossier with the modification, and an undated record exports none", async () => {
    const output = join(dir, "dossier.json");
    const run = await runCli(["export", "--db", db, "-o", output]);
    expect(run.code).toBe(0);
    const dossier = JSON.parse(readFileSync(output, "utf8")) as { articles: Array<{ source: string; url: string | null; published: string | null; publishedSource: PublishedSource | null; modified: string | null; modifiedSource: PublishedSource | null }> };
    const undated = dossier.articles.find((article) => article.url === UNDATED_URL);
    expect(undated).toMatchObject({
      published: "2024-11-24",
      publishedSource: { kind: "fetch", inferred: true, evidence: "captured 2024-11-24T06:41:09Z" },
      modified: "2024-11-23T18:05",
      modifiedSource: { kind: "metadata", inferred: false, evidence: "article:modified_time 2024-11-23T18:05:00+01:00" },
    });
    const port = dossier.articles.find((article) => article.source.endsWith("port-fr.html"));
    expect(port).toMatchObject({ publishedSource: { kind: "metadata", inferred: false, evidence: "JSON-LD datePublished 2025-03-12T16:20:00+01:00" }, modified: null, modifiedSource: null });
    // A JSON record without a date and a dump without one: no date, no source.
    for (const article of dossier.articles.filter((entry) => entry.published === null)) expect(article.publishedSource).toBeNull();
    expect(dossier.articles.some((article) => article.published === null)).toBe(true);
  });

  it("is served with the article to the web UI, which marks an inferred date", async () => {
    const database = new Database(db, { readonly: true });
    const { id } = database.prepare("SELECT id FROM articles WHERE url = ?").get(UNDATED_URL) as { id: string };
    database.close();
    const store = await openStore(db);
    try {
      const article = (await (await createApp(store).request(`/api/articles/${id}`)).json()) as { published: string; publishedSource: PublishedSource; modified: string };
      expect(article).toMatchObject({ published: "2024-11-24", publishedSource: { kind: "fetch", inferred: true }, modified: "2024-11-23T18:05" });
    } finally {
      await store.close();
    }
  });

});
