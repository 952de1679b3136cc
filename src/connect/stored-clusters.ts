/**
 * A story's clustering state as plain data: per language the sum of its articles' vectors (with
 * the counts the similarities need) and its time span. A stored build keeps it per story, so new
 * articles are compared with the stored stories' centroids without re-reading their articles.
 */
import type { ArticleFeatures } from "./article-features.js";
import type { Cluster, Placed } from "./story-cluster.js";
import type { TimeSpan } from "./story-time.js";

export interface StoredCluster {
  parts: Array<[language: string, part: { sum: Array<[string, number]>; count: number; self: number }]>;
  time: { first: string | null; last: string | null; yearless: string[] };
}

export function storedCluster(cluster: Cluster): StoredCluster {
  return {
    parts: [...cluster.parts].map(([language, part]) => [language, { sum: [...part.sum], count: part.count, self: part.self }]),
    time: { first: cluster.time.first, last: cluster.time.last, yearless: [...cluster.time.yearless] },
  };
}

/** A stored story as a cluster at `index` in build order, its articles known by id only (clustering needs their count, not their vectors). */
export function restoredCluster(stored: StoredCluster, index: number, articleIds: readonly string[]): Cluster {
  const time: TimeSpan = { first: stored.time.first, last: stored.time.last, yearless: new Set(stored.time.yearless) };
  const parts = new Map(
    stored.parts.map(([language, part]) => {
      const sum = new Map(part.sum);
      let norm2 = 0;
      for (const weight of sum.values()) norm2 += weight * weight;
      return [language, { sum, norm2, count: part.count, self: part.self }] as const;
    }),
  );
  return { index, members: articleIds.map(knownById), parts, time };
}

const NO_VECTOR = { keys: [], weights: new Float64Array(0) };

function knownById(id: string): Placed {
  const features: ArticleFeatures = {
    id,
    source: "",
    outlet: null,
    title: null,
    published: null,
    language: null,
    signature: new Uint32Array(0),
    terms: new Map(),
    leadTerms: [],
    entityWeights: new Map(),
    entityKeys: [],
    mainDate: null,
    yearlessDays: [],
  };
  return { features, vector: NO_VECTOR, time: { first: null, last: null, yearless: new Set() } };
}
