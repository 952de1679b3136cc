/**
 * The connected corpus (stories, corpus entities) for the server, kept current as articles
 * arrive. The first request is answered from the build saved in the store (stored-corpus.ts), so
 * a server start reads no article. When the store holds articles the snapshot does not (this
 * server's uploads, a CLI run, a queue worker on the same database: the article count tells),
 * the builder updates the stored build: resumed with the articles stored since when only some
 * were added (seconds for a thousand), else every article connected again (another connect
 * algorithm, articles replaced, a fifth of the corpus new), and saved. An update runs in the
 * background while requests are answered from the last build (stale until it ends); only a first
 * build with nothing stored, and this server's own ingests, are waited for. The snapshot also
 * keeps each article's metadata and the story catalog, so listings never re-read articles.
 */
import type { ConnectedCorpus } from "../connect/connect-corpus.js";
import type { CorpusEntity } from "../connect/corpus-entities.js";
import type { Store } from "../store/store.js";
import { InProcessBuilder, type BuiltCorpus, type CorpusBuilder } from "./corpus-builder.js";
import { StoryCatalog, type ArticleMeta } from "./story-catalog.js";
import { readStoredCorpus, storedBuildState, type CurrentCorpus } from "./stored-corpus.js";

export interface CorpusSnapshot extends ConnectedCorpus {
  articles: ReadonlyMap<string, ArticleMeta>;
  entitiesById: ReadonlyMap<string, CorpusEntity>;
  catalog: StoryCatalog;
}

export class CorpusCache {
  /** The article count the snapshot is current for; -1 when it is not current (none yet, or a stale stored build). */
  private version = -1;
  /** Whether a snapshot (possibly stale) can be answered from. */
  private published = false;
  private loading: Promise<void> | null = null;
  private pending: Promise<CorpusSnapshot> | null = null;
  /** How many articles this server stored since the last update began: their upload waits for it. */
  private ingested = 0;
  private snapshot: CorpusSnapshot = snapshotOf({ corpus: { entities: [], stories: [] }, articles: new Map() });
  /** How many updates connected every stored article, and how many resumed the stored build, for tests and logs. */
  rebuilds = 0;
  resumes = 0;

  constructor(
    private readonly store: Store,
    private readonly builder: CorpusBuilder = new InProcessBuilder(store),
  ) {}

  /** Tells the cache which new articles an ingest through this server stored. */
  noteIngested(ids: readonly string[]): void {
    this.ingested += ids.length;
  }

  async get(): Promise<CorpusSnapshot> {
    await (this.loading ??= this.startFromStored());
    const count = await this.store.countArticles();
    if (count === this.version) return this.snapshot;
    const ownIngest = this.ingested > 0;
    if (!this.pending) {
      this.ingested = 0;
      this.pending = this.builder
        .update()
        .then((built) => this.publish(built, count))
        .finally(() => (this.pending = null));
    }
    // A rebuild may take long: answer from the last build meanwhile. This server's own ingest is waited for, so its uploads show.
    if (this.published && !ownIngest) return this.snapshot;
    return this.pending;
  }

  /** Waits for a build in progress, if any (tests, and a caller that needs the current corpus). */
  async settled(): Promise<CorpusSnapshot> {
    return this.pending ?? this.get();
  }

  close(): Promise<void> {
    return this.builder.close();
  }

  /** Publishes the stored build, if any: current, it is the snapshot; stale, it is answered from while a rebuild runs. */
  private async startFromStored(): Promise<void> {
    try {
      const state = await storedBuildState(this.store);
      if (!state.header) return;
      const stored = await readStoredCorpus(this.store);
      if (!stored) return;
      this.snapshot = snapshotOf(stored);
      this.published = true;
      if (state.current) this.version = state.stamp.articleCount;
    } catch (error) {
      // An unreadable stored build costs a rebuild, not the server.
      process.stderr.write(`the stored connected corpus could not be read (${(error as Error).message}); connecting the stored articles instead\n`);
    }
  }

  private publish(built: CurrentCorpus, count: number): CorpusSnapshot {
    if (built.how === "built") this.rebuilds += 1;
    if (built.how === "resumed") this.resumes += 1;
    this.snapshot = snapshotOf(built);
    this.version = count;
    this.published = true;
    return this.snapshot;
  }
}

function snapshotOf({ corpus, articles }: BuiltCorpus): CorpusSnapshot {
  return { ...corpus, articles, entitiesById: new Map(corpus.entities.map((entity) => [entity.id, entity])), catalog: new StoryCatalog(corpus, articles) };
}
