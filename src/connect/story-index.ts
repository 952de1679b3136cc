/**
 * Stories as clusters of articles that tell one event. Connected components of pairwise links
 * chained unrelated events through one bridge article, and merged two events of one kind (two
 * firings of one team's coach, two rehab stays) whose articles share most words. So stories are
 * built as Miranda et al. (2018, "Multilingual clustering of streaming news") build them:
 * articles taken in time order, each joining the story whose centroid (the sum of its articles'
 * TF-IDF vectors of words and names, story-vectors.ts) it is most alike, or starting a new one;
 * time between an article and a story lowers their similarity past a week and bars them past a
 * follow-up window (story-time.ts), so a verdict weeks on joins its story and an event and its
 * namesake months later stay apart. One pass in time order can split a story whose first articles differed;
 * a second pass merges stories whose centroids are alike (group-average linkage, which does not
 * chain: two groups merge only when their articles are alike on average, not through one pair).
 *
 * The order is canonical — dated articles by date then id, undated ones after them by id — so
 * the stories do not depend on the order of arrival, and an undated article, unable to tell a
 * story from its follow-up, joins the dated story it is most alike rather than bridging two.
 * Undated articles are placed after the dated ones, in stories of their own first: one of them,
 * unable to tell a story from its namesake, cannot pull the rest of its event into a dated story
 * of the same kind; whole stories then merge only when alike on average, an undated story with a
 * dated one only when more alike than two stories of the same days need be. Articles join stories
 * of their own language (they share words); stories in two languages merge through their names.
 * Stories alike in content but apart in time, or alike below the threshold, are related.
 *
 * Last, each story is split into the events it holds (story-split.ts): corpus-wide weights cannot
 * tell two raids or two arrests of one kind apart when their reports carry no date, but weights
 * taken within the story can (the two-level scheme of Event Registry: events inside stories).
 */
import { withoutTerms, type ArticleFeatures } from "./article-features.js";
import { absorb, centroidCosine, centroidCosineWithout, clusterKeys, cohesion, heaviestKeys, join, leave, linkage, newCluster, type Cluster, type Placed } from "./story-cluster.js";
import { splitIntoEvents } from "./story-split.js";
import { articleSpan, isPublished, spansFit, timePenalty } from "./story-time.js";
import { DocumentFrequencies, storyVector, type ArticleVector } from "./story-vectors.js";

/** Thresholds, named so their reasons stay with them. */
export const STORY_CLUSTERING = {
  /** Cosine to the centroid of a story's articles in its language from which an article joins it. */
  join: 0.3,
  /** Average similarity of their articles from which two stories are one (group-average linkage). */
  merge: 0.15,
  /**
   * Two stories merge only when their articles are, on average, at least this share as alike
   * across the two as within the less cohesive one: two events of one kind (two firings of one
   * coach, two arrests of two players of one team) share a topic's words but less than each event's
   * own reports share among themselves.
   */
  mergeCohesion: 0.6,
  /**
   * The same share when one story has publication dates and the other none. Undated articles are
   * kept out of dated stories in the first pass (one undated report cannot tell an event from its
   * namesake months apart); a whole undated story joining a dated one takes its date with no time
   * to vouch for it, so its articles must be more alike to the dated story's than two stories of
   * the same days need be. On stories-en-dev any share from 0.67 to 0.84 keeps the two events of
   * a DUI arrest or a Paris heist topic apart, where the older one is undated, and merges the rest.
   */
  mergeCohesionUndated: 0.75,
  /** Average similarity from which two stories are related (same actors or subject, another event or time). */
  related: 0.08,
  /** How much more alike another story's centroid must be for an article to move there when stories are refined. */
  moveMargin: 0.02,
  /** An article's heaviest features that find its candidate stories. */
  retrievalKeys: 20,
  /** Its heaviest names that do too, whatever the weight of its words. */
  retrievalNames: 5,
  /** A feature shared by more stories than this finds no candidates ("said", a head of state). */
  maxPostings: 300,
  /** How many merge passes at most; each merges every pair above the threshold that is still apart. */
  mergeRounds: 8,
};

export interface Stories {
  /** Each story's article ids, sorted; stories ordered by their first article in time order. */
  members: string[][];
  /** Each story's first article in time order (dated by date then id, else by id): what its id is made from. */
  anchors: string[];
  /** Pairs of indexes into `members` whose stories are related. */
  related: Array<[number, number]>;
  /** Each story's cluster (centroid parts, time span), aligned with `members`: what a stored build keeps to resume. */
  clusters: Cluster[];
}

