/**
 * The connected corpus (stories, corpus entities) for the server, kept current as articles
 * arrive. Articles ingested through this server are added to the builder's connector; when the
 * store changed otherwise (a CLI run, a worker on the same database), the article count tells,
 * and the corpus is rebuilt from the store. A rebuild runs in the background while requests are
 * answered from the last build (stale until it ends); only the very first build is waited for.
 * The snapshot also keeps each article's metadata and the story catalog, so listings never
 * re-read articles.
 */
import type { ConnectedCorpus } from "../connect/connect-corpus.js";
import type { CorpusEntity } from "../connect/corpus-entities.js";
import type { Store } from "../store/store.js";
import { InProcessBuilder, type BuiltCorpus, type CorpusBuilder } from "./corpus-builder.js";
import { StoryCatalog, type ArticleMeta } from "./story-catalog.js";

export interface CorpusSnapshot extends ConnectedCorpus {
  articles: ReadonlyMap<string, ArticleMeta>;
  entitiesById: ReadonlyMap<string, CorpusEntity>;
  catalog: StoryCatalog;
}

export class CorpusCache {
  private version = -1;
  private pending: Promise<CorpusSnapshot> | null = null;
  /** Articles this server stored since the snapshot, to add rather than rebuild. */
  private ingested: string[] = [];
  private snapshot: CorpusSnapshot = snapshotOf({ corpus: { entities: [], stories: [] }, articles: new Map() });
  /** How many times the whole store was read, for tests and logs. */
  rebuilds = 0;

  constructor(
    private readonly store: Store,
    private readonly builder: CorpusBuilder = new InProcessBuilder(store),
  ) {}

  /** Tells the cache which new articles an ingest through this server stored. */
  noteIngested(ids: readonly string[]): void {
    this.ingested.push(...ids);
  }

  async get(): Promise<CorpusSnapshot> {
    const count = await this.store.countArticles();
    if (count === this.version) return this.snapshot;
    const extending = this.version >= 0 && count - this.version === this.ingested.length;
    if (!this.pending) {
      const build = extending ? this.builder.extend(this.ingested.splice(0)) : this.rebuildFromStore();
      this.pending = build.then((built) => this.publish(built, count)).finally(() => (this.pending = null));
    }
    // A rebuild may take long: answer from the last build meanwhile. An extension (this server's own ingest) is waited for.
    if (this.version >= 0 && !extending) return this.snapshot;
    return this.pending;
  }

  /** Waits for a build in progress, if any (tests, and a caller that needs the current corpus). */
  async settled(): Promise<CorpusSnapshot> {
    return this.pending ?? this.get();
  }

  close(): Promise<void> {
    return this.builder.close();
  }

  private rebuildFromStore(): Promise<BuiltCorpus> {
    this.rebuilds += 1;
    this.ingested = [];
    return this.builder.rebuild();
  }

  private publish(built: BuiltCorpus, count: number): CorpusSnapshot {
    this.snapshot = snapshotOf(built);
    this.version = count;
    return this.snapshot;
  }
}

function snapshotOf({ corpus, articles }: BuiltCorpus): CorpusSnapshot {
  return { ...corpus, articles, entitiesById: new Map(corpus.entities.map((entity) => [entity.id, entity])), catalog: new StoryCatalog(corpus, articles) };
}
