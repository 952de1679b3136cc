/**
 * The connected corpus as the store keeps it (src/store/connected-corpus-store.ts): saved after a
 * build with what it was built from, read back by `export`, `report`, `stories` and `serve` when
 * it is current, so a reader connects the corpus only when articles were added or the connect
 * code changed. Each story is stored with the metadata of its articles, so a story page, a
 * report or the listing reads no article to describe it.
 *
 * When articles were only added since (none removed or replaced), the next reader resumes the
 * stored build with them (connect/resume-corpus.ts: the stories they join and their claims, read
 * from their articles' stored connect states, server/article-states.ts) rather than connecting
 * every article; past a share of articles
 * added since the last full build, the approximations that makes are ended by a full build.
 *
 * `analyze` and the queue's workers do not update it: the next reader does, once for every batch
 * stored since (a server updates it in the background, answering from the last build).
 */
import type { ConnectedCorpus, ResumableBuild, Story } from "../connect/connect-corpus.js";
import type { CorpusEntity } from "../connect/corpus-entities.js";
import { connectAlgorithmVersion } from "../connect/connect-version.js";
import { keyInterner } from "../connect/article-connect-state.js";
import { resumeBuild, type ResumedBuild } from "../connect/resume-corpus.js";
import type { StoredCluster } from "../connect/stored-clusters.js";
import type { FrequencyCounts } from "../connect/story-vectors.js";
import type { ArticleStamp, CorpusBuildHeader, StoryRecord } from "../store/connected-corpus-store.js";
import type { Store } from "../store/store.js";
import { ArticleStateWriter, readArticleStates } from "./article-states.js";
import { InProcessBuilder, articleMeta, type BuiltCorpus } from "./corpus-builder.js";
import type { ArticleMeta } from "./story-catalog.js";

/** One stored story's payload: its dossier, its articles' metadata, and its cluster to resume it with. */
interface StoryBody {
  story: Story;
  articles: ArticleMeta[];
  cluster?: StoredCluster;
}

/** The build row's payload: the corpus entities, and what resuming the build needs. */
interface BuildBody {
  entities: CorpusEntity[];
  resumable?: {
    frequencies: FrequencyCounts;
    entityKeys: Record<string, string[]>;
    /** How many articles the last full build connected: the articles added since are placed by approximation. */
    fullBuildArticles: number;
  };
}

/**
 * Past this share of the stored articles added since the last full build, a reader builds all
 * again: what an update approximates (resume-corpus.ts) drifts further from a full build with
 * each article added, and a full build is due anyway once the corpus has grown by a fifth.
 */
export const FULL_REBUILD_SHARE = 0.2;

export interface StoredBuildState {
  header: CorpusBuildHeader | null;
  stamp: ArticleStamp;
  /** Built by this code from exactly the stored articles. */
  current: boolean;
}

export async function storedBuildState(store: Store): Promise<StoredBuildState> {
  const [header, stamp] = await Promise.all([store.connectedCorpus.readCorpusBuild(), store.connectedCorpus.articleStamp()]);
  const current = header !== null && header.algorithmVersion === connectAlgorithmVersion() && header.articleCount === stamp.articleCount && header.lastArticle === stamp.lastArticle;
  return { header, stamp, current };
}

/**
 * Saves a whole build, with what resuming it needs when given; `stamp` must be taken before the
 * build read the articles, so articles stored meanwhile make it stale, not lost.
 */
export async function saveBuiltCorpus(store: Store, built: BuiltCorpus, stamp: ArticleStamp, resumable: ResumableBuild | null = null): Promise<boolean> {
  const stories = built.corpus.stories.map((story, position) => ({ id: story.id, position, articleIds: story.articleIds, body: storyBody(story, built.articles, resumable?.clusters.get(story.id)) }));
  const entities: BuildBody = {
    entities: built.corpus.entities,
    ...(resumable ? { resumable: { frequencies: resumable.frequencies, entityKeys: resumable.entityKeys, fullBuildArticles: stamp.articleCount } } : {}),
  };
  return writeBuild(store, { stamp: { ...stamp, algorithmVersion: connectAlgorithmVersion() }, entities, stories, replaces: "all" });
}

