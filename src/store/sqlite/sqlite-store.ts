/**
 * The embedded default store: one SQLite file (better-sqlite3), WAL journal, FTS5 index of
 * normalised terms. Implements the backend-neutral Store interface. Saves and searches run
 * prepared statements; Kysely (about 260 modules, 0.1 s of start-up) is loaded only for
 * migrations and the listings that share their query with PostgreSQL.
 */
import Database from "better-sqlite3";
import type { Kysely } from "kysely";
import { RecoupeError } from "../../core/errors.js";
import type { AnnotatedArticle } from "../../annotate/annotation.js";
import type { Article } from "../../extract/article.js";
import type { RawDocument } from "../../ingest/raw-document.js";
import { toStoredArticle, type ArticleRow, type DocumentRow } from "../article-row.js";
import { articleRecord, type ArticleRecord } from "../article-record.js";
import { readByIds } from "../ids-per-read.js";
import { highlightForms, isSearchable, parseSearchQuery } from "../search-query.js";
import { RankedHitsCache } from "../ranked-hits-cache.js";
import { makeSnippet } from "../snippet.js";
import type { ListingSchema } from "../list-articles.js";
import type { ArticleSummary, ListOptions, SaveResult, SearchHit, Store, StoredArticle } from "../store.js";
import type { ConnectedCorpusStore } from "../connected-corpus-store.js";
import { toFtsMatch } from "./fts-match.js";
import { prepareFtsRanker, type FtsRanker } from "./fts-rank.js";
import { immediateTransactionSync } from "./immediate-transaction.js";
import { SqliteConnectedCorpus } from "./sqlite-connected-corpus.js";
import { sqliteMigrations } from "./migrations.js";
import type { Database as Schema } from "./schema.js";

/** Rows fetched per round trip when streaming every article. */
const ITERATION_PAGE_SIZE = 200;
/** How long a statement waits for another process's lock before SQLITE_BUSY: a save holds it for milliseconds. */
const BUSY_TIMEOUT_MS = 5000;

export class SqliteStore implements Store {
  private statements: SaveStatements | null = null;
  /** The persisted connected corpus, in its own module. */
  readonly connectedCorpus: ConnectedCorpusStore;

  private kyselyInstance: Kysely<Schema> | null = null;

  private constructor(private readonly connection: Database.Database) {
    this.connectedCorpus = new SqliteConnectedCorpus(connection);
  }

  /** The query builder over this connection, loaded on first use. */
  private async kysely(): Promise<Kysely<Schema>> {
    if (!this.kyselyInstance) {
      const { Kysely, SqliteDialect } = await import("kysely");
      this.kyselyInstance = new Kysely<Schema>({ dialect: new SqliteDialect({ database: this.connection }) });
    }
    return this.kyselyInstance;
  }

  static async open(path: string): Promise<SqliteStore> {
    let connection: Database.Database;
    try {
      // The busy timeout first: switching a new file to WAL takes a lock another process may hold.
      connection = new Database(path, { timeout: BUSY_TIMEOUT_MS });
      connection.pragma("journal_mode = WAL");
    } catch (error) {
      throw new RecoupeError("store-failed", `cannot open the database ${path} (${(error as Error).message}); check that its folder exists and is writable.`, path);
    }
    connection.pragma("synchronous = NORMAL");
    connection.pragma("foreign_keys = ON");
    const store = new SqliteStore(connection);
    try {
      if (hasPendingMigrations(connection)) {
        const { migrateSqlite } = await import("./migrate.js");
        await migrateSqlite((await store.kysely()) as Kysely<unknown>, sqliteMigrations);
      }
    } catch (error) {
      await store.close();
      if (error instanceof RecoupeError) throw error;
      throw new RecoupeError("store-failed", `cannot migrate the database ${path} (${String(error)}).`, path, { cause: error });
    }
    return store;
  }

  async saveArticle(document: RawDocument, article: Article | AnnotatedArticle): Promise<SaveResult> {
    const [saved] = await this.saveRecords([articleRecord(document, article)]);
    return saved!;
  }

  async saveRecords(records: ArticleRecord[]): Promise<SaveResult[]> {
    const statements = (this.statements ??= prepareSaveStatements(this.connection));
    // Immediate: the hash check reads before the inserts write, and a second process may be saving too.
    return immediateTransactionSync(this.connection, () => records.map((record) => saveInTransaction(statements, record)));
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = await (await this.selectStoredArticles()).where("articles.id", "=", id).executeTakeFirst();
    return row ? toStoredArticle(row) : null;
  }

  async getArticles(ids: readonly string[]): Promise<StoredArticle[]> {
    return readByIds(ids, async (chunk) => (await (await this.selectStoredArticles()).where("articles.id", "in", chunk).execute()).map(toStoredArticle));
  }

  /** Articles joined with the raw input their offset maps point into. */
  private async selectStoredArticles() {
    return (await this.kysely()).selectFrom("articles").innerJoin("documents", "documents.id", "articles.document_id").selectAll("articles").select("documents.raw");
  }

  async listArticles(options: ListOptions = {}): Promise<ArticleSummary[]> {
    // The listing columns are the same in both backends' schemas.
    const { listArticleSummaries } = await import("../list-articles.js");
    return listArticleSummaries((await this.kysely()) as unknown as Kysely<ListingSchema>, options);
  }

  async countArticles(): Promise<number> {
    return (this.connection.prepare("SELECT count(*) AS count FROM articles").get() as { count: number }).count;
  }

