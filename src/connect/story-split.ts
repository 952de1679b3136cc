/**
 * Two events of one kind told apart inside a story: the second level of a two-level scheme
 * (topic, then event), as Event Registry finds events inside its stories. Corpus-wide TF-IDF
 * (story-vectors.ts) weighs a topic's words ("pirates", "arrested for DUI") as high as the names
 * that single out one event, because the rest of the corpus is about something else; so two
 * piracy raids years apart, reported without dates, are as alike across as within, and no
 * corpus-wide threshold keeps them apart (Miranda et al. 2018 separate them by time alone).
 *
 * Inside a story, a feature every article holds tells its articles apart no better than "said"
 * does in the corpus. So the story's articles are weighed again by their document frequency
 * within the story (a local IDF over the corpus weights): what the whole story shares falls to
 * nothing, and what some articles share and the others lack (the ship's name, the suspect, the
 * number of pirates held) stands out. The story is then bisected: the sign of each article's
 * projection on the principal direction (PDDP, Boley 1998), refined by 2-means (bisecting
 * k-means: Steinbach, Karypis & Kumar 2000). The split is kept only when it is bimodal, the two
 * halves far less alike across than within, and when their publication dates do not fall in the
 * same days. A story of one event has little such structure once its shared features are gone.
 * On stories-en-dev the split that most often fails is of a story told in phases (a shooting,
 * then a charge) with no dates to tell; a higher `maxAcrossShare` splits more of those.
 *
 * Linear in the story's articles per bisection (a bounded number of rounds over sums).
 */
import type { Placed } from "./story-cluster.js";
import { joinSpans, publishedTogether, type TimeSpan } from "./story-time.js";

export const STORY_SPLIT = {
  /** Each half of a split holds at least this many articles: a lone article apart is an outlier, left to reassignment. */
  minPart: 2,
  /** A split is kept when the halves are alike across at most this share of the less cohesive half's similarity within. */
  maxAcrossShare: 0.3,
  /** Power-iteration rounds at most for the principal direction (the sides settle in a few). */
  powerRounds: 20,
  /** 2-means rounds at most (it settles in two or three on news). */
  rounds: 10,
  /** Levels of bisection at most: a story splits into at most 2^depth events. */
  depth: 1,
};

const NO_TIME: TimeSpan = { first: null, last: null, yearless: new Set(), published: null };

/**
 * A member weighed within its story: unit vector over the story-local weights, its keys numbered
 * within the story. Sums over the story are dense arrays indexed by those numbers: bisecting a
 * story of 2,000 articles ran some 30 rounds of sums and dots over string-keyed maps of its whole
 * vocabulary, most of the time of splitting (and of re-splitting a story resumed with new articles).
 */
interface LocalVector {
  keys: Int32Array;
  weights: Float64Array;
}

/** The story's members as local vectors, and how many distinct keys they hold (the length of a sum). */
interface LocalVectors {
  vectors: LocalVector[];
  size: number;
}

/** A sum of local vectors: a weight per key number. */
type DenseSum = Float64Array;

export interface Bisection {
  parts: [Placed[], Placed[]];
  /** Mean local similarity across the halves, and within each. */
  across: number;
  within: [number, number];
}

/** The story's articles split into events (see the module comment); one part when it is one event. `members` in canonical order. */
export function splitIntoEvents(members: readonly Placed[], depth = STORY_SPLIT.depth): Placed[][] {
  if (depth === 0) return [[...members]];
  const bisection = bisect(members);
  if (!bisection || !isBimodal(bisection) || reportedTogether(bisection.parts)) return [[...members]];
  return bisection.parts.flatMap((part) => splitIntoEvents(part, depth - 1));
}

/**
 * Two events of one kind are told apart by time above all (story-time.ts): halves whose
 * publication dates fall in the same days are two angles of one event (the shooting and the
 * charge, the outage and its repair), however distinct their words.
 */
function reportedTogether([a, b]: readonly [Placed[], Placed[]]): boolean {
  const span = (part: readonly Placed[]) => part.reduce((time, member) => joinSpans(time, member.time), NO_TIME);
  return publishedTogether(span(a), span(b));
}

export function isBimodal(bisection: Bisection): boolean {
  return bisection.across <= STORY_SPLIT.maxAcrossShare * Math.min(...bisection.within);
}

/** The best 2-means split of the members on their story-local vectors; null when a half would be too small. */
export function bisect(members: readonly Placed[]): Bisection | null {
  if (members.length < 2 * STORY_SPLIT.minPart) return null;
  const { vectors, size } = localVectors(members);
  const sumOf = (indexes: readonly number[]) => sumOfVectors(vectors, indexes, size);
  const all = sumOf(vectors.map((_, index) => index));
  const start = principalSides(vectors, all);
  if (!start) return null;
  let side = start;
  for (let round = 0; round < STORY_SPLIT.rounds; round += 1) {
    const sums = [sumOf(indexesWhere(side, true)), sumOf(indexesWhere(side, false))] as const;
    // Each side's norm once a round, not once a member: a sum holds as many keys as the story.
    const norms = sums.map((sum) => Math.sqrt(dotSums(sum, sum)));
    // Ties stay on their side, so the rounds end.
    const next = vectors.map((vector, index) => {
      const a = cosineToSum(vector, sums[0], norms[0]!);
      const b = cosineToSum(vector, sums[1], norms[1]!);
      return a === b ? side[index]! : a > b;
    });
    if (next.every((value, index) => value === side[index])) break;
    side = next;
  }
  const a = indexesWhere(side, true);
  const b = indexesWhere(side, false);
  if (a.length < STORY_SPLIT.minPart || b.length < STORY_SPLIT.minPart) return null;
  const sumA = sumOf(a);
  const sumB = sumOf(b);
  return {
    parts: [a.map((index) => members[index]!), b.map((index) => members[index]!)],
    across: dotSums(sumA, sumB) / (a.length * b.length),
    within: [withinSimilarity(sumA, a.map((index) => vectors[index]!)), withinSimilarity(sumB, b.map((index) => vectors[index]!))],
  };
}