/**
 * Each article that has near-duplicates → its copy group's id (near-duplicates.ts): a copy joins
 * the story of its group's first placed copy, whatever its vector says.
 */
export type CopyGroups = ReadonlyMap<string, string>;

export class StoryIndex {
  private readonly articles = new Map<string, ArticleFeatures>();
  private readonly frequencies = new DocumentFrequencies();
  /** Set once `stories({ last: true })` has let go of the articles' terms. */
  private spent = false;

  /**
   * `holdOnly`: the articles are held for `featuresOf`, their stories made elsewhere (a resumed
   * build's, from its stored frequencies): no frequencies are counted, and no terms kept.
   */
  constructor(private readonly options: { holdOnly?: boolean } = {}) {}

  add(features: ArticleFeatures): void {
    if (this.spent) throw new Error(`StoryIndex.add: ${features.id} added after stories were built with \`last\``);
    if (this.articles.has(features.id)) return;
    if (this.options.holdOnly) {
      this.articles.set(features.id, withoutTerms(features));
      return;
    }
    this.articles.set(features.id, features);
    this.frequencies.add(features);
  }

  /**
   * The stories of the articles added, copies of one text kept in one story (`copyGroups`, from
   * the near-duplicates of the articles added). `last`: no article is added and no story built
   * after this, so each article's terms and names, which only its vector is made from, are let go
   * once it is made (about 150 MB at 100k articles, held through entity and claim resolution otherwise).
   */
  stories(options: { last?: boolean; copyGroups?: CopyGroups } = {}): Stories {
    if (this.spent) throw new Error("StoryIndex.stories: stories were already built with `last`; the articles' terms are gone");
    this.spent = options.last === true;
    const placed = [...this.articles.values()].sort(canonicalOrder).map((features): Placed => {
      const vector = storyVector(features, this.frequencies);
      if (!options.last) return { features, vector, time: articleSpan(features) };
      const kept = withoutTerms(features);
      this.articles.set(features.id, kept);
      return { features: kept, vector, time: articleSpan(kept) };
    });
    const copyGroups = options.copyGroups ?? new Map<string, string>();
    const copiesPlaced = new Map<string, Cluster>();
    const dated = assignInTimeOrder(placed.filter((article) => article.features.mainDate !== null), copyGroups, copiesPlaced);
    const undated = assignInTimeOrder(placed.filter((article) => article.features.mainDate === null), copyGroups, copiesPlaced);
    const first = [...dated, ...undated];
    first.forEach((cluster, index) => (cluster.index = index));
    const clusters = splitEvents(mergeAlike(reassign(mergeAlike(first), copyGroups)));
    for (const cluster of clusters) cluster.members.sort((a, b) => canonicalOrder(a.features, b.features));
    // A story's first member is its earliest: stories in the order they began.
    clusters.sort((a, b) => canonicalOrder(a.members[0]!.features, b.members[0]!.features));
    clusters.forEach((cluster, index) => (cluster.index = index));
    return {
      members: clusters.map((cluster) => cluster.members.map((member) => member.features.id).sort()),
      anchors: clusters.map((cluster) => cluster.members[0]!.features.id),
      related: relatedPairs(clusters),
      clusters,
    };
  }

  featuresOf(id: string): ArticleFeatures | undefined {
    return this.articles.get(id);
  }

  /** The document frequencies the vectors were weighed with (a stored build keeps them to weigh the articles added to it). */
  documentFrequencies(): DocumentFrequencies {
    return this.frequencies;
  }
}

/** What resuming a stored build's stories changed. */
export interface ResumedStories {
  /** Stories (stored or begun here) that gained articles or absorbed a story, in no particular order. */
  touched: Cluster[];
  /** Stored stories merged into another: gone. */
  absorbed: Cluster[];
  /** The retrieval keys of the stored stories left as they were (neither touched nor absorbed), for `relatedAmong`. */
  unchangedKeys: Map<Cluster, readonly string[]>;
}

/**
 * Stored stories resumed with new articles, as `StoryIndex.stories` places them: dated articles in
 * time order join a stored story or begin one, undated ones begin stories of their own, then a
 * merge pass joins alike stories where one of the two changed. No reassignment pass: a stored
 * article stays where the full build put it (reassigning needs every article's vector, which is
 * not stored). `existing` are the stored stories with `index` their build order; `fresh` the new
 * articles (weighed with the updated frequencies); `copyGroups` their near-duplicates among themselves.
 */
