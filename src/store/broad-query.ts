/**
 * When a search ranks only the newest of its matches, on every backend. A query whose words are
 * in most articles gets nothing from its terms' rarity (FTS5's bm25 floors the IDF of a term in
 * more than half the rows at 1e-6; ts_rank_cd ignores rarity altogether), and ranking all of its
 * matches costs 0.4–0.5 µs each (30–40 CPU-ms at 100k articles in SQLite). From `broadMatches`
 * matches on, a search ranks the newest `window` (last stored first) by its usual score: the most
 * recent articles that use the words, best first, as a news search should.
 */
export interface RankLimits {
  /** From this many matches on, a query is ranked in its newest matches only (≈ 5 CPU-ms of bm25 at the bound). */
  broadMatches: number;
  /** How many of its newest matches a broad query is ranked in: twenty pages of the ranked-hits cache's depth. */
  window: number;
}

export const DEFAULT_RANK_LIMITS: RankLimits = { broadMatches: 10_000, window: 2_000 };
