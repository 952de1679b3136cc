/**
 * What story clustering compares: each article as one sparse unit vector joining its content
 * terms and its named entities, both TF-IDF weighted over the corpus, so the words and names
 * that every article of a topic shares ("coach", "Herons", "rehab") weigh little and the ones that
 * single out one event ("Pellerin", "Lark Hollow") weigh much. The two parts are unit vectors scaled
 * by √share, so a dot product is `share·cos(entities) + (1 − share)·cos(terms)`: linear, so the
 * average similarity of two groups is the dot product of their sums (group-average linkage
 * without comparing every pair).
 */
import type { ArticleFeatures } from "./article-features.js";
import { KEY_SEPARATOR, base64Of, fromBase64 } from "./base64-arrays.js";

export type SparseVector = Map<string, number>;

/**
 * An article's vector, compact (a corpus holds one per article): its entries, heaviest first, keys
 * shared with the corpus's table. Weights in a plain array, which V8 keeps unboxed: a typed array
 * this small costs more in its own objects and off-heap block than in its numbers.
 */
export interface ArticleVector {
  keys: string[];
  weights: readonly number[];
}

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

/** A term's or name's key in story vectors ("T:" + term, "E:" + name key), made once per corpus and shared, and how many articles hold it. */
interface Frequency {
  key: string;
  count: number;
}

/** Document frequencies of terms and names over a corpus, kept as articles arrive. */
export class DocumentFrequencies {
  private readonly terms = new Map<string, Frequency>();
  private readonly names = new Map<string, Frequency>();
  size = 0;

  add(features: ArticleFeatures): void {
    this.size += 1;
    for (const term of features.terms.keys) bump(this.terms, term, "T:");
    for (const key of features.entityWeights.keys) bump(this.names, key, ENTITY_PREFIX);
  }

  term(term: string): Frequency | undefined {
    return this.terms.get(term);
  }

  name(key: string): Frequency | undefined {
    return this.names.get(key);
  }

  /** The counts as plain data, stored with a build so the articles added to it are weighed alike (see `FrequencyCounts`). */
  counts(): FrequencyCounts {
    return { size: this.size, terms: packCounts(this.terms), names: packCounts(this.names) };
  }

  static fromCounts(counts: FrequencyCounts): DocumentFrequencies {
    const frequencies = new DocumentFrequencies();
    frequencies.size = counts.size;
    unpackCounts(counts.terms, (term, count) => frequencies.terms.set(term, { key: `T:${term}`, count }));
    unpackCounts(counts.names, (key, count) => frequencies.names.set(key, { key: ENTITY_PREFIX + key, count }));
    return frequencies;
  }
}

/**
 * Document frequencies as stored: per table its values joined and their counts as base64 uint32s.
 * A report of one story reads the build row that holds them; hundreds of thousands of JSON pairs
 * cost it a second to parse, two strings nothing.
 */
export interface FrequencyCounts {
  size: number;
  terms: PackedCounts;
  names: PackedCounts;
}

interface PackedCounts {
  values: string;
  counts: string;
}

function packCounts(table: ReadonlyMap<string, Frequency>): PackedCounts {
  const counts = Uint32Array.from(table.values(), (held) => held.count);
  return { values: [...table.keys()].join(KEY_SEPARATOR), counts: base64Of(counts) };
}

function unpackCounts(packed: PackedCounts, set: (value: string, count: number) => void): void {
  if (packed.values === "") return;
  const counts = fromBase64(packed.counts, Uint32Array);
  packed.values.split(KEY_SEPARATOR).forEach((value, index) => set(value, counts[index]!));
}

function bump(counts: Map<string, Frequency>, value: string, prefix: string): void {
  const held = counts.get(value);
  if (held) held.count += 1;
  else counts.set(value, { key: prefix + value, count: 1 });
}

/**
 * Inverse document frequency as if the corpus sat among this many articles about something else.
 * Plain log(N/df) weighs zero a term every article holds, so a focused pile (two, or fifty,
 * articles about one signing, all naming its place and parties) had nothing left to link its
 * articles and came out as singletons; on corpora of hundreds of stories the prior moves idf by
 * a few per cent (stories-en-dev B³ 0.890 → 0.889).
 */
const BACKGROUND_ARTICLES = 30;

/** The article's unit vector (see the module comment); empty when it has neither words nor names that two articles share. */
export function storyVector(features: ArticleFeatures, frequencies: DocumentFrequencies): ArticleVector {
  // A term or name no other article has links the article to nothing: left out, so it does not dilute the rest.
  const idf = (frequency: Frequency | undefined) => (!frequency || frequency.count <= 1 ? 0 : Math.log((frequencies.size + BACKGROUND_ARTICLES) / (frequency.count + 1)));
  const terms = new Map<string, number>();
  features.terms.keys.forEach((term, index) => {
    const count = features.terms.values[index]!;
    const frequency = frequencies.term(term);
    const weight = idf(frequency);
    if (weight > 0) terms.set(frequency!.key, (1 + Math.log(count)) * weight);
  });
  for (const term of features.leadTerms) {
    const frequency = frequencies.term(term);
    const weight = idf(frequency);
    if (weight > 0) terms.set(frequency!.key, (terms.get(frequency!.key) ?? 0) + STORY_VECTOR.leadWeight * weight);
  }
  const heaviestTerms = [...terms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, STORY_VECTOR.maxTerms);
  const entities: Array<[string, number]> = [];
  features.entityWeights.keys.forEach((key, index) => {
    const salience = features.entityWeights.values[index]!;
    const frequency = frequencies.name(key);
    const weight = idf(frequency) * salience * (key.startsWith("LOC:country:") ? STORY_VECTOR.countryWeight : 1);
    if (weight > 0) entities.push([frequency!.key, weight]);
  });
  const share = entities.length === 0 ? 0 : heaviestTerms.length === 0 ? 1 : STORY_VECTOR.entityShare;
  const entries = [...scaled(heaviestTerms, Math.sqrt(1 - share)), ...scaled(entities, Math.sqrt(share))].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { keys: entries.map(([key]) => key), weights: entries.map(([, weight]) => weight) };
}

function scaled(entries: ReadonlyArray<[string, number]>, scale: number): Array<[string, number]> {
  const norm = Math.sqrt(entries.reduce((sum, [, weight]) => sum + weight * weight, 0));
  if (norm === 0 || scale === 0) return [];
  return entries.map(([key, weight]) => [key, (weight / norm) * scale]);
}

/** Dot product of an article's vector with a story's sum. */
export function dotArticle(vector: ArticleVector, sum: SparseVector): number {
  let total = 0;
  for (let index = 0; index < vector.keys.length; index += 1) {
    const other = sum.get(vector.keys[index]!);
    if (other !== undefined) total += vector.weights[index]! * other;
  }
  return total;
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