export function resumeStories(existing: readonly Cluster[], fresh: readonly Placed[], copyGroups: CopyGroups): ResumedStories {
  const ordered = [...fresh].sort((a, b) => canonicalOrder(a.features, b.features));
  // Each stored story's keys are taken once, before any article joins: only the stories touched
  // below change, so the rest keep them through every merge round (20,000 sorts of a story's sum a round at 100k articles).
  const storedKeys = new Map(existing.map((cluster) => [cluster, storyKeys(cluster)] as const));
  const copiesPlaced = new Map<string, Cluster>();
  const begunDated = assignInTimeOrder(ordered.filter((article) => article.features.mainDate !== null), copyGroups, copiesPlaced, existing, storedKeys);
  const all = [...existing, ...begunDated];
  const freshIds = new Set(fresh.map((article) => article.features.id));
  const holders = all.filter((cluster) => cluster.members.some((member) => freshIds.has(member.features.id)));
  const begunUndated = assignInTimeOrder(ordered.filter((article) => article.features.mainDate === null), copyGroups, copiesPlaced);
  begunUndated.forEach((cluster, index) => (cluster.index = all.length + index));
  const touched = new Set([...holders, ...begunUndated]);
  const live = mergeAlike([...all, ...begunUndated], touched, storedKeys);
  const alive = new Set(live);
  for (const cluster of storedKeys.keys()) if (touched.has(cluster) || !alive.has(cluster)) storedKeys.delete(cluster);
  return { touched: [...touched].filter((cluster) => alive.has(cluster)), absorbed: existing.filter((cluster) => !alive.has(cluster)), unchangedKeys: storedKeys };
}

/**
 * The stories related to each of `stories` among `all` (see `STORY_CLUSTERING.related`).
 * `knownKeys`: keys already taken of stories that have not changed since.
 */
export function relatedAmong(stories: readonly Cluster[], all: readonly Cluster[], knownKeys: ReadonlyMap<Cluster, readonly string[]> = new Map()): Map<Cluster, Cluster[]> {
  const keysOf = (cluster: Cluster) => knownKeys.get(cluster) ?? storyKeys(cluster);
  const postings = new Map<string, Cluster[]>();
  for (const cluster of new Set(all)) post(postings, keysOf(cluster), cluster, { unlisted: true });
  return new Map(
    stories.map((cluster) => {
      const candidates = [...candidateClusters(keysOf(cluster), postings)].filter((other) => other !== cluster);
      return [cluster, candidates.filter((other) => linkage(cluster, other) >= STORY_CLUSTERING.related)] as const;
    }),
  );
}

/** Dated articles by date then id, then undated ones by id. */
export function canonicalOrder(a: ArticleFeatures, b: ArticleFeatures): number {
  if (a.mainDate !== b.mainDate) {
    if (a.mainDate === null) return 1;
    if (b.mainDate === null) return -1;
    return a.mainDate.localeCompare(b.mainDate);
  }
  return a.id.localeCompare(b.id);
}

const articleKeys = (vector: ArticleVector) => heaviestKeys(vector.keys, STORY_CLUSTERING.retrievalKeys, STORY_CLUSTERING.retrievalNames);
const storyKeys = (cluster: Cluster) => clusterKeys(cluster, STORY_CLUSTERING.retrievalKeys, STORY_CLUSTERING.retrievalNames);

/**
 * Articles in the given (canonical) order, each joining its best story or starting one; a copy of
 * an article already placed (its copy group in `copiesPlaced`, which this fills) joins that
 * article's story. Given `existing` stories (a stored build resumed), articles may join those
 * too; only the stories started here are returned.
 */
