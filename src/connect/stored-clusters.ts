/**
 * A story's clustering state as plain data: per language the sum of its articles' vectors (with
 * the counts the similarities need) and its time span. A stored build keeps it per story, so new
 * articles are compared with the stored stories' centroids without re-reading their articles.
 *
 * A sum is kept as two strings, its keys joined and its weights as base64 float32s, not as JSON
 * pairs: every reader of the stored build (a server start, an export) parses the story payloads,
 * and a string parses at once where hundreds of thousands of pairs would each cost an array.
 * Float32 keeps 7 digits, far below what moves a cosine across a threshold.
 */
import type { ArticleFeatures } from "./article-features.js";
import { KEY_SEPARATOR, base64Of, fromBase64 } from "./base64-arrays.js";
import { NO_ENTRIES } from "./packed-entries.js";
import type { Cluster, Placed } from "./story-cluster.js";
import type { TimeSpan } from "./story-time.js";

export interface StoredCluster {
  parts: Array<[language: string, part: { keys: string; weights: string; count: number; self: number }]>;
  /** `published`: the span of its publication dates alone (absent in a build stored before it was kept: all its dates count as published). */
  time: { first: string | null; last: string | null; yearless: string[]; published?: { first: string; last: string } | null };
}

export function storedCluster(cluster: Cluster): StoredCluster {
  return {
    parts: [...cluster.parts].map(([language, part]) => {
      const weights = Float32Array.from(part.sum.values());
      return [language, { keys: [...part.sum.keys()].join(KEY_SEPARATOR), weights: base64Of(weights), count: part.count, self: part.self }];
    }),
    time: { first: cluster.time.first, last: cluster.time.last, yearless: [...cluster.time.yearless], ...(cluster.time.published !== undefined && { published: cluster.time.published }) },
  };
}

function storedSum(keys: string, weights: string): Map<string, number> {
  const sum = new Map<string, number>();
  if (keys === "") return sum;
  const values = fromBase64(weights, Float32Array);
  // Set one by one: a restore makes 20,000 of these at 100k articles, and a pair array per key was most of its garbage.
  keys.split(KEY_SEPARATOR).forEach((key, index) => sum.set(key, values[index]!));
  return sum;
}

/** A stored story as a cluster at `index` in build order, its articles known by id only (clustering needs their count, not their vectors). */
export function restoredCluster(stored: StoredCluster, index: number, articleIds: readonly string[]): Cluster {
  const time: TimeSpan = { first: stored.time.first, last: stored.time.last, yearless: new Set(stored.time.yearless), ...(stored.time.published !== undefined && { published: stored.time.published }) };
  const parts = new Map(
    stored.parts.map(([language, part]) => {
      const sum = storedSum(part.keys, part.weights);
      let norm2 = 0;
      for (const weight of sum.values()) norm2 += weight * weight;
      return [language, { sum, norm2, count: part.count, self: part.self }] as const;
    }),
  );
  return { index, members: articleIds.map(knownById), parts, time };
}

const NO_VECTOR = { keys: [], weights: [] };

function knownById(id: string): Placed {
  const features: ArticleFeatures = {
    id,
    source: "",
    outlet: null,
    title: null,
    published: null,
    language: null,
    signature: new Uint32Array(0),
    terms: NO_ENTRIES,
    leadTerms: [],
    entityWeights: NO_ENTRIES,
    entityKeys: [],
    mainDate: null,
    yearlessDays: [],
  };
  return { features, vector: NO_VECTOR, time: { first: null, last: null, yearless: new Set() } };
}
