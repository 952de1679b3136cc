/**
 * The best FTS5 matches of a query, by bm25 (a title match counts five body ones; ties to the
 * earlier article). FTS5 scores every match before keeping the best: 0.4–0.5 µs a match, so a
 * query whose words are in most of 100k articles costs 30–40 CPU-ms. bm25 itself has nothing to
 * say about such a query: FTS5 floors the IDF of a term found in more than half the rows at
 * 1e-6, so its scores only weigh how often and how densely each article uses the words. A broad
 * query (at least `broadMatches` matches) is therefore ranked among its newest `window` matches
 * only, still by bm25 with the IDF of the whole index: the user gets the most recent articles
 * that use the words, best first, as a news search should. Any other query is ranked whole, as
 * before. "Newest" is the last stored (the rowid), which is not always the last published: a
 * backfilled archive counts as new. The test is a count on the index alone (no bm25), capped.
 */
import type Database from "better-sqlite3";
import type { RankedHit } from "../ranked-hits-cache.js";

export interface RankLimits {
  /** From this many matches on, a query is ranked in its newest matches only (≈ 5 CPU-ms of bm25 at the bound). */
  broadMatches: number;
  /** How many of its newest matches a broad query is ranked in: twenty pages of the ranked-hits cache's depth. */
  window: number;
}

export const DEFAULT_RANK_LIMITS: RankLimits = { broadMatches: 10_000, window: 2_000 };

export interface FtsRanker {
  /** The best `depth` matches of an FTS5 MATCH expression, best first. */
  rank(match: string, depth: number): RankedHit[];
}

export function prepareFtsRanker(connection: Database.Database, limits: RankLimits = DEFAULT_RANK_LIMITS): FtsRanker {
  const bm25 = "bm25(articles_fts, 5.0, 1.0)";
  const cappedCount = connection.prepare("SELECT count(*) AS n FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)");
  const whole = connection.prepare(`SELECT rowid AS seq, ${bm25} AS score FROM articles_fts WHERE articles_fts MATCH ? ORDER BY score, rowid LIMIT ?`);
  // The window as FTS5's newest-first scan stopped after it: a `rowid >= ?` bound instead costs 6 CPU-ms more at 100k (measured).
  const newest = connection.prepare(
    `SELECT seq, score FROM (SELECT rowid AS seq, ${bm25} AS score FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?) ORDER BY score, seq LIMIT ?`,
  );
  return {
    rank(match, depth) {
      const matches = (cappedCount.get(match, limits.broadMatches) as { n: number }).n;
      if (matches < limits.broadMatches) return whole.all(match, depth) as RankedHit[];
      // A window at least as deep as the ranking asked, so every page comes from the same window.
      return newest.all(match, Math.max(limits.window, depth), depth) as RankedHit[];
    },
  };
}
