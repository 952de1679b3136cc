/**
 * A story being built: its articles, and per language the sum of their unit vectors, from which
 * every similarity clustering needs is read exactly without comparing articles pair by pair —
 * the cosine of an article to the centroid, the mean similarity between two stories (group-average
 * linkage) and within one (cohesion). Articles in one language are compared on words and names;
 * articles in two languages share names only, so across languages the similarity is the cosine
 * of the name parts of their vectors.
 */
import type { ArticleFeatures } from "./article-features.js";
import { ENTITY_PREFIX, STORY_VECTOR, dot, dotArticle, dotWithPrefix, type ArticleVector, type SparseVector } from "./story-vectors.js";
import { joinSpans, type TimeSpan } from "./story-time.js";

export interface Placed {
  features: ArticleFeatures;
  vector: ArticleVector;
  time: TimeSpan;
}

/** The articles of one language in a story. */
interface LanguagePart {
  sum: SparseVector;
  norm2: number;
  count: number;
  /** Sum of its articles' squared norms: 1 each, 0 for an article with nothing to compare. */
  self: number;
}

export interface Cluster {
  index: number;
  members: Placed[];
  parts: Map<string, LanguagePart>;
  time: TimeSpan;
}

const NO_TIME: TimeSpan = { first: null, last: null, yearless: new Set() };

export function newCluster(index: number): Cluster {
  return { index, members: [], parts: new Map(), time: NO_TIME };
}

export function languageOf(article: Placed): string {
  return article.features.language ?? "";
}

export function join(cluster: Cluster, article: Placed): void {
  cluster.members.push(article);
  let part = cluster.parts.get(languageOf(article));
  if (!part) {
    part = { sum: new Map(), norm2: 0, count: 0, self: 0 };
    cluster.parts.set(languageOf(article), part);
  }
  addTo(part, article.vector, 1);
  cluster.time = joinSpans(cluster.time, article.time);
}

export function leave(cluster: Cluster, article: Placed): void {
  cluster.members = cluster.members.filter((other) => other !== article);
  const part = cluster.parts.get(languageOf(article))!;
  addTo(part, article.vector, -1);
  if (part.count === 0) cluster.parts.delete(languageOf(article));
  cluster.time = cluster.members.reduce((time, other) => joinSpans(time, other.time), NO_TIME);
}

export function absorb(into: Cluster, from: Cluster): void {
  into.members.push(...from.members);
  for (const [language, part] of from.parts) {
    const held = into.parts.get(language);
    if (!held) {
      into.parts.set(language, part);
      continue;
    }
    for (const [key, weight] of part.sum) held.sum.set(key, (held.sum.get(key) ?? 0) + weight);
    held.norm2 = normSquared(held.sum);
    held.count += part.count;
    held.self += part.self;
  }
  into.time = joinSpans(into.time, from.time);
}

function addTo(part: LanguagePart, vector: ArticleVector, sign: 1 | -1): void {
  for (let index = 0; index < vector.keys.length; index += 1) {
    const key = vector.keys[index]!;
    const weight = vector.weights[index]!;
    const held = part.sum.get(key) ?? 0;
    const next = held + sign * weight;
    part.norm2 += next * next - held * held;
    if (Math.abs(next) < 1e-12) part.sum.delete(key);
    else part.sum.set(key, next);
    part.self += sign * weight * weight;
  }
  part.count += sign;
}

function normSquared(vector: SparseVector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return sum;
}

/** Cosine of an article to the centroid of the story's articles in its language; null when the story has none. */
export function centroidCosine(article: Placed, cluster: Cluster): number | null {
  const part = cluster.parts.get(languageOf(article));
  if (!part || part.norm2 <= 1e-12) return null;
  return dotArticle(article.vector, part.sum) / Math.sqrt(part.norm2);
}

/** The same, without the article itself (it must be one of the story's). */
export function centroidCosineWithout(article: Placed, cluster: Cluster): number {
  const part = cluster.parts.get(languageOf(article))!;
  const shared = dotArticle(article.vector, part.sum);
  let self = 0;
  for (const weight of article.vector.weights) self += weight * weight;
  const norm2 = part.norm2 - 2 * shared + self;
  return norm2 <= 1e-12 ? 0 : (shared - self) / Math.sqrt(norm2);
}

/** Sum of pair similarities between two language parts: words and names within a language, names only across. */
function partsDot(a: LanguagePart, languageA: string, b: LanguagePart, languageB: string): number {
  if (languageA === languageB || languageA === "" || languageB === "") return dot(a.sum, b.sum);
  return dotWithPrefix(a.sum, b.sum, ENTITY_PREFIX) / STORY_VECTOR.entityShare;
}

/** Group-average similarity: the mean similarity over every pair of their articles. */
export function linkage(a: Cluster, b: Cluster): number {
  let sum = 0;
  for (const [languageA, partA] of a.parts) for (const [languageB, partB] of b.parts) sum += partsDot(partA, languageA, partB, languageB);
  return sum / (a.members.length * b.members.length);
}

/** The mean similarity of a story's articles to one another (a single article is as cohesive as anything: 0). */
export function cohesion(cluster: Cluster): number {
  const n = cluster.members.length;
  if (n < 2) return 0;
  // A part's squared norm is its articles' own squared norms plus twice the sum of its pairs.
  let pairs = 0;
  const parts = [...cluster.parts];
  parts.forEach(([language, part], index) => {
    pairs += part.norm2 - part.self;
    for (const [otherLanguage, other] of parts.slice(index + 1)) pairs += 2 * partsDot(part, language, other, otherLanguage);
  });
  return pairs / (n * (n - 1));
}

/**
 * The heaviest features of a vector (its keys sorted heaviest first), and its heaviest names
 * apart, so that stories in two languages meet through names.
 */
export function heaviestKeys(sortedKeys: readonly string[], count: number, names: number): string[] {
  const keys = sortedKeys.slice(0, count);
  let found = 0;
  for (let index = count; index < sortedKeys.length && found < names; index += 1) {
    if (sortedKeys[index]!.startsWith(ENTITY_PREFIX)) {
      keys.push(sortedKeys[index]!);
      found += 1;
    }
  }
  return keys;
}

/** A story's heaviest features over its languages' sums (see `heaviestKeys`). */
export function clusterKeys(cluster: Cluster, count: number, names: number): string[] {
  const keys = new Set<string>();
  for (const part of cluster.parts.values()) {
    const sorted = [...part.sum].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key]) => key);
    for (const key of heaviestKeys(sorted, count, names)) keys.add(key);
  }
  return [...keys];
}
