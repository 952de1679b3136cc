/**
 * The connected corpus (stories, corpus entities) for the server, kept current as articles
 * arrive: the connect stage is incremental, so articles ingested through this server are added
 * to the same connector (about 0.35 s to re-derive stories at 10,000 articles, against 5 s to
 * re-read and re-connect them all). When the store changed otherwise (a CLI run, a worker on
 * the same database), the article count tells, and the corpus is rebuilt from the store. The
 * snapshot also keeps each article's metadata and the story catalog, so listings never re-read
 * articles.
 */
import { CorpusConnector, type ConnectedCorpus } from "../connect/connect-corpus.js";
import type { CorpusEntity } from "../connect/corpus-entities.js";
import type { StoredArticle, Store } from "../store/store.js";
import { StoryCatalog, type ArticleMeta } from "./story-catalog.js";

export interface CorpusSnapshot extends ConnectedCorpus {
  articles: ReadonlyMap<string, ArticleMeta>;
  entitiesById: ReadonlyMap<string, CorpusEntity>;
  catalog: StoryCatalog;
}

export class CorpusCache {
  private version = -1;
  private pending: Promise<CorpusSnapshot> | null = null;
  private connector = new CorpusConnector();
  private articles = new Map<string, ArticleMeta>();
  /** Articles this server stored since the snapshot, to add rather than rebuild. */
  private ingested: string[] = [];
  private snapshot: CorpusSnapshot = snapshotOf({ entities: [], stories: [] }, new Map());
  /** How many times the whole store was read, for tests and logs. */
  rebuilds = 0;

  constructor(private readonly store: Store) {}

  /** Tells the cache which new articles an ingest through this server stored. */
  noteIngested(ids: readonly string[]): void {
    this.ingested.push(...ids);
  }

  async get(): Promise<CorpusSnapshot> {
    const count = await this.store.countArticles();
    if (count === this.version) return this.snapshot;
    this.pending ??= this.version >= 0 && count - this.version === this.ingested.length ? this.extend(count) : this.rebuild(count);
    try {
      return await this.pending;
    } finally {
      this.pending = null;
    }
  }

  private async extend(count: number): Promise<CorpusSnapshot> {
    for (const id of this.ingested.splice(0)) {
      const article = await this.store.getArticle(id);
      if (article) this.add(article);
    }
    return this.publish(count);
  }

  private async rebuild(count: number): Promise<CorpusSnapshot> {
    this.rebuilds += 1;
    this.ingested = [];
    this.connector = new CorpusConnector();
    this.articles = new Map();
    for await (const article of this.store.iterateArticles()) this.add(article);
    return this.publish(count);
  }

  private add(article: StoredArticle): void {
    this.connector.add(article);
    this.articles.set(article.id, {
      id: article.id,
      source: article.source,
      url: article.url,
      title: article.title,
      outlet: article.outlet,
      published: article.published,
      language: article.language,
      warnings: article.warnings.map((warning) => warning.reason),
    });
  }

  private publish(count: number): CorpusSnapshot {
    this.snapshot = snapshotOf(this.connector.result(), this.articles);
    this.version = count;
    return this.snapshot;
  }
}

function snapshotOf(corpus: ConnectedCorpus, articles: ReadonlyMap<string, ArticleMeta>): CorpusSnapshot {
  return { ...corpus, articles, entitiesById: new Map(corpus.entities.map((entity) => [entity.id, entity])), catalog: new StoryCatalog(corpus, articles) };
}
