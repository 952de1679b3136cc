/**
 * Schema migrations, in code so they run the same from sources (tsx) and from dist/.
 * migrate.ts applies each in its own transaction and records it; never edit a shipped
 * migration, add the next one.
 */
import type { Kysely, Migration } from "kysely";

// What a migration needs is imported when it runs: opening an up-to-date database loads no query builder.

export const sqliteMigrations: Record<string, Migration> = {
  "0001-documents-and-articles": {
    // IF NOT EXISTS (same schema): a database left half-migrated by versions that migrated outside a transaction opens again.
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("documents")
        .ifNotExists()
        .addColumn("id", "text", (column) => column.primaryKey())
        .addColumn("source", "text", (column) => column.notNull())
        .addColumn("container", "text", (column) => column.notNull())
        .addColumn("format", "text", (column) => column.notNull())
        .addColumn("encoding", "text", (column) => column.notNull())
        .addColumn("byte_length", "integer", (column) => column.notNull())
        .addColumn("raw", "text", (column) => column.notNull())
        .addColumn("metadata", "text", (column) => column.notNull())
        .addColumn("messages", "text", (column) => column.notNull())
        .addColumn("created_at", "text", (column) => column.notNull())
        .execute();
      await db.schema
        .createTable("articles")
        .ifNotExists()
        .addColumn("seq", "integer", (column) => column.primaryKey().autoIncrement())
        .addColumn("id", "text", (column) => column.notNull().unique())
        .addColumn("document_id", "text", (column) => column.notNull().references("documents.id"))
        .addColumn("content_hash", "text", (column) => column.notNull().unique())
        .addColumn("source", "text", (column) => column.notNull())
        .addColumn("url", "text")
        .addColumn("container", "text", (column) => column.notNull())
        .addColumn("format", "text", (column) => column.notNull())
        .addColumn("encoding", "text", (column) => column.notNull())
        .addColumn("title", "text")
        .addColumn("outlet", "text")
        .addColumn("authors", "text", (column) => column.notNull())
        .addColumn("published", "text")
        .addColumn("language", "text")
        .addColumn("text", "text", (column) => column.notNull())
        .addColumn("offset_map", "text", (column) => column.notNull())
        .addColumn("warnings", "text", (column) => column.notNull())
        .addColumn("ingested_at", "text", (column) => column.notNull())
        .execute();
      await db.schema.createIndex("articles_published").ifNotExists().on("articles").column("published").execute();
      await db.schema.createIndex("articles_outlet").ifNotExists().on("articles").column("outlet").execute();
      await db.schema.createIndex("articles_language").ifNotExists().on("articles").column("language").execute();
      await db.schema.createIndex("articles_document").ifNotExists().on("articles").column("document_id").execute();
    },
  },
  "0002-full-text-index": {
    async up(db: Kysely<unknown>) {
      const { sql } = await import("kysely");
      // Contentless: the index holds normalised terms (stemmed, folded) only; text lives in articles.
      await sql`CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`.execute(db);
    },
  },
  "0003-annotations": {
    async up(db: Kysely<unknown>) {
      // Annotation spans as one JSON document per article: read and written whole, never queried inside.
      await db.schema.alterTable("articles").addColumn("annotations", "text", (column) => column.notNull().defaultTo("{}")).execute();
    },
  },
  "0004-connected-corpus": {
    async up(db: Kysely<unknown>) {
      // The last connected corpus, to read instead of connecting every article again (connected-corpus-store.ts).
      const { createConnectedCorpusTables } = await import("../connected-corpus-tables.js");
      await createConnectedCorpusTables(db, { bytes: "blob", position: "integer" });
    },
  },
  "0005-published-source": {
    async up(db: Kysely<unknown>) {
      const { sql } = await import("kysely");
      // Where the publication date was read (JSON text, null for rows stored before). SQLite has no
      // ADD COLUMN IF NOT EXISTS: the column is looked up first, so a rerun adds nothing.
      const columns = await sql<{ name: string }>`SELECT name FROM pragma_table_info('articles')`.execute(db);
      if (columns.rows.some((column) => column.name === "published_source")) return;
      await db.schema.alterTable("articles").addColumn("published_source", "text").execute();
    },
  },
  "0006-modified": {
    async up(db: Kysely<unknown>) {
      const { sql } = await import("kysely");
      // The last modification the page states and where it was read (JSON text); null for rows stored before.
      // Looked up first, as 0005 does: SQLite has no ADD COLUMN IF NOT EXISTS.
      const columns = new Set((await sql<{ name: string }>`SELECT name FROM pragma_table_info('articles')`.execute(db)).rows.map((column) => column.name));
      for (const name of ["modified", "modified_source"]) {
        if (!columns.has(name)) await db.schema.alterTable("articles").addColumn(name, "text").execute();
      }
    },
  },
  "0007-article-connect-states": {
    async up(db: Kysely<unknown>) {
      // Each article's connect state, so a stored build is resumed without re-reading its stories' articles.
      const { createArticleStatesTable } = await import("../connected-corpus-tables.js");
      await createArticleStatesTable(db);
    },
  },
};