/**
 * The first split, as PDDP does (Boley 1998): the sign of each member's projection on the
 * principal direction of the centred vectors, found by power iteration from the member least
 * like the whole. Unlike seeds taken from the two most distant members, outliers do not steer it.
 */
function principalSides(vectors: readonly LocalVector[], all: DenseSum): boolean[] | null {
  const n = vectors.length;
  const mean = all.map((weight) => weight / n);
  const start = argmin(vectors, (vector) => (vector.keys.length === 0 ? Infinity : dotSum(vector, all)));
  let direction = mean.map((weight) => -weight);
  addTo(direction, vectors[start]!, 1);
  let sides: boolean[] = [];
  for (let round = 0; round < STORY_SPLIT.powerRounds; round += 1) {
    const norm = Math.sqrt(dotSums(direction, direction));
    if (norm === 0) return null;
    const offset = dotSums(mean, direction);
    const projections = vectors.map((vector) => dotSum(vector, direction) - offset);
    const next = projections.map((projection) => projection > 0);
    // Only the sides are wanted: once a round leaves them as they were, the direction has settled enough.
    if (round > 0 && next.every((side, index) => side === sides[index])) break;
    sides = next;
    const following = new Float64Array(all.length);
    let total = 0;
    vectors.forEach((vector, index) => {
      total += projections[index]!;
      addTo(following, vector, projections[index]!);
    });
    for (let key = 0; key < mean.length; key += 1) following[key]! -= total * mean[key]!;
    direction = following;
  }
  return sides;
}

/** Each member's vector reweighed by log(n / df) of its features within the members, then made unit. */
function localVectors(members: readonly Placed[]): LocalVectors {
  const numbers = new Map<string, number>();
  const frequency: number[] = [];
  for (const member of members) {
    for (const key of member.vector.keys) {
      const number = numbers.get(key);
      if (number === undefined) {
        numbers.set(key, frequency.length);
        frequency.push(1);
      } else frequency[number]! += 1;
    }
  }
  const n = members.length;
  const vectors = members.map(({ vector }) => {
    const keys: number[] = [];
    const weights: number[] = [];
    let norm2 = 0;
    for (let index = 0; index < vector.keys.length; index += 1) {
      const number = numbers.get(vector.keys[index]!)!;
      const weight = vector.weights[index]! * Math.log(n / frequency[number]!);
      if (weight <= 0) continue;
      keys.push(number);
      weights.push(weight);
      norm2 += weight * weight;
    }
    const norm = Math.sqrt(norm2);
    return { keys: Int32Array.from(keys), weights: Float64Array.from(weights, (weight) => weight / norm) };
  });
  return { vectors, size: frequency.length };
}

function sumOfVectors(vectors: readonly LocalVector[], indexes: readonly number[], size: number): DenseSum {
  const sum = new Float64Array(size);
  for (const index of indexes) addTo(sum, vectors[index]!, 1);
  return sum;
}

function addTo(sum: DenseSum, vector: LocalVector, factor: number): void {
  for (let k = 0; k < vector.keys.length; k += 1) sum[vector.keys[k]!]! += factor * vector.weights[k]!;
}

function dotSum(vector: LocalVector, sum: DenseSum): number {
  let total = 0;
  for (let k = 0; k < vector.keys.length; k += 1) total += vector.weights[k]! * sum[vector.keys[k]!]!;
  return total;
}

function dotSums(a: DenseSum, b: DenseSum): number {
  let total = 0;
  for (let key = 0; key < a.length; key += 1) total += a[key]! * b[key]!;
  return total;
}

function cosineToSum(vector: LocalVector, sum: DenseSum, norm: number): number {
  return norm === 0 ? 0 : dotSum(vector, sum) / norm;
}

/** Mean similarity of a group's pairs: the sum's squared norm less each member's own (1, or 0 when empty), over the pairs. */
function withinSimilarity(sum: DenseSum, vectors: readonly LocalVector[]): number {
  const n = vectors.length;
  const self = vectors.filter((vector) => vector.keys.length > 0).length;
  return (dotSums(sum, sum) - self) / (n * (n - 1));
}

/** The index of the lowest score, the first on ties (members come in canonical order). */
function argmin<T>(items: readonly T[], score: (item: T) => number): number {
  let best = 0;
  let bestScore = Infinity;
  items.forEach((item, index) => {
    const value = score(item);
    if (value < bestScore) {
      best = index;
      bestScore = value;
    }
  });
  return best;
}

function indexesWhere(side: readonly boolean[], value: boolean): number[] {
  return side.flatMap((held, index) => (held === value ? [index] : []));
}
