/**
 * Search latency in the store itself (what `recoupe search` and `/api/search` wait for): a SQLite
 * store of synthetic articles (bench/connect.ts, the API bench's corpus), then p50/p95 of the
 * whole search (FTS ranking and 20 snippets) and of the store's FTS ranking alone, so the snippets' share
 * shows, per query: the API bench's two, which match three quarters of the corpus, and a
 * person's name, which matches one story. "cold" asks each time a query the store has not
 * ranked yet (the same words and one excluded word found nowhere, so the same hits), "repeated"
 * the same query again, as a reload or a page of its results does (the store keeps recent
 * rankings until an article is saved: src/store/ranked-hits-cache.ts).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { parseSearchQuery } from "../src/store/search-query.js";
import { toFtsMatch } from "../src/store/sqlite/fts-match.js";
import { prepareFtsRanker } from "../src/store/sqlite/fts-rank.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { storeSyntheticArticles } from "./api.js";
import { syntheticArticle } from "./connect.js";

const REQUESTS = 100;

export interface SearchLatency {
  articles: number;
  fillSeconds: number;
  queries: Array<{ query: string; hits: number; cold: Latency; repeated: Latency; ftsQueryOnly: Latency; coldCpuMs: number }>;
}

interface Latency {
  p50Ms: number;
  p95Ms: number;
}

function percentiles(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50Ms: Number(sorted[Math.floor(sorted.length * 0.5)]!.toFixed(1)), p95Ms: Number(sorted[Math.floor(sorted.length * 0.95)]!.toFixed(1)) };
}

export async function benchmarkSearch(sizes: readonly number[]): Promise<SearchLatency[]> {
  const results: SearchLatency[] = [];
  for (const size of sizes) {
    const dir = mkdtempSync(join(tmpdir(), "recoupe-search-"));
    const path = join(dir, "search.db");
    const store = await SqliteStore.open(path);
    let started = performance.now();
    await storeSyntheticArticles(store, size, Math.ceil(size / 5));
    const fillSeconds = Number(((performance.now() - started) / 1000).toFixed(1));
    // The FTS query alone, on a second connection to the same file.
    const reader = new Database(path, { readonly: true });
    const count = reader.prepare("SELECT count(*) AS count FROM articles_fts WHERE articles_fts MATCH ?");
    // The store's own ranking (a broad query in its newest matches: src/store/sqlite/fts-rank.ts), twenty hits.
    const ranker = prepareFtsRanker(reader);
    const queries = ["accord ministre", "réunion", syntheticArticle(7, Math.ceil(size / 5)).annotations.entities[0]!.name];
    const perQuery: SearchLatency["queries"] = [];
    for (const query of queries) {
      const match = toFtsMatch(parseSearchQuery(query));
      const hits = (count.get(match) as { count: number }).count;
      const coldTimes: number[] = [];
      const repeatedTimes: number[] = [];
      const ftsTimes: number[] = [];
      let coldCpu = 0;
      for (let request = 0; request < REQUESTS; request += 1) {
        const cpu = process.cpuUsage();
        started = performance.now();
        await store.search(`${query} -zqbench${request}`, { limit: 20 });
        coldTimes.push(performance.now() - started);
        const used = process.cpuUsage(cpu);
        coldCpu += (used.user + used.system) / 1000;
        started = performance.now();
        await store.search(query, { limit: 20, offset: 20 * (request % 5) });
        repeatedTimes.push(performance.now() - started);
        started = performance.now();
        ranker.rank(match, 20);
        ftsTimes.push(performance.now() - started);
      }
      perQuery.push({ query, hits, cold: percentiles(coldTimes), repeated: percentiles(repeatedTimes), ftsQueryOnly: percentiles(ftsTimes), coldCpuMs: Number((coldCpu / REQUESTS).toFixed(1)) });
    }
    reader.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    results.push({ articles: size, fillSeconds, queries: perQuery });
  }
  return results;
}
