/**
 * The connected corpus (stories, corpus entities) for the server, rebuilt only when the store
 * changed: the connect stage reads every stored article, so requests share one result until an
 * ingest adds articles (the article count is the version).
 */
import { CorpusConnector, type ConnectedCorpus } from "../connect/connect-corpus.js";
import type { Store } from "../store/store.js";

export class CorpusCache {
  private version = -1;
  private pending: Promise<ConnectedCorpus> | null = null;
  private corpus: ConnectedCorpus = { entities: [], stories: [] };

  constructor(private readonly store: Store) {}

  async get(): Promise<ConnectedCorpus> {
    const count = await this.store.countArticles();
    if (count === this.version) return this.corpus;
    this.pending ??= this.rebuild(count);
    try {
      return await this.pending;
    } finally {
      this.pending = null;
    }
  }

  private async rebuild(count: number): Promise<ConnectedCorpus> {
    const connector = new CorpusConnector();
    for await (const article of this.store.iterateArticles()) connector.add(article);
    this.corpus = connector.result();
    this.version = count;
    return this.corpus;
  }
}