export function assignInTimeOrder(
  placed: readonly Placed[],
  copyGroups: CopyGroups,
  copiesPlaced: Map<string, Cluster>,
  existing: readonly Cluster[] = [],
  existingKeys: ReadonlyMap<Cluster, readonly string[]> = new Map(),
): Cluster[] {
  const clusters: Cluster[] = [];
  const postings = new Map<string, Cluster[]>();
  for (const cluster of new Set(existing)) post(postings, existingKeys.get(cluster) ?? storyKeys(cluster), cluster, { unlisted: true });
  for (const article of placed) {
    const keys = articleKeys(article.vector);
    const group = copyGroups.get(article.features.id);
    let target = (group === undefined ? undefined : copiesPlaced.get(group)) ?? bestCluster(article, candidateClusters(keys, postings));
    if (!target) {
      target = newCluster(existing.length + clusters.length);
      clusters.push(target);
    }
    join(target, article);
    if (group !== undefined && !copiesPlaced.has(group)) copiesPlaced.set(group, target);
    post(postings, keys, target);
  }
  return clusters;
}

/**
 * Lists a story under each of its keys, once, until a key holds more stories than it can tell apart.
 * `also`: lists it there too under the keys where it was listed. `unlisted`: it is listed nowhere
 * yet and the keys are distinct (a story's own, `storyKeys`), so no list is searched for it: a
 * build lists 20,000 stories under 25 keys each at 100k articles, into lists of up to 300.
 */
function post(postings: Map<string, Cluster[]>, keys: readonly string[], cluster: Cluster, options: { also?: Map<string, Cluster[]>; unlisted?: boolean } = {}): void {
  for (const key of keys) {
    const list = postings.get(key);
    if (!list) postings.set(key, [cluster]);
    // The length first: a full list (a common word) is not searched.
    else if (list.length <= STORY_CLUSTERING.maxPostings && (options.unlisted || !list.includes(cluster))) list.push(cluster);
    else continue;
    if (!options.also) continue;
    const alsoList = options.also.get(key);
    if (alsoList) alsoList.push(cluster);
    else options.also.set(key, [cluster]);
  }
}

function candidateClusters(keys: readonly string[], postings: ReadonlyMap<string, Cluster[]>): Set<Cluster> {
  const found = new Set<Cluster>();
  for (const key of keys) {
    const list = postings.get(key);
    if (list && list.length <= STORY_CLUSTERING.maxPostings) for (const cluster of list) found.add(cluster);
  }
  return found;
}

function bestCluster(article: Placed, candidates: Iterable<Cluster>): Cluster | null {
  return bestScoredCluster(article, candidates)?.cluster ?? null;
}

/** The story an article is most alike, time considered (see `timePenalty`), with that score; null when none reaches `join`. */
function bestScoredCluster(article: Placed, candidates: Iterable<Cluster>): { cluster: Cluster; score: number } | null {
  let best: Cluster | null = null;
  let bestScore = STORY_CLUSTERING.join;
  for (const cluster of candidates) {
    const penalty = timePenalty(article.time, cluster.time);
    const similarity = penalty === Infinity ? null : centroidCosine(article, cluster);
    if (similarity === null) continue;
    const score = similarity - penalty;
    // Ties go to the older story, so the choice does not depend on the set's iteration order.
    if (score > bestScore || (score === bestScore && best && cluster.index < best.index)) {
      best = cluster;
      bestScore = score;
    }
  }
  return best ? { cluster: best, score: bestScore } : null;
}

/**
 * One pass of reassignment, as k-means refines its clusters: each article moves to the story whose
 * centroid it is most alike when that beats its own story's centroid without it, so an article
 * placed early, before its own event's story existed, finds it. Stories left empty are dropped.
 */
function reassign(clusters: Cluster[], copyGroups: CopyGroups): Cluster[] {
  const postings = new Map<string, Cluster[]>();
  for (const cluster of new Set(clusters)) post(postings, storyKeys(cluster), cluster, { unlisted: true });
  const articles = clusters.flatMap((cluster) => cluster.members.map((member) => ({ member, cluster }))).sort((a, b) => canonicalOrder(a.member.features, b.member.features));
  const home = new Map(articles.map(({ member, cluster }) => [member, cluster]));
  for (const { member } of articles) {
    if (copyGroups.has(member.features.id)) continue;
    const own = home.get(member)!;
    const ownScore = own.members.length === 1 ? 0 : centroidCosineWithout(member, own);
    const candidates = [...candidateClusters(articleKeys(member.vector), postings)].filter((cluster) => cluster !== own && cluster.members.length > 0);
    const found = bestScoredCluster(member, candidates);
    if (!found || found.score <= ownScore + STORY_CLUSTERING.moveMargin) continue;
    const best = found.cluster;
    leave(own, member);
    join(best, member);
    home.set(member, best);
  }
  return clusters.filter((cluster) => cluster.members.length > 0);
}

