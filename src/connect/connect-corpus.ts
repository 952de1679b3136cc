/**
 * The connect stage: annotated articles in, corpus entities and stories out. Articles are added
 * one at a time; each is reduced to its features and claim records at once, so the corpus is
 * never re-read, and the result does not depend on the order of arrival.
 */
import type { AnnotatedArticle } from "../annotate/annotation.js";
import { alignClaims, type Claim } from "./align-claims.js";
import { confineClaim, type ConfinedClaim } from "./confine-claims.js";
import { connectStateOf, type ArticleConnectState } from "./article-connect-state.js";
import { keyWords, type ArticleFeatures } from "./article-features.js";
import { boundHeapGrowth } from "./bounded-heap-growth.js";
import type { ClaimRecord } from "./claim-records.js";
import { datedByStory } from "./dated-by-story.js";
import { CorpusEntityIndex, type CorpusEntity, type KeyedCorpusEntity } from "./corpus-entities.js";
import { NearDuplicateIndex } from "./near-duplicates.js";
import { StoryIndex, canonicalOrder, type Stories } from "./story-index.js";
import { storedCluster, type StoredCluster } from "./stored-clusters.js";
import type { ArticleVector, FrequencyCounts } from "./story-vectors.js";
import { StoryNameRecall, withStoryMentions, type StoryMentioned } from "./story-name-recall.js";

export interface TimelineEntry {
  date: string;
  /** "day", "month", "year" or "week", from the value's shape. */
  precision: string;
  /** The date is the publication's, no source stating it (see Claim.datedByPublication). */
  datedByPublication: boolean;
  /** No source states the date: the publication's, or the story's for an undated article (see Claim.dateInferred). */
  dateInferred: boolean;
  claim: string;
  statement: string;
  sources: number;
  conflicts: number;
}

export interface SourceComparison {
  articleId: string;
  outlet: string | null;
  reports: string[];
  omits: string[];
}

export interface Story {
  id: string;
  title: string | null;
  articleIds: string[];
  /** First and last publication dates of its articles (as precise as they state them), null when none states one. */
  published: { first: string; last: string } | null;
  /** The language most of its articles are in (the first alphabetically among equals), null when none is known. */
  language: string | null;
  nearDuplicates: Array<[string, string]>;
  relatedStories: string[];
  timeline: TimelineEntry[];
  claims: ConfinedClaim[];
  sourceComparison: SourceComparison[];
}

export interface ConnectedCorpus {
  entities: Array<CorpusEntity & StoryMentioned>;
  stories: Story[];
}


/** Related stories whose records corroborate a story's claims; past this many, a story's background is too broad to tell anything. */
export const MAX_BACKGROUND_STORIES = 8;

export class CorpusConnector {
  private readonly duplicates = new NearDuplicateIndex();
  private readonly storyIndex: StoryIndex;
  private readonly entityIndex = new CorpusEntityIndex();
  private readonly nameRecall = new StoryNameRecall();
  /**
   * Each article's claim records as JSON, parsed again when its story is built: held as objects
   * they cost 1.5 kB an article (and a quote's text, a slice of the article's, kept the whole
   * text alive); as one flat string, about a quarter. Its title, date, language and outlet are
   * read from the features clustering keeps.
   */
  private readonly records = new Map<string, string>();
  private lastBuild: { entities: KeyedCorpusEntity[]; clusters: Map<string, StoredCluster> } | null = null;

  /**
   * `resumable`: keep what `takeResumable` gives (a stored build's clusters), which a build that is
   * not saved does without. `readOnce`: `result()` is read once, with no article added after, so
   * clustering lets go of each article's terms once its vector is made (see `StoryIndex.stories`).
   * `storiesOnly`: `result()` is not called (a resumed build resolves its corpus entities itself
   * and places articles by its stored frequencies, resume-corpus.ts), so the articles' entities
   * are not indexed, nor their terms kept: a vector is made from the features `add` returns.
   */
  constructor(private readonly options: { resumable?: boolean; readOnce?: boolean; storiesOnly?: boolean } = {}) {
    // A corpus's worth of features and indexes is held until `result()`: keep the garbage beside it bounded.
    boundHeapGrowth();
    this.storyIndex = new StoryIndex({ holdOnly: options.storiesOnly === true });
  }

  /** Adds an article; its connect state is returned (null when it was added before). */
  add(article: AnnotatedArticle): ArticleConnectState | null {
    if (this.records.has(article.id)) return null;
    const state = connectStateOf(article);
    this.index(state);
    if (!this.options.storiesOnly) this.entityIndex.add(article);
    return state;
  }

