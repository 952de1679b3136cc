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
import type { Store } from "../store/store.js";
import { InProcessBuilder, type CorpusBuilder, type SnapshotUpdate } from "./corpus-builder.js";
import { snapshotOf, type CorpusSnapshot } from "./corpus-snapshot.js";

export type { CorpusSnapshot } from "./corpus-snapshot.js";

export class CorpusCache {
  /** The article count the snapshot is current for; -1 when it is not current (none yet, or a stale stored build). */
  private version = -1;
  /** Whether a snapshot (possibly stale) can be answered from. */
  private published = false;
  private loading: Promise<void> | null = null;
  private pending: Promise<CorpusSnapshot> | null = null;
  /** How many articles this server stored since the last update began: their upload waits for it. */
  private ingested = 0;
  private closed = false;
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
      const started = performance.now();
      const pending = this.builder
        .update()
        .then((update) => this.publish(update, count, started))
        .finally(() => (this.pending = null));
      // Nobody may be waiting for a background update: its failure is said here, and the last build answered from until the next request retries.
      pending.catch((error: Error) => {
        if (!this.closed) process.stderr.write(`updating the connected corpus failed (${error.message}); answering from the last build\n`);
      });
      this.pending = pending;
    }
    // A rebuild may take long: answer from the last build meanwhile. This server's own ingest is waited for, so its uploads show.
    if (this.published && !ownIngest) return this.snapshot;
    return this.pending;
  }

  /** Waits for a build in progress, if any (tests, and a caller that needs the current corpus). */
  async settled(): Promise<CorpusSnapshot> {
    return this.pending ?? this.get();
  }

  /** Stops a build in progress (a worker's is ended at once); what waited for it fails, nothing is logged. */
  close(): Promise<void> {
    this.closed = true;
    return this.builder.close();
  }

  /** Publishes the stored build, if any: current, it is the snapshot; stale, it is answered from while a rebuild runs. */
  private async startFromStored(): Promise<void> {
    try {
      const stored = await this.builder.stored();
      if (!stored) return;
      this.snapshot = stored.snapshot;
      this.published = true;
      if (stored.current) this.version = stored.articleCount;
    } catch (error) {
      // An unreadable stored build costs a rebuild, not the server.
      if (!this.closed) process.stderr.write(`the stored connected corpus could not be read (${(error as Error).message}); connecting the stored articles instead\n`);
    }
  }

  private publish({ snapshot, how }: SnapshotUpdate, count: number, started: number): CorpusSnapshot {
    if (how === "built") this.rebuilds += 1;
    if (how === "resumed") this.resumes += 1;
    // Said when a build or an update ends, so an operator (and bench/rebuild-reads.ts) knows the answers are current again.
    if (how !== "stored") {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stderr.write(`the connected corpus is current: ${count} articles, ${snapshot.stories.length} stories (${how} in ${seconds} s)\n`);
    }
    this.snapshot = snapshot;
    this.version = count;
    this.published = true;
    return this.snapshot;
  }
}