/**
 * Group-average merging of stories (see the module comment), the most alike pairs first, until none
 * is left above the threshold. Given `touched`, only pairs holding one of them merge (the others
 * were weighed by the build that made them), and a story absorbing one becomes touched.
 */
function mergeAlike(clusters: Cluster[], touched?: Set<Cluster>, untouchedKeys?: ReadonlyMap<Cluster, readonly string[]>): Cluster[] {
  let live = clusters;
  for (let round = 0; round < STORY_CLUSTERING.mergeRounds; round += 1) {
    const pairs = alikePairs(live, STORY_CLUSTERING.merge, touched, untouchedKeys).filter(([a, b, score]) => spansFit(a.time, b.time) && score >= mergeShare(a, b) * Math.min(cohesion(a), cohesion(b)));
    if (pairs.length === 0) break;
    const absorbed = new Set<Cluster>();
    const merged = new Set<Cluster>();
    for (const [a, b] of pairs) {
      // Each story merges once a round, so every merge was decided on the stories it changes.
      if (merged.has(a) || merged.has(b)) continue;
      absorb(a, b);
      absorbed.add(b);
      merged.add(a).add(b);
      touched?.add(a);
    }
    live = live.filter((cluster) => !absorbed.has(cluster));
  }
  return live;
}

/** The share of cohesion two stories' linkage must reach to merge (see `STORY_CLUSTERING.mergeCohesionUndated`). */
function mergeShare(a: Cluster, b: Cluster): number {
  return isPublished(a.time) === isPublished(b.time) ? STORY_CLUSTERING.mergeCohesion : STORY_CLUSTERING.mergeCohesionUndated;
}

/** Each story split into the events it holds (see `splitStory`). */
function splitEvents(clusters: readonly Cluster[]): Cluster[] {
  return clusters.flatMap((cluster) => splitStory(cluster));
}

/**
 * A story split into the events it holds (story-split.ts), as new stories; itself when it holds
 * one. `members`: its articles with their vectors, when its own hold none (a stored story resumed).
 */
export function splitStory(cluster: Cluster, members: readonly Placed[] = cluster.members): Cluster[] {
  const events = splitIntoEvents([...members].sort((a, b) => canonicalOrder(a.features, b.features)));
  if (events.length === 1) return [cluster];
  return events.map((event) => {
    const part = newCluster(cluster.index);
    for (const member of event) join(part, member);
    return part;
  });
}

/**
 * Pairs of stories whose group-average similarity reaches `threshold`, the most alike first, the
 * older story first in each; given `touched`, only pairs holding one of them, and the keys of the
 * others may be given (`untouchedKeys`: they have not changed since they were taken).
 */
function alikePairs(clusters: readonly Cluster[], threshold: number, touched?: ReadonlySet<Cluster>, untouchedKeys?: ReadonlyMap<Cluster, readonly string[]>): Array<[Cluster, Cluster, number]> {
  const postings = new Map<string, Cluster[]>();
  // The touched stories listed where `postings` lists them: an untouched story looks up only those,
  // the pairs it can be in, rather than every story sharing a key with it.
  const touchedPostings = new Map<string, Cluster[]>();
  const pairs: Array<[Cluster, Cluster, number]> = [];
  const ordered = [...clusters].sort((a, b) => a.index - b.index);
  for (const cluster of ordered) {
    const seen = new Set<Cluster>();
    const isTouched = !touched || touched.has(cluster);
    const keys = (!isTouched && untouchedKeys?.get(cluster)) || storyKeys(cluster);
    const lookedUp = isTouched ? postings : touchedPostings;
    for (const key of keys) for (const other of lookedUp.get(key) ?? []) seen.add(other);
    for (const other of seen) {
      const score = linkage(cluster, other);
      if (score >= threshold) pairs.push([other, cluster, score]);
    }
    post(postings, keys, cluster, { also: touched?.has(cluster) ? touchedPostings : undefined, unlisted: true });
  }
  return pairs.sort((x, y) => y[2] - x[2] || x[0].index - y[0].index || x[1].index - y[1].index);
}

function relatedPairs(clusters: readonly Cluster[]): Array<[number, number]> {
  return alikePairs(clusters, STORY_CLUSTERING.related)
    .map(([a, b]): [number, number] => (a.index < b.index ? [a.index, b.index] : [b.index, a.index]))
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