  /**
   * Adds a stored article by its connect state, for a connector made `storiesOnly` (which indexes
   * no article's entities), after the new articles: its copies among them are looked for, those
   * among the stored articles are given by `knownDuplicates`.
   */
  addState(state: ArticleConnectState): void {
    if (!this.options.storiesOnly) throw new Error("a connector that resolves corpus entities needs the articles themselves: add(article)");
    if (!this.records.has(state.features.id)) this.index(state, true);
  }

  /** Near-duplicate pairs a stored build found among the stored articles added by `addState`. */
  knownDuplicates(pairs: ReadonlyArray<readonly [string, string]>): void {
    for (const [a, b] of pairs) this.duplicates.joinKnown(a, b);
  }

  private index(state: ArticleConnectState, stored = false): void {
    const { features } = state;
    if (stored) this.duplicates.probe(features.id, features.signature);
    else this.duplicates.add(features.id, features.signature);
    this.storyIndex.add(features);
    this.nameRecall.addNames(features.id, state.names);
    this.records.set(features.id, state.records);
  }

  result(): ConnectedCorpus {
    return this.finish(this.cluster());
  }

  /**
   * The first step of `result()`: the articles clustered into stories. For a connector made
   * `resumable`, with each article's vector as placed, which a builder saves (and then clears)
   * before `finish`, so they are not held through claim resolution (140 MB at 100k articles).
   */
  cluster(): Clustered {
    if (this.options.storiesOnly) throw new Error("a connector made storiesOnly indexes no corpus entities: result() needs them");
    const clustering = this.storyIndex.stories({ last: this.options.readOnce === true, copyGroups: this.duplicates.copyGroups() });
    const clusters = this.options.resumable ? new Map(clustering.clusters.map((cluster, index) => [storyIdOf(clustering.anchors[index]!), storedCluster(cluster)])) : null;
    // What an update re-splits a story with (resume-corpus.ts): the vectors, not the clusters' sums.
    const vectors = clusters ? new Map(clustering.clusters.flatMap((cluster) => cluster.members.map((member) => [member.features.id, member.vector] as const))) : new Map<string, ArticleVector>();
    // The clusters hold every article's vector and every story's sums (180 MB at 100k articles): let go before entities and claims are resolved.
    clustering.clusters.length = 0;
    return { clustering, clusters, vectors };
  }

  /**
   * Every article's connect state with its vector as `cluster()` placed it, made from what the
   * connector holds (each article's terms are gone once read once: a reader with the vector needs
   * none), for a builder to save between the two steps.
   */
  *states({ vectors }: Clustered): Iterable<ArticleConnectState> {
    for (const [articleId, vector] of vectors) {
      const features = this.storyIndex.featuresOf(articleId)!;
      yield { features, records: this.records.get(articleId)!, names: this.nameRecall.namesOf(articleId)!, vector };
    }
  }

  /** The second step of `result()`: corpus entities and stories' claims resolved. */
  finish({ clustering, clusters }: Clustered): ConnectedCorpus {
    // Entities after stories: a surname the corpus leaves ambiguous is read in its story.
    const entities = this.entityIndex.entities(clustering.members);
    this.lastBuild = clusters ? { entities, clusters } : null;
    const stories = this.storiesOf({ members: clustering.members, ids: clustering.anchors.map(storyIdOf), related: clustering.related }, entities);
    return { entities: withStoryMentions(entities.map(({ keys: _keys, ...entity }): CorpusEntity => entity), clustering.members, this.nameRecall), stories };
  }

  /**
   * What a stored build keeps to be resumed with new articles (see resume-corpus.ts), from the
   * last `result()` of a connector made `resumable` (else null); taken once, so it is not held after.
   */
  takeResumable(): ResumableBuild | null {
    if (!this.lastBuild) return null;
    const { entities, clusters } = this.lastBuild;
    this.lastBuild = null;
    return {
      frequencies: this.storyIndex.documentFrequencies().counts(),
      entityKeys: Object.fromEntries(entities.map((entity) => [entity.id, entity.keys])),
      clusters,
    };
  }

  /**
   * The entities with the names their stories establish found anew in these stories' articles
   * (`withStoryMentions`), those found before in other articles kept: what an update of a stored
   * build redoes for the stories it changed. The stories' articles must all have been added here.
   */
  withStoryMentionsIn<E extends CorpusEntity & StoryMentioned>(entities: readonly E[], stories: ReadonlyArray<readonly string[]>): E[] {
    const inStories = new Set(stories.flat());
    const found = withStoryMentions(entities.map(({ storyMentions: _mentions, ...entity }) => entity), stories, this.nameRecall);
    return entities.map((entity, index) => {
      const { storyMentions: _mentions, ...rest } = entity;
      const kept = (entity.storyMentions ?? []).filter((span) => !inStories.has(span.articleId));
      const spans = [...kept, ...(found[index]!.storyMentions ?? [])].sort((a, b) => a.articleId.localeCompare(b.articleId) || a.start - b.start);
      return (spans.length === 0 ? rest : { ...rest, storyMentions: spans }) as E;
    });
  }

