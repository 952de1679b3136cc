/**
 * The ranked hits of recent searches, so paging through a query and asking it again cost no
 * second ranking: FTS5 scores every match it ranks before keeping the best (bm25 over up to 10,000
 * matches, or a broad query's newest 2,000: 2–10 CPU-ms at 100k articles, sqlite/fts-rank.ts),
 * whatever the page asked for. Each entry holds the best
 * RANK_DEPTH hits (or all, when fewer) under the index generation they were ranked at; any other
 * generation (an article saved by this or another process) misses. Like Elasticsearch's request
 * cache, which is dropped at each refresh.
 */

/** Hits ranked per query: five pages of twenty for the price of one. */
export const RANK_DEPTH = 100;
const MAX_QUERIES = 64;

export interface RankedHit {
  seq: number;
  score: number;
}

interface Entry {
  generation: string;
  hits: RankedHit[];
  /** True when `hits` holds every match, not only the best. */
  complete: boolean;
}

export class RankedHitsCache {
  private readonly entries = new Map<string, Entry>();

  /** The best `needed` hits of the query at this generation, ranking it (through `rank`, best first, at most `depth`) on a miss. */
  rankedHits(key: string, generation: string, needed: number, rank: (depth: number) => RankedHit[]): RankedHit[] {
    const cached = this.entries.get(key);
    if (cached && cached.generation === generation && (cached.complete || cached.hits.length >= needed)) {
      // Most recently used last, so the oldest is the one dropped.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached.hits;
    }
    const depth = Math.max(RANK_DEPTH, needed);
    const hits = rank(depth);
    this.entries.delete(key);
    this.entries.set(key, { generation, hits, complete: hits.length < depth });
    if (this.entries.size > MAX_QUERIES) this.entries.delete(this.entries.keys().next().value!);
    return hits;
  }
}
