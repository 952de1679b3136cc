/**
 * `analyze` with worker threads stores exactly what it stores in one thread: the same articles
 * (ids, metadata, annotations, search terms), the same outcomes in the same order, on the
 * examples and on a generated set of pages and dumps with a duplicate in it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze, type AnalyzeSummary } from "../src/analyze.js";
import { AnnotatorPool } from "../src/analyze/annotator-pool.js";
import { openStore } from "../src/store/open-store.js";
import type { StoredArticle } from "../src/store/store.js";
import { htmlPage, textDump } from "../bench/generate-corpus.js";
import { repositoryRoot } from "./run-cli.js";

const GENERATED = 24;

let dir: string;
let inputs: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "recoupe-parallel-"));
  const generated = join(dir, "generated");
  mkdirSync(generated);
  for (let index = 0; index < GENERATED / 2; index += 1) {
    writeFileSync(join(generated, `page-${String(index).padStart(2, "0")}.html`), htmlPage(index).raw);
    writeFileSync(join(generated, `dump-${String(index).padStart(2, "0")}.txt`), textDump(index).raw);
  }
  // The same article under a second name: stored once, from the first source, in both modes.
  copyFileSync(join(generated, "page-03.html"), join(generated, "zz-copy-of-page-03.html"));
  inputs = [resolve(repositoryRoot, "examples"), generated];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(jobs: number): Promise<{ summary: AnalyzeSummary; articles: Array<Omit<StoredArticle, "ingestedAt">>; search: unknown }> {
  const store = await openStore(join(dir, `jobs-${jobs}.db`));
  try {
    // Both workers from the start: the pool would otherwise start the second only for a longer batch.
    const annotator = jobs > 1 ? new AnnotatorPool(jobs, { startAll: true }) : undefined;
    const summary = await analyze(store, { inputs, jobs, ...(annotator ? { annotator } : {}) }).finally(() => annotator?.close());
    const articles: Array<Omit<StoredArticle, "ingestedAt">> = [];
    for await (const { ingestedAt: _ingestedAt, ...article } of store.iterateArticles()) articles.push(article);
    const search = await store.search("accord ministre");
    return { summary, articles, search };
  } finally {
    await store.close();
  }
}

describe("analyze --jobs", () => {
  it("stores the same articles, outcomes and search results with two worker threads as with none", async () => {
    const one = await run(1);
    const two = await run(2);
    expect(one.summary.stored).toBe(11 + GENERATED);
    expect(one.summary.alreadyStored).toBe(1);
    expect(two.summary).toEqual(one.summary);
    expect(two.articles.map((article) => article.id)).toEqual(one.articles.map((article) => article.id));
    expect(two.articles).toEqual(one.articles);
    expect(two.search).toEqual(one.search);
  }, 180_000);
});
