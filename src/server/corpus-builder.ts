/**
 * How the server's connected corpus is built: from the whole store (a rebuild) or by adding the
 * articles this server stored (an extension, about 0.35 s to re-derive stories at 10,000
 * articles against seconds to re-read and re-connect them all). In-process here; the same builder
 * runs in a worker thread (worker-builder.ts) so that connecting never blocks the server's requests.
 * Every build is saved in the store (stored-corpus.ts), so the next reader or server start reads it
 * instead of connecting again.
 */
import { CorpusConnector, type ConnectedCorpus } from "../connect/connect-corpus.js";
import type { StoredArticle, Store } from "../store/store.js";
import type { ArticleMeta } from "./story-catalog.js";
import { saveBuiltCorpus } from "./stored-corpus.js";

export interface BuiltCorpus {
  corpus: ConnectedCorpus;
  articles: Map<string, ArticleMeta>;
}

export function articleMeta(article: StoredArticle): ArticleMeta {
  return {
    id: article.id,
    source: article.source,
    url: article.url,
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    language: article.language,
    warnings: article.warnings.map((warning) => warning.reason),
  };
}

export interface CorpusBuilder {
  rebuild(): Promise<BuiltCorpus>;
  extend(ids: readonly string[]): Promise<BuiltCorpus>;
  close(): Promise<void>;
}

export class InProcessBuilder implements CorpusBuilder {
  private connector = new CorpusConnector();
  private articles = new Map<string, ArticleMeta>();

  constructor(private readonly store: Store) {}

  async rebuild(): Promise<BuiltCorpus> {
    // Stamped before reading: articles stored meanwhile make the saved build stale, never silently missing.
    const stamp = await this.store.connectedCorpus.articleStamp();
    this.connector = new CorpusConnector();
    this.articles = new Map();
    for await (const article of this.store.iterateArticles()) this.add(article);
    const built = this.built();
    await saveBuiltCorpus(this.store, built, stamp, this.connector.takeResumable());
    return built;
  }

  async extend(ids: readonly string[]): Promise<BuiltCorpus> {
    for (const id of ids) {
      const article = await this.store.getArticle(id);
      if (article) this.add(article);
    }
    const built = this.built();
    // Saved only when it holds exactly the stored articles: others may have stored some it has not read.
    const stamp = await this.store.connectedCorpus.articleStamp();
    if (stamp.articleCount === this.articles.size) await saveBuiltCorpus(this.store, built, stamp, this.connector.takeResumable());
    return built;
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  private add(article: StoredArticle): void {
    this.connector.add(article);
    this.articles.set(article.id, articleMeta(article));
  }

  private built(): BuiltCorpus {
    return { corpus: this.connector.result(), articles: new Map(this.articles) };
  }
}