  /** What clustering keeps of an added article. */
  featuresOf(articleId: string): ArticleFeatures | undefined {
    return this.storyIndex.featuresOf(articleId);
  }

  /** The earliest of these added articles in the clustering's canonical order: what their story's id is made from. */
  anchorOf(articleIds: readonly string[]): string {
    return articleIds.map((id) => this.storyIndex.featuresOf(id)!).sort(canonicalOrder)[0]!.id;
  }

  /**
   * The stories of a clustering of the articles added here, their claims resolved through these
   * corpus entities; given `only`, the stories at those indexes alone (the others serve as related
   * stories' background, their articles added only when they are some story's background).
   */
  storiesOf(clustering: StoryClustering, entities: readonly KeyedCorpusEntity[], only?: ReadonlySet<number>): Story[] {
    const byKey = new Map<string, KeyedCorpusEntity>();
    for (const entity of entities) for (const key of entity.keys) byKey.set(key, entity);
    const idOf = (key: string) => byKey.get(key)?.id ?? key;
    const nameOf = (key: string) => byKey.get(key)?.name ?? keyWords(key);
    const { members, ids: storyIds, related } = clustering;
    const storyId = new Map<string, string>();
    members.forEach((ids, index) => ids.forEach((id) => storyId.set(id, storyIds[index]!)));
    const relatedOf = new Map<string, Set<string>>();
    for (const [a, b] of related) {
      relatedOf.set(storyIds[a]!, (relatedOf.get(storyIds[a]!) ?? new Set()).add(storyIds[b]!));
      relatedOf.set(storyIds[b]!, (relatedOf.get(storyIds[b]!) ?? new Set()).add(storyIds[a]!));
    }
    const duplicatesOf = new Map<string, Array<[string, string]>>();
    // Each copy paired with its group's first id (a group of n copies is n − 1 pairs, not n(n − 1)/2), whatever the order of arrival.
    const duplicatePairs = this.duplicates.groups().flatMap(([first, ...others]) => others.map((other): [string, string] => [first!, other]));
    for (const pair of duplicatePairs) {
      const story = storyId.get(pair[0])!;
      const list = duplicatesOf.get(story);
      if (list) list.push(pair);
      else duplicatesOf.set(story, [pair]);
    }
    const membersOf = new Map(members.map((ids, index) => [storyIds[index]!, ids]));
    const featuresOf = (articleId: string) => this.storyIndex.featuresOf(articleId)!;
    const outletOf = (articleId: string) => featuresOf(articleId).outlet;
    const chosen = only ? [...only].sort((a, b) => a - b) : members.map((_, index) => index);
    return chosen.map((index): Story => {
      const ids = members[index]!;
      const id = storyIds[index]!;
      // A follow-up recalls the first event, and a background paragraph corroborates it: claims
      // are aligned with the related stories' records too, and kept when this story states them.
      const own = new Set(ids);
      const background = [...(relatedOf.get(id) ?? [])].sort().slice(0, MAX_BACKGROUND_STORIES).flatMap((related) => membersOf.get(related)!);
      const published = publicationSpan(ids.map((articleId) => featuresOf(articleId).published));
      // An undated article's « mercredi 24 novembre » takes its year from the story's dates, flagged inferred.
      const records = datedByStory([...ids, ...background].flatMap((articleId) => this.recordsOf(articleId)), published?.first ?? null, own);
      const scope = { own, storyOf: (articleId: string) => storyId.get(articleId)!, outletOf };
      const claims = alignClaims(records, nameOf, idOf, id).flatMap((claim) => confineClaim(claim, scope) ?? []);
      return {
        id,
        title: storyTitle(ids.map(featuresOf)),
        articleIds: ids,
        published,
        language: mostCommon(ids.map((articleId) => featuresOf(articleId).language)),
        nearDuplicates: (duplicatesOf.get(id) ?? []).sort(),
        relatedStories: [...(relatedOf.get(id) ?? [])].sort(),
        timeline: timeline(claims),
        claims,
        sourceComparison: sourceComparison(ids, claims, outletOf),
      };
    });
  }

  private recordsOf(articleId: string): ClaimRecord[] {
    const json = this.records.get(articleId)!;
    return json === "" ? [] : (JSON.parse(json) as ClaimRecord[]);
  }
}

/** Stories as clustering made them: each one's article ids and story id, and pairs of indexes of related stories. */
export interface StoryClustering {
  members: readonly string[][];
  ids: readonly string[];
  related: ReadonlyArray<[number, number]>;
}

