/**
 * The best FTS5 matches of a query, by bm25 (a title match counts five body ones; ties to the
 * earlier article). FTS5 scores every match before keeping the best: 0.4–0.5 µs a match, so a
 * query whose words are in most of 100k articles costs 30–40 CPU-ms. bm25 itself has nothing to
 * say about such a query: FTS5 floors the IDF of a term found in more than half the rows at
 * 1e-6, so its scores only weigh how often and how densely each article uses the words. A broad
 * query (at least `broadMatches` matches) is therefore ranked among its newest `window` matches
 * only, still by bm25 with the IDF of the whole index: the user gets the most recent articles
 * that use the words, best first, as a news search should. Any other query is ranked whole, as
 * before. Both tests run on the index alone (no bm25): the capped count, then the window's
 * first rowid, found newest first by FTS5's rowid order.
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
  const nthNewest = connection.prepare("SELECT rowid AS seq FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?");
  const whole = connection.prepare(`SELECT rowid AS seq, ${bm25} AS score FROM articles_fts WHERE articles_fts MATCH ? ORDER BY score, rowid LIMIT ?`);
  const from = connection.prepare(`SELECT rowid AS seq, ${bm25} AS score FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= ? ORDER BY score, rowid LIMIT ?`);
  return {
    rank(match, depth) {
      const matches = (cappedCount.get(match, limits.broadMatches) as { n: number }).n;
      // A window at least as deep as the ranking asked, so every page comes from the same window.
      const window = Math.max(limits.window, depth);
      const first = matches >= limits.broadMatches ? (nthNewest.get(match, window - 1) as { seq: number } | undefined) : undefined;
      return (first ? from.all(match, first.seq, depth) : whole.all(match, depth)) as RankedHit[];
    },
  };
}
