/**
 * The best FTS5 matches of a query, by bm25 (a title match counts five body ones; ties to the
 * earlier article). FTS5 scores every match it ranks before keeping the best, so a broad query
 * (../broad-query.ts) is ranked among its newest matches only, still with the IDF of the whole
 * index; any other is ranked whole. The test is a count on the index alone (no bm25), capped.
 */
import type Database from "better-sqlite3";
import { DEFAULT_RANK_LIMITS, type RankLimits } from "../broad-query.js";
import type { RankedHit } from "../ranked-hits-cache.js";

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
