/**
 * A stored build resumed with new articles, instead of connecting every article again: the new
 * articles are weighed with the stored document frequencies (updated with theirs), assigned to
 * the stored stories' centroids in time order or begin stories of their own, and alike stories
 * where one changed merge (story-index.ts `resumeStories`); each story that changed is then split
 * into the events it holds, as a full build splits every story. Only the stories that changed are
 * built again, from their articles' stored connect states (article-connect-state.ts) and those of
 * their related stories' background, so their claims, timelines and source comparisons are
 * aligned as a full build aligns them.
 *
 * What this does not redo, until the next full build: stored articles never move between stories
 * (a full build's reassignment pass may move some) and keep the vectors their build placed them
 * with, a stored article's near-duplicates among the new articles are found only within the
 * stories re-read (those among stored articles are taken from the build), corpus entities are
 * extended by key (added-corpus-entities.ts), and an unchanged story keeps its related stories as
 * stored. The names a story's articles establish (story-name-recall.ts) are found again in the
 * stories that changed.
 */
import type { AnnotatedArticle } from "../annotate/annotation.js";
import { addCorpusEntities, withKeys, withoutKeys } from "./added-corpus-entities.js";
import type { ArticleConnectState } from "./article-connect-state.js";
import { articleSpan } from "./story-time.js";
import { CorpusConnector, MAX_BACKGROUND_STORIES, storyIdOf, type Story } from "./connect-corpus.js";
import { CorpusEntityIndex, type CorpusEntity } from "./corpus-entities.js";
import { copyGroupsAmong } from "./near-duplicates.js";
import type { Cluster, Placed } from "./story-cluster.js";
import { relatedAmong, resumeStories, splitStory } from "./story-index.js";
import { DocumentFrequencies, storyVector, type FrequencyCounts } from "./story-vectors.js";
import { restoredCluster, storedCluster, type StoredCluster } from "./stored-clusters.js";

export interface ClusteredStory {
  story: Story;
  cluster: StoredCluster;
}

export interface ResumedStory extends ClusteredStory {
  /** The stored story it continues (gained articles or absorbed others), null when it began with the new articles. */
  continues: string | null;
}

export interface StoredBuild {
  /** In build order. */
  stories: readonly ClusteredStory[];
  entities: readonly CorpusEntity[];
  frequencies: FrequencyCounts;
  /** Corpus entity id → the article-level entity keys it holds. */
  entityKeys: Readonly<Record<string, string[]>>;
}

export interface ResumedBuild {
  /** The stories that changed or began, in no particular order. */
  stories: ResumedStory[];
  /** Ids of the stored stories these replace, and of those merged into another. */
  replaced: string[];
  entities: CorpusEntity[];
  frequencies: FrequencyCounts;
  entityKeys: Record<string, string[]>;
  /** The connect states of the articles added, each with the vector it was placed with, for the store to keep. */
  addedStates: ArticleConnectState[];
}

/** Reads stored articles' connect states by id (the stories' articles to align again), in the order of the ids. */
export type StateReader = (ids: readonly string[]) => Promise<ArticleConnectState[]>;

