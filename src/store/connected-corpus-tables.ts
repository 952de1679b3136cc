/**
 * The persisted connected corpus's tables (connected-corpus-store.ts), in either backend's column
 * types: one build row, a compressed row per story, an article → story index. Both backends'
 * migrations run this; like them, it is never edited once shipped: a change is a new migration.
 */
import { sql, type Kysely } from "kysely";

export async function createConnectedCorpusTables(db: Kysely<unknown>, types: { bytes: "blob" | "bytea"; position: "integer" | "bigint" }): Promise<void> {
  const bytes = sql.raw(types.bytes);
  const position = sql.raw(types.position);
  await sql`CREATE TABLE corpus_build (id integer PRIMARY KEY CHECK (id = 1), algorithm_version text NOT NULL, article_count ${position} NOT NULL, last_article ${position} NOT NULL, built_at text NOT NULL, entities ${bytes} NOT NULL)`.execute(db);
  await sql`CREATE TABLE corpus_stories (id text PRIMARY KEY, position integer NOT NULL, body ${bytes} NOT NULL)`.execute(db);
  await sql`CREATE TABLE corpus_story_articles (article_id text PRIMARY KEY, story_id text NOT NULL)`.execute(db);
  await sql`CREATE INDEX corpus_story_articles_story ON corpus_story_articles (story_id)`.execute(db);
}

/**
 * Each article's connect state (connect/article-connect-state.ts), with the connect code's version
 * that made it, and its story vector once a build has placed it: plain text, not compressed like
 * the payloads above, as a resumed build reads thousands at once and PostgreSQL compresses long
 * values on its own.
 */
export async function createArticleStatesTable(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE IF NOT EXISTS article_connect_states (article_id text PRIMARY KEY, version text NOT NULL, state text NOT NULL, vector text)`.execute(db);
}