/** A store that refuses the write (a read-only file or role) costs the next reader a build, not this one its answer: said on stderr, not thrown. */
async function writeBuild(store: Store, write: Parameters<Store["connectedCorpus"]["writeCorpusBuild"]>[0]): Promise<boolean> {
  try {
    return await store.connectedCorpus.writeCorpusBuild(write);
  } catch (error) {
    process.stderr.write(`the connected corpus was not stored (${(error as Error).message}); the next reader connects the articles again\n`);
    return false;
  }
}

/** The corpus entities of a build row's payload (builds stored before the payload was an object held the entities alone). */
function entitiesOf(body: unknown): CorpusEntity[] {
  return Array.isArray(body) ? (body as CorpusEntity[]) : (body as BuildBody).entities;
}

/** The stored build whatever its state (a server answers from it while it rebuilds), null when none was saved. */
export async function readStoredCorpus(store: Store): Promise<BuiltCorpus | null> {
  if (!(await store.connectedCorpus.readCorpusBuild())) return null;
  const [entities, records] = await Promise.all([store.connectedCorpus.readCorpusEntities(), store.connectedCorpus.readStoryRecords()]);
  const articles = new Map<string, ArticleMeta>();
  const stories = records.map((record) => {
    const body = record.body as StoryBody;
    for (const meta of body.articles) articles.set(meta.id, meta);
    return body.story;
  });
  return { corpus: { entities: entitiesOf(entities), stories }, articles };
}

/** The stored build whatever its state, with whether it is current and the article count it is current for; null when none was saved. */
export async function readStoredBuild(store: Store): Promise<{ built: BuiltCorpus; current: boolean; articleCount: number } | null> {
  const state = await storedBuildState(store);
  if (!state.header) return null;
  const built = await readStoredCorpus(store);
  return built && { built, current: state.current, articleCount: state.stamp.articleCount };
}

/** A connected corpus and how it was had: read as stored, the stored build resumed with the articles added since, or every article connected. */
export interface CurrentCorpus extends BuiltCorpus {
  how: "stored" | "resumed" | "built";
}

/**
 * The connected corpus of the stored articles: the stored build when current, else the stored
 * build resumed, else a build (said on stderr: it takes seconds per ten thousand articles), saved
 * for the next reader.
 */
export async function currentConnectedCorpus(store: Store): Promise<CurrentCorpus> {
  const state = await storedBuildState(store);
  if (state.current) {
    const stored = await readStoredCorpus(store);
    if (stored) return { ...stored, how: "stored" };
  }
  const resumed = await resumeStored(store, state);
  return resumed ? { ...resumed, how: "resumed" } : { ...(await buildAndSave(store, state.stamp)), how: "built" };
}

/**
 * The stored build resumed with the articles stored after it, saved as an update of the stories
 * it changed; null when it cannot be: built by other code, without its clusters, articles removed
 * or replaced since, or too many added since its last full build (`FULL_REBUILD_SHARE`).
 */
