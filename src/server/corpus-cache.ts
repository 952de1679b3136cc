/**
 * The connected corpus (stories, corpus entities) for the server, rebuilt only when the store
 * changed: the connect stage reads every stored article, so requests share one snapshot until
 * an ingest adds articles (the article count is the version). The snapshot also keeps each
 * article's metadata and the story catalog, so listings never re-read articles.
 */
import { CorpusConnector, type ConnectedCorpus } from "../connect/connect-corpus.js";
import type { CorpusEntity } from "../connect/corpus-entities.js";
import type { Store } from "../store/store.js";
import { StoryCatalog, type ArticleMeta } from "./story-catalog.js";

export interface CorpusSnapshot extends ConnectedCorpus {
  articles: ReadonlyMap<string, ArticleMeta>;
  entitiesById: ReadonlyMap<string, CorpusEntity>;
  catalog: StoryCatalog;
}

export class CorpusCache {
  private version = -1;
  private pending: Promise<CorpusSnapshot> | null = null;
  private snapshot: CorpusSnapshot = snapshotOf({ entities: [], stories: [] }, new Map());

  constructor(private readonly store: Store) {}

  async get(): Promise<CorpusSnapshot> {
    const count = await this.store.countArticles();
    if (count === this.version) return this.snapshot;
    this.pending ??= this.rebuild(count);
    try {
      return await this.pending;
    } finally {
      this.pending = null;
    }
  }

  private async rebuild(count: number): Promise<CorpusSnapshot> {
    const connector = new CorpusConnector();
    const articles = new Map<string, ArticleMeta>();
    for await (const article of this.store.iterateArticles()) {
      connector.add(article);
      articles.set(article.id, {
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
    this.snapshot = snapshotOf(connector.result(), articles);
    this.version = count;
    return this.snapshot;
  }
}

function snapshotOf(corpus: ConnectedCorpus, articles: ReadonlyMap<string, ArticleMeta>): CorpusSnapshot {
  return { ...corpus, articles, entitiesById: new Map(corpus.entities.map((entity) => [entity.id, entity])), catalog: new StoryCatalog(corpus, articles) };
}
