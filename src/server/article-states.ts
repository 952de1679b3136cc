/**
 * Articles' connect states in the store (connect/article-connect-state.ts), each with its story
 * vector: written by a full build once it has clustered its articles and by an update for the
 * articles it adds, read by the next update for the stories it re-reads. A state is the connect code's own: one made by other code
 * is not read, and an article without a state of this code is read whole, its state made and kept.
 */
import { connectStateOf, packConnectState, packVector, unpackConnectState, unpackVector, type ArticleConnectState } from "../connect/article-connect-state.js";
import { connectAlgorithmVersion } from "../connect/connect-version.js";
import type { Store } from "../store/store.js";

/** States written per transaction: a full build writes one per article. */
const STATES_PER_WRITE = 1000;

/**
 * Writes states in batches. A store that refuses them (a read-only file or role) costs the next
 * update a re-read of the articles, not this build its result: said once on stderr, then skipped.
 */
export class ArticleStateWriter {
  private pending: Array<{ articleId: string; state: string; vector: string | null }> = [];
  private failed = false;
  private readonly version = connectAlgorithmVersion();

  constructor(private readonly store: Store) {}

  /** Before a full build: the states other code made are dropped, as the build makes every article's again. */
  async dropOthers(): Promise<void> {
    await this.attempt(() => this.store.connectedCorpus.dropArticleStatesExcept(this.version));
  }

  /** With its vector when it has one (placed already). */
  async add(state: ArticleConnectState): Promise<void> {
    if (this.failed) return;
    this.pending.push({ articleId: state.features.id, state: packConnectState(state), vector: state.vector ? packVector(state.vector) : null });
    if (this.pending.length >= STATES_PER_WRITE) await this.flush();
  }

  /** Every one of these states written, the last batch too. */
  async addAll(states: Iterable<ArticleConnectState>): Promise<void> {
    for (const state of states) await this.add(state);
    await this.flush();
  }

  async flush(): Promise<void> {
    const states = this.pending;
    this.pending = [];
    if (states.length > 0) await this.attempt(() => this.store.connectedCorpus.writeArticleStates(this.version, states));
  }

  private async attempt(write: () => Promise<void>): Promise<void> {
    if (this.failed) return;
    try {
      await write();
    } catch (error) {
      this.failed = true;
      process.stderr.write(`the articles' connect states were not stored (${(error as Error).message}); the next update reads the articles again\n`);
    }
  }
}

/** The connect states of these stored articles, in the order of the ids: read as stored, else made from the article (and kept); an id stored under no article is left out. */
export async function readArticleStates(store: Store, ids: readonly string[], intern?: (key: string) => string): Promise<ArticleConnectState[]> {
  const stored = await store.connectedCorpus.readArticleStates(ids, connectAlgorithmVersion());
  const made = new Map<string, ArticleConnectState>();
  const missing = ids.filter((id) => !stored.has(id));
  if (missing.length > 0) {
    for (const article of await store.getArticles(missing)) made.set(article.id, connectStateOf(article));
    await new ArticleStateWriter(store).addAll(made.values());
  }
  return ids.flatMap((id) => {
    const row = stored.get(id);
    if (row === undefined) return made.get(id) ?? [];
    // With its vector, an article's terms are not needed: left unread.
    if (row.vector === null) return [unpackConnectState(row.state)];
    const state = unpackConnectState(row.state, { withTerms: false });
    state.vector = unpackVector(row.vector, intern);
    return [state];
  });
}