/** What a stored build keeps to be resumed: the document frequencies, each corpus entity's article-level keys, each story's cluster. */
export interface ResumableBuild {
  frequencies: FrequencyCounts;
  entityKeys: Record<string, string[]>;
  clusters: Map<string, StoredCluster>;
}

/** Stories clustered, their claims not resolved yet (`CorpusConnector.cluster`). */
export interface Clustered {
  clustering: Stories;
  /** Each story's cluster by story id, for a connector made `resumable` (else null). */
  clusters: Map<string, StoredCluster> | null;
  /** Each article's story vector as placed, for a connector made `resumable` (else empty). */
  vectors: Map<string, ArticleVector>;
}

/**
 * A story's id, made from its first article in time order ("a_3f…" → "s_3f…"): it stays as
 * articles are added to the story or to others, and an id whose story has changed still names
 * an article, which leads to the story that holds it now (see `findStory`).
 */
export function storyIdOf(anchorArticleId: string): string {
  return `s_${anchorArticleId.replace(/^a_/u, "")}`;
}

/**
 * The story an id names: the one with that id, else the one now holding the article the id was
 * made from (its story merged with an older one, or an older article joined it), with `movedFrom`.
 */
export function findStory<S extends { id: string; articleIds: readonly string[] }>(stories: readonly S[], id: string): { story: S; movedFrom: string | null } | null {
  const exact = stories.find((story) => story.id === id);
  if (exact) return { story: exact, movedFrom: null };
  const anchor = /^s_(.+)$/u.exec(id)?.[1];
  const holder = anchor === undefined ? undefined : stories.find((story) => story.articleIds.includes(`a_${anchor}`));
  return holder ? { story: holder, movedFrom: id } : null;
}

/**
 * How many of a story's claims an omission is reported against: its most corroborated ones. An
 * article omitting one of a story's hundreds of claims says little, and listing every omission
 * of every article grows as articles × claims (a 3,000-article story's dossier ran to 100 MB).
 */
export const COMPARED_CLAIMS = 30;

/** Per article, the claims it reports or contradicts, and which of the story's most corroborated claims it omits. Linear in the spans. */
function sourceComparison(articleIds: readonly string[], claims: readonly ConfinedClaim[], outletOf: (articleId: string) => string | null): SourceComparison[] {
  const reportedBy = new Map<string, Set<string>>();
  for (const claim of claims) {
    for (const span of [...claim.supportedBy, ...claim.contradictedBy]) {
      const reported = reportedBy.get(span.articleId);
      if (reported) reported.add(claim.id);
      else reportedBy.set(span.articleId, new Set([claim.id]));
    }
  }
  const articlesOf = (claim: ConfinedClaim) => new Set(claim.supportedBy.map((span) => span.articleId)).size;
  const compared = claims.filter((claim) => !claim.singleSource).sort((a, b) => articlesOf(b) - articlesOf(a) || a.id.localeCompare(b.id)).slice(0, COMPARED_CLAIMS);
  return articleIds.map((articleId) => {
    const reported = reportedBy.get(articleId) ?? new Set<string>();
    return { articleId, outlet: outletOf(articleId), reports: [...reported], omits: compared.filter((claim) => !reported.has(claim.id)).map((claim) => claim.id) };
  });
}

function mostCommon(values: ReadonlyArray<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

function publicationSpan(dates: ReadonlyArray<string | null>): Story["published"] {
  const known = dates.filter((date): date is string => date !== null).sort();
  return known.length === 0 ? null : { first: known[0]!, last: known.at(-1)! };
}

/** The earliest article's title stands for the story. */
function storyTitle(articles: ReadonlyArray<Pick<ArticleFeatures, "title" | "published">>): string | null {
  const dated = [...articles].sort((a, b) => (a.published ?? "9999").localeCompare(b.published ?? "9999"));
  return dated.find((article) => article.title)?.title ?? null;
}

function timeline(claims: readonly Claim[]): TimelineEntry[] {
  return claims
    .filter((claim) => claim.kind === "event" && claim.date && /^\d{4}/u.test(claim.date))
    .map((claim) => ({
      date: claim.date!,
      precision: /W\d/u.test(claim.date!) ? "week" : claim.date!.length >= 10 ? "day" : claim.date!.length === 7 ? "month" : "year",
      datedByPublication: claim.datedByPublication === true,
      dateInferred: claim.dateInferred === true,
      claim: claim.id,
      statement: claim.statement,
      sources: new Set(claim.supportedBy.map((span) => span.articleId)).size,
      conflicts: claim.contradictedBy.length,
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || b.sources - a.sources);
}
