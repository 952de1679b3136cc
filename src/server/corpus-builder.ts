/**
 * How the server's connected corpus is built: from the whole store (a rebuild), or brought up to
 * date from the build saved in the store (an update: the stored build resumed with the articles
 * stored since, stored-corpus.ts, about 7 s for 1,000 new articles on 100,000 against a minute or
 * more to connect them all). In-process here; the same builder runs in a worker thread
 * (worker-builder.ts) so that connecting never blocks the server's requests. Every build is saved
 * in the store, so the next reader, update or server start starts from it; nothing is held
 * between builds (a connector of 100,000 articles held a gigabyte).
 */
import { CorpusConnector, type ConnectedCorpus, type ResumableBuild } from "../connect/connect-corpus.js";
import type { StoredArticle, Store } from "../store/store.js";
import type { ArticleMeta } from "./story-catalog.js";
import { currentConnectedCorpus, saveBuiltCorpus, type CurrentCorpus } from "./stored-corpus.js";

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
  /** Every stored article connected, and saved. */
  rebuild(): Promise<BuiltCorpus>;
  /** The stored build as it is when current, else resumed with the articles stored since, else rebuilt; saved. */
  update(): Promise<CurrentCorpus>;
  close(): Promise<void>;
}

export class InProcessBuilder implements CorpusBuilder {
  constructor(private readonly store: Store) {}

  async rebuild(): Promise<BuiltCorpus> {
    // Stamped before reading: articles stored meanwhile make the saved build stale, never silently missing.
    const stamp = await this.store.connectedCorpus.articleStamp();
    const { built, resumable } = await this.connectAll();
    await saveBuiltCorpus(this.store, built, stamp, resumable);
    return built;
  }

  /** Every stored article connected; the connector (half a gigabyte at 100,000 articles) is let go before the save, not held through it. */
  private async connectAll(): Promise<{ built: BuiltCorpus; resumable: ResumableBuild | null }> {
    const connector = new CorpusConnector({ resumable: true });
    const articles = new Map<string, ArticleMeta>();
    for await (const article of this.store.iterateArticles()) {
      connector.add(article);
      articles.set(article.id, articleMeta(article));
    }
    return { built: { corpus: connector.result(), articles }, resumable: connector.takeResumable() };
  }

  update(): Promise<CurrentCorpus> {
    return currentConnectedCorpus(this.store);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
