/**
 * The persisted connected corpus: what the connect stage built (stories, corpus entities) kept
 * in the store with what it was built from, so a reader (export, report, stories, serve) reads
 * it instead of connecting every stored article again (23–38 s at 100,000 articles).
 *
 * Shape, chosen for how it is read: one row per story holding its whole dossier as one
 * compressed JSON blob, beside an index row per story article (article → story) and one build
 * row (its stamp and the corpus entities, compressed). `report --story` reads one story row and
 * the entities; a server start reads every row but parses no article; a partial update rewrites
 * only the stories it touched. Compressed: a story's claims and spans repeat their keys, so
 * gzip's fastest level shrinks the JSON about 7× for little CPU, and SQLite (unlike PostgreSQL's
 * TOAST) does not compress on its own. The payloads are opaque JSON to the store: their types
 * belong to the stages that make them.
 */
import { gunzipSync, gzipSync, constants } from "node:zlib";

/** How far the stored articles go: articles are only ever added, so their count and the position of the last one tell a changed store. */
export interface ArticleStamp {
  articleCount: number;
  /** The storage position (sequence) of the last stored article, 0 when none. */
  lastArticle: number;
}

/** What a build was made from and by: it is current when both match the store and the code. */
export interface CorpusBuildStamp extends ArticleStamp {
  /** The connect algorithm's version (see connect-corpus.ts): a build by another one is rebuilt. */
  algorithmVersion: string;
}

export interface CorpusBuildHeader extends CorpusBuildStamp {
  builtAt: string;
}

export interface StoryRecord {
  id: string;
  /** The story's rank in the build's order (stories in the order they began). */
  position: number;
  /** The story's payload (its dossier and what readers need beside it), opaque JSON here. */
  body: unknown;
}

/** A story as written: with its articles, indexed so the story holding an article is found without reading any payload. */
export interface StoryRecordWrite extends StoryRecord {
  articleIds: readonly string[];
}

export interface CorpusBuildWrite {
  stamp: CorpusBuildStamp;
  entities: unknown;
  stories: readonly StoryRecordWrite[];
  /** "all": the build replaces every stored story; a list: only these stories go (an update), the rest stay. */
  replaces: "all" | readonly string[];
  /** For an update: the `lastArticle` of the build it was made from; it applies to that build only, so two updates at once cannot both apply. */
  basedOn?: number;
}

export interface ConnectedCorpusStore {
  articleStamp(): Promise<ArticleStamp>;
  /** Ids of the articles stored after position `lastArticle`, in storage order. */
  articleIdsAfter(lastArticle: number): Promise<string[]>;
  readCorpusBuild(): Promise<CorpusBuildHeader | null>;
  readCorpusEntities(): Promise<unknown>;
  /** Every stored story in build order, or those with these ids, or the one holding this article. */
  readStoryRecords(filter?: { ids?: readonly string[]; articleId?: string }): Promise<StoryRecord[]>;
  /**
   * Writes a build in one transaction, so a reader sees the old build or the new one, never a mix.
   * A whole build older than the stored one (fewer articles, same algorithm) is dropped: two
   * readers rebuilding at once must not let the slower, older one win.
   */
  writeCorpusBuild(write: CorpusBuildWrite): Promise<boolean>;
  /**
   * The connect states (connect/article-connect-state.ts, opaque strings here) of these articles
   * made by connect code `version`, by article id; an article without one of that version is left out.
   */
  readArticleStates(ids: readonly string[], version: string): Promise<Map<string, StoredArticleState>>;
  /** Keeps these articles' connect states, made by connect code `version`, in place of any they had (and of their vectors, when not given). */
  writeArticleStates(version: string, states: ReadonlyArray<ArticleState>): Promise<void>;
  /** Drops every connect state made by other code than `version`: a full build by new code makes them all again. */
  dropArticleStatesExcept(version: string): Promise<void>;
}

/** One article's connect state and story vector as stored, opaque strings here. */
export interface StoredArticleState {
  state: string;
  vector: string | null;
}

export interface ArticleState {
  articleId: string;
  state: string;
  vector?: string | null;
}

/** Whether a stored build may be replaced by this whole one, or updated by this update. */
export function supersedes(write: CorpusBuildWrite, stored: CorpusBuildStamp | null): boolean {
  if (write.replaces !== "all") return stored !== null && stored.algorithmVersion === write.stamp.algorithmVersion && stored.lastArticle === write.basedOn;
  if (!stored) return true;
  return stored.algorithmVersion !== write.stamp.algorithmVersion || write.stamp.lastArticle >= stored.lastArticle;
}

export function packJson(value: unknown): Buffer {
  return gzipSync(JSON.stringify(value), { level: constants.Z_BEST_SPEED });
}

export function unpackJson(bytes: Uint8Array): unknown {
  return JSON.parse(gunzipSync(bytes).toString("utf8"));
}
