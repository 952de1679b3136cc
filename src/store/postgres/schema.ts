/** Row types of the PostgreSQL database, for Kysely. They never leave src/store/postgres/. */
import type { ColumnType, Generated } from "kysely";
import type { ArticleRow, DocumentRow } from "../article-row.js";

export type DocumentsTable = DocumentRow;

export interface ArticlesTable extends ArticleRow {
  /** bigserial: pg returns int8 as a string, so it is read as one. */
  seq: ColumnType<string, never, never>;
  /** The tsvector of normalised terms, written with each article. */
  search: Generated<unknown>;
}

export interface Database {
  documents: DocumentsTable;
  articles: ArticlesTable;
}
