/**
 * The server backend: PostgreSQL through node-postgres (pg) and Kysely, selected by a
 * postgres:// location. Same tables and values as the SQLite store (src/store/article-row.ts);
 * search is a GIN-indexed tsvector of recoupe's normalised terms, ranked by ts_rank_cd with the
 * title weighted above the body, so both backends pass the same store tests.
 */
import { Kysely, Migrator, PostgresDialect, sql, type Transaction } from "kysely";
import pg from "pg";
import type { AnnotatedArticle } from "../../annotate/annotation.js";
import { RecoupeError } from "../../core/errors.js";
import type { Article } from "../../extract/article.js";
import type { RawDocument } from "../../ingest/raw-document.js";
import { toStoredArticle } from "../article-row.js";
import { articleRecord, type ArticleRecord } from "../article-record.js";
import { readByIds } from "../ids-per-read.js";
import { listArticleSummaries, type ListingSchema } from "../list-articles.js";
import { highlightForms, isSearchable, parseSearchQuery } from "../search-query.js";
import { DEFAULT_RANK_LIMITS, type RankLimits } from "../broad-query.js";
import { makeSnippet } from "../snippet.js";
import type { ArticleSummary, ListOptions, SaveResult, SearchHit, Store, StoredArticle } from "../store.js";
import type { ConnectedCorpusStore } from "../connected-corpus-store.js";
import { survivePoolErrors } from "./connection-loss.js";
import { PostgresConnectedCorpus } from "./postgres-connected-corpus.js";
import { postgresMigrations } from "./migrations.js";
import type { Database as Schema } from "./schema.js";
import { toTsQuery } from "./tsquery.js";

/** Rows fetched per round trip when streaming every article. */
const ITERATION_PAGE_SIZE = 200;
/** Workers on several machines share the database: a small pool each is enough. */
const POOL_SIZE = 4;

export class PostgresStore implements Store {
  /** The persisted connected corpus, in its own module. */
  readonly connectedCorpus: ConnectedCorpusStore;

  private constructor(
    private readonly db: Kysely<Schema>,
    private readonly rankLimits: RankLimits,
  ) {
    this.connectedCorpus = new PostgresConnectedCorpus(db as Kysely<unknown>);
  }

  /** `rankLimits`: when a search ranks only its newest matches (tests set small ones). */
  static async open(url: string, { rankLimits = DEFAULT_RANK_LIMITS }: { rankLimits?: RankLimits } = {}): Promise<PostgresStore> {
    // A lost connection fails the query that needed it; it must not end the process (a worker).
    const pool = survivePoolErrors(new pg.Pool({ connectionString: url, max: POOL_SIZE }));
    const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
    try {
      await sql`SELECT 1`.execute(db);
    } catch (error) {
      await db.destroy();
      throw new RecoupeError("store-failed", `cannot connect to PostgreSQL at ${redact(url)} (${(error as Error).message}); check the URL, that the server runs, and the credentials.`, redact(url));
    }
    // Processes starting at once do not both migrate: Kysely's PostgreSQL adapter holds an advisory lock while it migrates.
    const { error } = await new Migrator({ db, provider: postgresMigrations }).migrateToLatest();
    if (error) {
      await db.destroy();
      throw new RecoupeError("store-failed", `cannot migrate the PostgreSQL database at ${redact(url)} (${String(error)}).`, redact(url), { cause: error });
    }
    return new PostgresStore(db, rankLimits);
  }

  async saveArticle(document: RawDocument, article: Article | AnnotatedArticle): Promise<SaveResult> {
    const [saved] = await this.saveRecords([articleRecord(document, article)]);
    return saved!;
  }

  async saveRecords(records: ArticleRecord[]): Promise<SaveResult[]> {
    return this.db.transaction().execute(async (trx) => {
      const results: SaveResult[] = [];
      for (const record of records) results.push(await saveInTransaction(trx, record));
      return results;
    });
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = await this.selectStoredArticles().where("articles.id", "=", id).executeTakeFirst();
    return row ? toStoredArticle(row) : null;
  }

  async getArticles(ids: readonly string[]): Promise<StoredArticle[]> {
    return readByIds(ids, async (chunk) => (await this.selectStoredArticles().where("articles.id", "in", chunk).execute()).map(toStoredArticle));
  }

