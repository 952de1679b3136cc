/**
 * What story clustering compares: each article as one sparse unit vector joining its content
 * terms and its named entities, both TF-IDF weighted over the corpus, so the words and names
 * that every article of a topic shares ("coach", "76ers", "rehab") weigh little and the ones that
 * single out one event ("Cheeks", "Betty Ford") weigh much. The two parts are unit vectors scaled
 * by √share, so a dot product is `share·cos(entities) + (1 − share)·cos(terms)`: linear, so the
 * average similarity of two groups is the dot product of their sums (group-average linkage
 * without comparing every pair).
 */
import type { ArticleFeatures } from "./article-features.js";

export type SparseVector = Map<string, number>;

/** Keys of names in a story vector ("E:PER:…" aside, "E:" + the typeless key); words are "T:" + their term. */
export const ENTITY_PREFIX = "E:";

export const STORY_VECTOR = {
  /** Share of the similarity given to names: who and where tell an event apart better than words. */
  entityShare: 0.4,
  /** Terms kept per article, the heaviest first: the rest weighs little and costs every comparison. */
  maxTerms: 80,
  /** A word of the headline or lead counts as this many occurrences more: the lead says what the story is. */
  leadWeight: 2,
  /** Countries are named by every article on a region: they count for this share of a name's weight. */
  countryWeight: 0.5,
};

/** Document frequencies of terms ("T:") and entity keys ("E:") over a corpus, kept as articles arrive. */
export class DocumentFrequencies {
  private readonly counts = new Map<string, number>();
  size = 0;

  add(features: ArticleFeatures): void {
    this.size += 1;
    for (const term of features.terms.keys()) this.bump(`T:${term}`);
    for (const key of features.entityWeights.keys()) this.bump(`${ENTITY_PREFIX}${key}`);
  }

  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  private bump(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
}

/** The article's unit vector (see the module comment); empty when it has neither words nor names that two articles share. */
export function storyVector(features: ArticleFeatures, frequencies: DocumentFrequencies): SparseVector {
  const idf = (key: string) => {
    const df = frequencies.get(key);
    // A term or name no other article has links the article to nothing: left out, so it does not dilute the rest.
    return df <= 1 ? 0 : Math.log(frequencies.size / df);
  };
  const terms: Array<[string, number]> = [];
  for (const [term, count] of features.terms) {
    const weight = idf(`T:${term}`);
    if (weight > 0) terms.push([`T:${term}`, (1 + Math.log(count)) * weight]);
  }
  for (const term of features.leadTerms) {
    const key = `T:${term}`;
    const weight = idf(key);
    if (weight <= 0) continue;
    const held = terms.find(([other]) => other === key);
    if (held) held[1] += STORY_VECTOR.leadWeight * weight;
    else terms.push([key, STORY_VECTOR.leadWeight * weight]);
  }
  terms.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  terms.length = Math.min(terms.length, STORY_VECTOR.maxTerms);
  const entities: Array<[string, number]> = [];
  for (const [key, salience] of features.entityWeights) {
    const weight = idf(`${ENTITY_PREFIX}${key}`) * salience * (key.startsWith("LOC:country:") ? STORY_VECTOR.countryWeight : 1);
    if (weight > 0) entities.push([`${ENTITY_PREFIX}${key}`, weight]);
  }
  const vector: SparseVector = new Map();
  const share = entities.length === 0 ? 0 : terms.length === 0 ? 1 : STORY_VECTOR.entityShare;
  addScaled(vector, terms, Math.sqrt(1 - share));
  addScaled(vector, entities, Math.sqrt(share));
  return vector;
}

function addScaled(vector: SparseVector, entries: ReadonlyArray<[string, number]>, scale: number): void {
  const norm = Math.sqrt(entries.reduce((sum, [, weight]) => sum + weight * weight, 0));
  if (norm === 0 || scale === 0) return;
  for (const [key, weight] of entries) vector.set(key, (weight / norm) * scale);
}

/** Dot product over the keys that start with `prefix` only. */
export function dotWithPrefix(a: SparseVector, b: SparseVector, prefix: string): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [key, weight] of small) {
    if (!key.startsWith(prefix)) continue;
    const other = large.get(key);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}

/** Dot product, walking the smaller vector. */
export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [key, weight] of small) {
    const other = large.get(key);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}
