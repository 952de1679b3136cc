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
import { snapshotOf, type CorpusSnapshot } from "./corpus-snapshot.js";
import { ArticleStateWriter } from "./article-states.js";
import { currentConnectedCorpus, readStoredBuild, saveBuiltCorpus, type CurrentCorpus } from "./stored-corpus.js";

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

/** A snapshot of the connected corpus and how it was had (read as stored, resumed, or built). */
export interface SnapshotUpdate {
  snapshot: CorpusSnapshot;
  how: CurrentCorpus["how"];
}

/** The stored build as a snapshot, whatever its state: `current` when built by this code from exactly the stored articles. */
export interface StoredSnapshot {
  snapshot: CorpusSnapshot;
  current: boolean;
  articleCount: number;
}

export interface CorpusBuilder {
  /** The stored build, current or not (a server answers from it while it rebuilds); null when none was saved. */
  stored(): Promise<StoredSnapshot | null>;
  /** The stored build as it is when current, else resumed with the articles stored since, else rebuilt; saved. */
  update(): Promise<SnapshotUpdate>;
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

  /**
   * Every stored article connected; once clustered, each one's connect state kept in the store
   * with its story vector (what the next update reads instead of the article). The connector
   * (half a gigabyte at 100,000 articles) is let go before the save, not held through it.
   */
  private async connectAll(): Promise<{ built: BuiltCorpus; resumable: ResumableBuild | null }> {
    // Read once: each article's terms are let go once its vector is made (about 150 MB at 100,000 articles).
    const connector = new CorpusConnector({ resumable: true, readOnce: true });
    const articles = new Map<string, ArticleMeta>();
    for await (const article of this.store.iterateArticles()) {
      connector.add(article);
      articles.set(article.id, articleMeta(article));
    }
    const clustered = connector.cluster();
    // Saved before claims are resolved, and the vectors let go.
    const states = new ArticleStateWriter(this.store);
    await states.dropOthers();
    await states.addAll(connector.states(clustered));
    clustered.vectors.clear();
    return { built: { corpus: connector.finish(clustered), articles }, resumable: connector.takeResumable() };
  }

  async stored(): Promise<StoredSnapshot | null> {
    const found = await readStoredBuild(this.store);
    return found && { snapshot: snapshotOf(found.built), current: found.current, articleCount: found.articleCount };
  }

  async update(): Promise<SnapshotUpdate> {
    const current = await currentConnectedCorpus(this.store);
    return { snapshot: snapshotOf(current), how: current.how };
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