  private selectStoredArticles() {
    return this.db
      .selectFrom("articles")
      .innerJoin("documents", "documents.id", "articles.document_id")
      .select([
        "articles.seq", "articles.id", "articles.document_id", "articles.content_hash", "articles.source", "articles.url", "articles.container",
        "articles.format", "articles.encoding", "articles.title", "articles.outlet", "articles.authors", "articles.published", "articles.published_source", "articles.modified", "articles.modified_source", "articles.language",
        "articles.text", "articles.offset_map", "articles.warnings", "articles.ingested_at", "documents.raw",
      ])
      // jsonb comes back parsed; the shared row reader expects the JSON text both backends store.
      .select(sql<string>`articles.annotations::text`.as("annotations"));
  }

  async listArticles(options: ListOptions = {}): Promise<ArticleSummary[]> {
    // The listing columns are the same in both backends' schemas.
    return listArticleSummaries(this.db as unknown as Kysely<ListingSchema>, options);
  }

  async countArticles(): Promise<number> {
    const row = await this.db.selectFrom("articles").select((eb) => eb.fn.countAll<string>().as("count")).executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async search(input: string, options: ListOptions = {}): Promise<SearchHit[]> {
    const query = parseSearchQuery(input);
    if (!isSearchable(query)) return [];
    const tsquery = sql`to_tsquery('simple', ${toTsQuery(query)})`;
    const limit = options.limit ?? 20;
    const offset = options.offset ?? 0;
    // A broad query is ranked among its newest matches only, as on SQLite (../broad-query.ts); the window is at least as deep as the page asked.
    const counted = await sql<{ n: string }>`SELECT count(*) AS n FROM (SELECT 1 FROM articles WHERE search @@ ${tsquery} LIMIT ${this.rankLimits.broadMatches}) AS capped`.execute(this.db);
    const broad = Number(counted.rows[0]!.n) >= this.rankLimits.broadMatches;
    const matches = broad
      ? sql`(SELECT * FROM articles WHERE search @@ ${tsquery} ORDER BY seq DESC LIMIT ${Math.max(this.rankLimits.window, offset + limit)}) AS articles`
      : sql`articles`;
    // Weights {D, C, B, A}: a match in the title (A) counts five times one in the body (B).
    const rows = await sql<{ id: string; title: string | null; outlet: string | null; published: string | null; language: string | null; text: string; score: number }>`
      SELECT id, title, outlet, published, language, text, ts_rank_cd('{0.1, 0.1, 0.2, 1.0}', search, ${tsquery}) AS score
      FROM ${matches} WHERE search @@ ${tsquery}
      ORDER BY score DESC, seq LIMIT ${limit} OFFSET ${offset}`.execute(this.db);
    const wanted = highlightForms(query);
    return rows.rows.map((row) => ({ id: row.id, title: row.title, outlet: row.outlet, published: row.published, snippet: makeSnippet(row.text, row.language, wanted), score: Number(row.score) }));
  }

  async *iterateArticles(): AsyncIterable<StoredArticle> {
    let after = "0";
    for (;;) {
      const rows = await this.selectStoredArticles().where("articles.seq", ">", after as never).orderBy("articles.seq").limit(ITERATION_PAGE_SIZE).execute();
      for (const row of rows) yield toStoredArticle(row);
      if (rows.length < ITERATION_PAGE_SIZE) return;
      after = rows.at(-1)!.seq;
    }
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

/** A URL without its password, for messages. */
/** One record's inserts, in the caller's transaction; an article already stored (by its content hash) is left as it is. */
async function saveInTransaction(trx: Transaction<Schema>, record: ArticleRecord): Promise<SaveResult> {
  await trx.insertInto("documents").values(record.document).onConflict((conflict) => conflict.column("id").doNothing()).execute();
  const search = sql`setweight(to_tsvector('simple', ${record.searchTerms.title}), 'A') || setweight(to_tsvector('simple', ${record.searchTerms.body}), 'B')`;
  // ON CONFLICT on the content hash: two workers saving the same article concurrently store it once.
  const inserted = await trx
    .insertInto("articles")
    .values({ ...record.article, search })
    .onConflict((conflict) => conflict.column("content_hash").doNothing())
    .returning("id")
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const existing = await trx.selectFrom("articles").select("id").where("content_hash", "=", record.article.content_hash).executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/u, "//$1:***@");
}