async function resumeStored(store: Store, state: StoredBuildState): Promise<BuiltCorpus | null> {
  const { header, stamp } = state;
  if (!header || header.algorithmVersion !== connectAlgorithmVersion()) return null;
  const addedIds = await store.connectedCorpus.articleIdsAfter(header.lastArticle);
  // Only additions: every stored article is one the build holds or one stored after it.
  if (addedIds.length === 0 || header.articleCount + addedIds.length !== stamp.articleCount) return null;
  const build = (await store.connectedCorpus.readCorpusEntities()) as BuildBody;
  if (Array.isArray(build) || !build.resumable) return null;
  if ((stamp.articleCount - build.resumable.fullBuildArticles) / stamp.articleCount > FULL_REBUILD_SHARE) {
    process.stderr.write(`more than ${FULL_REBUILD_SHARE * 100} % of the articles were added since the last full build: `);
    return null;
  }
  const records = await store.connectedCorpus.readStoryRecords();
  const bodies = records.map((record) => record.body as StoryBody);
  if (bodies.some((body) => !body.cluster)) return null;
  const added = await store.getArticles(addedIds);
  if (added.length !== addedIds.length) return null;
  process.stderr.write(`adding ${added.length} article${added.length === 1 ? "" : "s"} to the stored stories…\n`);
  const stories = bodies.map(({ story, cluster }) => ({ story, cluster: cluster! }));
  const intern = keyInterner();
  const resumed = await resumeBuild({ stories, entities: build.entities, frequencies: build.resumable.frequencies, entityKeys: build.resumable.entityKeys }, added, (ids) => readArticleStates(store, ids, intern));
  await new ArticleStateWriter(store).addAll(resumed.addedStates);
  const articles = new Map<string, ArticleMeta>();
  for (const body of bodies) for (const meta of body.articles) articles.set(meta.id, meta);
  for (const article of added) articles.set(article.id, articleMeta(article));
  const updated = updatedRecords(records, resumed, articles);
  const entities: BuildBody = { entities: resumed.entities, resumable: { ...build.resumable, frequencies: resumed.frequencies, entityKeys: resumed.entityKeys } };
  await writeBuild(store, { stamp: { ...stamp, algorithmVersion: header.algorithmVersion }, entities, stories: updated.written, replaces: resumed.replaced, basedOn: header.lastArticle });
  return { corpus: { entities: resumed.entities, stories: updated.all.map((record) => (record.body as StoryBody).story) }, articles };
}

/** The stored stories with an update's applied, in build order: a continued story keeps its place, a story begun now comes last. */
function updatedRecords(records: readonly StoryRecord[], resumed: ResumedBuild, articles: ReadonlyMap<string, ArticleMeta>) {
  const positionOf = new Map(records.map((record) => [record.id, record.position]));
  let next = Math.max(-1, ...records.map((record) => record.position)) + 1;
  const written = resumed.stories.map(({ story, cluster, continues }) => ({
    id: story.id,
    position: (continues === null ? undefined : positionOf.get(continues)) ?? next++,
    articleIds: story.articleIds,
    body: storyBody(story, articles, cluster),
  }));
  const replaced = new Set(resumed.replaced);
  const all = [...records.filter((record) => !replaced.has(record.id)), ...written].sort((a, b) => a.position - b.position);
  return { written, all };
}

async function buildAndSave(store: Store, stamp: ArticleStamp): Promise<BuiltCorpus> {
  if (stamp.articleCount > 0) process.stderr.write(`connecting ${stamp.articleCount} article${stamp.articleCount === 1 ? "" : "s"}…\n`);
  // The builder saves what it built (corpus-builder.ts).
  return new InProcessBuilder(store).rebuild();
}

/**
 * What a report needs: for one story of a current stored build, that story alone (found by its
 * id, else by the article its id was made from, as `findStory` does) with every corpus entity;
 * otherwise the whole connected corpus, so a missing story gets the listing's error.
 */
export async function connectedForReport(store: Store, storyId?: string): Promise<ConnectedCorpus> {
  const state = await storedBuildState(store);
  if (storyId !== undefined && state.current) {
    const [exact] = await store.connectedCorpus.readStoryRecords({ ids: [storyId] });
    const anchor = /^s_(.+)$/u.exec(storyId)?.[1];
    const holder = exact ?? (anchor === undefined ? undefined : (await store.connectedCorpus.readStoryRecords({ articleId: `a_${anchor}` }))[0]);
    if (holder) return { entities: entitiesOf(await store.connectedCorpus.readCorpusEntities()), stories: [(holder.body as StoryBody).story] };
  }
  return (await currentConnectedCorpus(store)).corpus;
}

function storyBody(story: Story, articles: ReadonlyMap<string, ArticleMeta>, cluster: StoredCluster | undefined): StoryBody {
  return { story, articles: story.articleIds.flatMap((id) => articles.get(id) ?? []), ...(cluster ? { cluster } : {}) };
}