export async function resumeBuild(stored: StoredBuild, added: readonly AnnotatedArticle[], readStates: StateReader): Promise<ResumedBuild> {
  const connector = new CorpusConnector({ storiesOnly: true });
  const addedStates = added.flatMap((article) => connector.add(article) ?? []);
  const features = addedStates.map((state) => state.features);
  const frequencies = DocumentFrequencies.fromCounts(stored.frequencies);
  for (const item of features) frequencies.add(item);
  const copyGroups = copyGroupsAmong(features);
  const existing = stored.stories.map(({ story, cluster }, index) => restoredCluster(cluster, index, story.articleIds));
  const storedStoryOf = new Map(existing.map((cluster, index) => [cluster, stored.stories[index]!.story]));
  const placed = features.map((item): Placed => ({ features: item, vector: storyVector(item, frequencies), time: articleSpan(item) }));
  addedStates.forEach((state, index) => (state.vector = placed[index]!.vector));
  const resumed = resumeStories(existing, placed, copyGroups);
  const absorbed = resumed.absorbed;

  // The connector holds no terms: each stored article's vector is made as its state is read.
  const vectors = new Map(placed.map((item) => [item.features.id, item.vector]));
  const read = new Set(vectors.keys());
  // A stored article keeps the vector its build placed it with (see `packVector`); one stored without is weighed now.
  await addStates(connector, read, resumed.touched.flatMap(memberIds), readStates, (state) => vectors.set(state.features.id, state.vector ?? storyVector(state.features, frequencies)));
  // A story that changed is split into the events it holds, as a full build splits every story;
  // the part holding most of its stored articles continues it.
  const continues = new Map<Cluster, string>();
  const touched = resumed.touched.flatMap((cluster) => {
    const members = memberIds(cluster).map((id): Placed => {
      const item = connector.featuresOf(id)!;
      return { features: item, vector: vectors.get(id)!, time: articleSpan(item) };
    });
    const parts = splitStory(cluster, members);
    const storedStory = storedStoryOf.get(cluster);
    if (storedStory) continues.set(parts.length === 1 ? cluster : heir(parts, new Set(storedStory.articleIds)), storedStory.id);
    return parts;
  });
  const idOf = new Map<Cluster, string>(touched.map((cluster) => [cluster, storyIdOf(connector.anchorOf(memberIds(cluster)))]));
  const currentId = (cluster: Cluster) => idOf.get(cluster) ?? storedStoryOf.get(cluster)!.id;
  const gone = new Set([...absorbed, ...resumed.touched.filter((cluster) => !touched.includes(cluster))]);
  const live = [...existing.filter((cluster) => !gone.has(cluster)), ...touched.filter((cluster) => !storedStoryOf.has(cluster))];
  const relatedOf = relatedAmong(touched, live, resumed.unchangedKeys);
  // A story's claims are aligned with its first related stories' articles too, as a full build does (connect-corpus.ts).
  const background = [...relatedOf.values()].flatMap((related) => related.map(currentId).sort().slice(0, MAX_BACKGROUND_STORIES));
  const backgroundIds = new Set(background);
  await addStates(connector, read, [...relatedOf.values()].flat().filter((cluster) => backgroundIds.has(currentId(cluster))).flatMap(memberIds), readStates);

  connector.knownDuplicates(stored.stories.flatMap(({ story }) => story.nearDuplicates));

  const listed = [...new Set([...touched, ...[...relatedOf.values()].flat()])];
  const position = new Map(listed.map((cluster, index) => [cluster, index]));
  const related = [...relatedOf].flatMap(([cluster, others]) => others.map((other): [number, number] => [position.get(cluster)!, position.get(other)!]));
  const entityIndex = new CorpusEntityIndex();
  for (const article of added) entityIndex.add(article);
  // The names a story's articles establish are found again in the stories that changed, as a full build finds them in all.
  const entities = connector.withStoryMentionsIn(addCorpusEntities(withKeys(stored.entities, stored.entityKeys), entityIndex.entities()), touched.map(memberIds));
  const clustering = { members: listed.map((cluster) => memberIds(cluster).sort()), ids: listed.map(currentId), related };
  const stories = connector.storiesOf(clustering, entities, new Set(touched.map((_, index) => index)));
  return {
    stories: stories.map((story, index) => ({ story, cluster: storedCluster(touched[index]!), continues: continues.get(touched[index]!) ?? null })),
    replaced: [...resumed.touched, ...absorbed].flatMap((cluster) => storedStoryOf.get(cluster)?.id ?? []),
    entities: withoutKeys(entities),
    frequencies: frequencies.counts(),
    entityKeys: Object.fromEntries(entities.map((entity) => [entity.id, entity.keys])),
    addedStates,
  };
}

/** The part of a split story holding most of its stored articles, the first such on ties. */
function heir(parts: readonly Cluster[], stored: ReadonlySet<string>): Cluster {
  const held = (part: Cluster) => part.members.filter((member) => stored.has(member.features.id)).length;
  return parts.reduce((best, part) => (held(part) > held(best) ? part : best));
}

const memberIds = (cluster: Cluster) => cluster.members.map((member) => member.features.id);

/**
 * States re-read a chunk at a time: an article read whole in their place (one stored without a
 * state) is let go once its state is made; the 100,000 articles of stories of 2,000, all touched
 * by an update, held whole together took 1.6 GB.
 */
const STATES_PER_READ = 500;

/** Adds the states of these articles not read yet, each seen by `onRead` first (while it still holds its terms). */
async function addStates(connector: CorpusConnector, read: Set<string>, ids: readonly string[], readStates: StateReader, onRead?: (state: ArticleConnectState) => void): Promise<void> {
  const missing = [...new Set(ids)].filter((id) => !read.has(id));
  for (let start = 0; start < missing.length; start += STATES_PER_READ) {
    for (const state of await readStates(missing.slice(start, start + STATES_PER_READ))) {
      onRead?.(state);
      connector.addState(state);
      read.add(state.features.id);
    }
  }
}