  private readonly rankedHitsCache = new RankedHitsCache();
  private searchStatements: SearchStatements | null = null;

  async search(input: string, options: ListOptions = {}): Promise<SearchHit[]> {
    const query = parseSearchQuery(input);
    if (!isSearchable(query)) return [];
    const statements = (this.searchStatements ??= prepareSearchStatements(this.connection));
    const limit = options.limit ?? 20;
    const offset = options.offset ?? 0;
    // Another connection's commit changes data_version, this one's total_changes(): either makes earlier rankings stale.
    const generation = `${this.connection.pragma("data_version", { simple: true })}:${(statements.ownChanges.get() as { n: number }).n}`;
    const match = toFtsMatch(query);
    const ranked = this.rankedHitsCache.rankedHits(match, generation, offset + limit, (depth) => statements.ranker.rank(match, depth));
    const page = ranked.slice(offset, offset + limit);
    if (page.length === 0) return [];
    // Only the page's rows are read: joined before ranking, every match's text went through the sort.
    const rows = new Map((statements.page.all(JSON.stringify(page.map((hit) => hit.seq))) as PageRow[]).map((row) => [row.seq, row]));
    const wanted = highlightForms(query);
    return page.flatMap((hit) => {
      const row = rows.get(hit.seq);
      return row ? [{ id: row.id, title: row.title, outlet: row.outlet, published: row.published, snippet: makeSnippet(row.text, row.language, wanted), score: -hit.score }] : [];
    });
  }

  async *iterateArticles(): AsyncIterable<StoredArticle> {
    let after = 0;
    for (;;) {
      const rows = await (await this.selectStoredArticles())
        .where("articles.seq", ">", after)
        .orderBy("articles.seq")
        .limit(ITERATION_PAGE_SIZE)
        .execute();
      for (const row of rows) yield toStoredArticle(row);
      if (rows.length < ITERATION_PAGE_SIZE) return;
      after = rows.at(-1)!.seq;
    }
  }

  async close(): Promise<void> {
    // Kysely's destroy closes the connection it was given.
    if (this.kyselyInstance) await this.kyselyInstance.destroy();
    else this.connection.close();
  }
}

/**
 * Whether a migration is not recorded yet, read without the write lock or a query builder: an
 * up-to-date database opens without either (migrate.ts records in Kysely's table).
 */
function hasPendingMigrations(connection: Database.Database): boolean {
  const recorded = connection.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'").get()
    ? new Set((connection.prepare("SELECT name FROM kysely_migration").all() as Array<{ name: string }>).map((row) => row.name))
    : new Set<string>();
  // A name recorded but unknown also goes to migrateSqlite, which refuses a newer database.
  return recorded.size !== Object.keys(sqliteMigrations).length || Object.keys(sqliteMigrations).some((name) => !recorded.has(name));
}

interface SaveStatements {
  existing: Database.Statement;
  insertDocument: Database.Statement;
  insertArticle: Database.Statement;
  insertTerms: Database.Statement;
}

/** The statements of a save, prepared once per connection (after migrations, so the tables exist). */
function prepareSaveStatements(connection: Database.Database): SaveStatements {
  const insert = (table: string, columns: readonly string[]) => `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map((column) => `@${column}`).join(", ")})`;
  return {
    existing: connection.prepare("SELECT id FROM articles WHERE content_hash = ?"),
    insertDocument: connection.prepare(`${insert("documents", DOCUMENT_COLUMNS)} ON CONFLICT (id) DO NOTHING`),
    insertArticle: connection.prepare(`${insert("articles", ARTICLE_COLUMNS)} RETURNING seq`),
    insertTerms: connection.prepare("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)"),
  };
}

/** One record's inserts, in the caller's transaction; an article already stored (by its content hash) is left as it is. */
function saveInTransaction(statements: SaveStatements, record: ArticleRecord): SaveResult {
  const existing = statements.existing.get(record.article.content_hash) as { id: string } | undefined;
  if (existing) return { id: existing.id, created: false };
  statements.insertDocument.run(record.document);
  const { seq } = statements.insertArticle.get(record.article) as { seq: number };
  statements.insertTerms.run(seq, record.searchTerms.title, record.searchTerms.body);
  return { id: record.article.id, created: true };
}

interface SearchStatements {
  ranker: FtsRanker;
  page: Database.Statement;
  ownChanges: Database.Statement;
}

interface PageRow {
  seq: number;
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  language: string | null;
  text: string;
}

/** The ranking (fts-rank.ts: bm25, ties to the earlier article, so a page boundary falls in the same place however deep it went), then the page's rows. */
function prepareSearchStatements(connection: Database.Database): SearchStatements {
  return {
    ranker: prepareFtsRanker(connection),
    page: connection.prepare("SELECT seq, id, title, outlet, published, language, text FROM articles WHERE seq IN (SELECT value FROM json_each(?))"),
    ownChanges: connection.prepare("SELECT total_changes() AS n"),
  };
}

/** Every column of the rows article-row.ts builds: a column added there and not here fails to type-check. */
const DOCUMENT_COLUMNS = ["id", "source", "container", "format", "encoding", "byte_length", "raw", "metadata", "messages", "created_at"] as const satisfies ReadonlyArray<keyof DocumentRow>;
const ARTICLE_COLUMNS = [
  "id", "document_id", "content_hash", "source", "url", "container", "format", "encoding", "title", "outlet", "authors", "published", "published_source", "modified", "modified_source", "language", "text", "offset_map", "warnings", "ingested_at", "annotations",
] as const satisfies ReadonlyArray<keyof ArticleRow>;
