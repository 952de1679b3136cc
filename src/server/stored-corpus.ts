/**
 * The connected corpus as the store keeps it (src/store/connected-corpus-store.ts): saved after a
 * build with what it was built from, read back by `export`, `report`, `stories` and `serve` when
 * it is current, so a reader connects the corpus only when articles were added or the connect
 * code changed. Each story is stored with the metadata of its articles, so a story page, a
 * report or the listing reads no article to describe it.
 *
 * `analyze` and the queue's workers do not update it: a build costs seconds per ten thousand
 * articles, more than a batch of a few hundred takes to analyze, so the next reader builds once
 * for every batch stored since (a server in the background, answering from the last build).
 */
import type { ConnectedCorpus, Story } from "../connect/connect-corpus.js";
import type { CorpusEntity } from "../connect/corpus-entities.js";
import { connectAlgorithmVersion } from "../connect/connect-version.js";
import type { ArticleStamp, CorpusBuildHeader } from "../store/connected-corpus-store.js";
import type { Store } from "../store/store.js";
import { InProcessBuilder, type BuiltCorpus } from "./corpus-builder.js";
import type { ArticleMeta } from "./story-catalog.js";

/** One stored story's payload. */
interface StoryBody {
  story: Story;
  articles: ArticleMeta[];
}

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
 * Saves a whole build; `stamp` must be taken before the build read the articles, so articles
 * stored meanwhile make it stale, not lost. A store that refuses the write (a read-only file or
 * role) costs the next reader a build, not this one its answer: said on stderr, not thrown.
 */
export async function saveBuiltCorpus(store: Store, built: BuiltCorpus, stamp: ArticleStamp): Promise<boolean> {
  const stories = built.corpus.stories.map((story, position) => ({ id: story.id, position, articleIds: story.articleIds, body: storyBody(story, built.articles) }));
  try {
    return await store.connectedCorpus.writeCorpusBuild({ stamp: { ...stamp, algorithmVersion: connectAlgorithmVersion() }, entities: built.corpus.entities, stories, replaces: "all" });
  } catch (error) {
    process.stderr.write(`the connected corpus was not stored (${(error as Error).message}); the next reader connects the articles again\n`);
    return false;
  }
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
  return { corpus: { entities: entities as CorpusEntity[], stories }, articles };
}

/**
 * The connected corpus of the stored articles: the stored build when current, else a build
 * (said on stderr: it takes seconds per ten thousand articles), saved for the next reader.
 */
export async function currentConnectedCorpus(store: Store): Promise<BuiltCorpus> {
  const state = await storedBuildState(store);
  if (state.current) {
    const stored = await readStoredCorpus(store);
    if (stored) return stored;
  }
  return buildAndSave(store, state.stamp);
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
    if (holder) return { entities: (await store.connectedCorpus.readCorpusEntities()) as CorpusEntity[], stories: [(holder.body as StoryBody).story] };
  }
  return (await currentConnectedCorpus(store)).corpus;
}

function storyBody(story: Story, articles: ReadonlyMap<string, ArticleMeta>): StoryBody {
  return { story, articles: story.articleIds.flatMap((id) => articles.get(id) ?? []) };
}
