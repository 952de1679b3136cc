/**
 * PostgreSQL schema migrations, in code (they run the same from sources and dist/). The same
 * tables as the SQLite store; JSON fields stay text (read and written whole) except the
 * annotations, jsonb with a GIN index on their entities for queries by entity; the search
 * column is a tsvector of recoupe's own normalised terms (Snowball-stemmed, accent-folded) under
 * the 'simple' configuration, weighted title A and body B, so both backends answer a query the
 * same way. Never edit a shipped migration; add the next one.
 */
import { createArticleStatesTable, createConnectedCorpusTables } from "../connected-corpus-tables.js";
import { sql, type Kysely, type Migration, type MigrationProvider } from "kysely";

const migrations: Record<string, Migration> = {
  "0001-documents-articles-search": {
    async up(db: Kysely<unknown>) {
      await sql`CREATE TABLE documents (
        id text PRIMARY KEY, source text NOT NULL, container text NOT NULL, format text NOT NULL, encoding text NOT NULL,
        byte_length integer NOT NULL, raw text NOT NULL, metadata text NOT NULL, messages text NOT NULL, created_at text NOT NULL)`.execute(db);
      await sql`CREATE TABLE articles (
        seq bigserial PRIMARY KEY, id text NOT NULL UNIQUE, document_id text NOT NULL REFERENCES documents(id),
        content_hash text NOT NULL UNIQUE, source text NOT NULL, url text, container text NOT NULL, format text NOT NULL,
        encoding text NOT NULL, title text, outlet text, authors text NOT NULL, published text, language text, text text NOT NULL,
        offset_map text NOT NULL, warnings text NOT NULL, ingested_at text NOT NULL, annotations text NOT NULL DEFAULT '{}',
        search tsvector NOT NULL)`.execute(db);
      await sql`CREATE INDEX articles_published ON articles (published)`.execute(db);
      await sql`CREATE INDEX articles_outlet ON articles (outlet)`.execute(db);
      await sql`CREATE INDEX articles_language ON articles (language)`.execute(db);
      await sql`CREATE INDEX articles_document ON articles (document_id)`.execute(db);
      await sql`CREATE INDEX articles_search ON articles USING gin (search)`.execute(db);
    },
  },
  "0002-entity-index": {
    async up(db: Kysely<unknown>) {
      // Annotations become jsonb so a server's users can query articles by entity (name, type, country) through a GIN index.
      await sql`ALTER TABLE articles ALTER COLUMN annotations DROP DEFAULT`.execute(db);
      await sql`ALTER TABLE articles ALTER COLUMN annotations TYPE jsonb USING annotations::jsonb`.execute(db);
      await sql`ALTER TABLE articles ALTER COLUMN annotations SET DEFAULT '{}'::jsonb`.execute(db);
      await sql`CREATE INDEX articles_entities ON articles USING gin ((annotations -> 'entities') jsonb_path_ops)`.execute(db);
    },
  },
  "0003-connected-corpus": {
    async up(db: Kysely<unknown>) {
      // The last connected corpus, to read instead of connecting every article again (connected-corpus-store.ts).
      await createConnectedCorpusTables(db, { bytes: "bytea", position: "bigint" });
    },
  },
  "0004-published-source": {
    async up(db: Kysely<unknown>) {
      // Where the publication date was read, as JSON text (read whole); null for rows stored before.
      await sql`ALTER TABLE articles ADD COLUMN IF NOT EXISTS published_source text`.execute(db);
    },
  },
  "0005-modified": {
    async up(db: Kysely<unknown>) {
      // The last modification the page states and where it was read (JSON text); null for rows stored before.
      await sql`ALTER TABLE articles ADD COLUMN IF NOT EXISTS modified text, ADD COLUMN IF NOT EXISTS modified_source text`.execute(db);
    },
  },
  "0006-article-connect-states": {
    async up(db: Kysely<unknown>) {
      // Each article's connect state, so a stored build is resumed without re-reading its stories' articles.
      await createArticleStatesTable(db);
    },
  },
};

export const postgresMigrations: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
