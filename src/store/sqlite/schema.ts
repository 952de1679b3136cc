/** Row types of the SQLite database, for Kysely. They never leave src/store/sqlite/. */
import type { Generated } from "kysely";
import type { ArticleRow, DocumentRow } from "../article-row.js";

export type DocumentsTable = DocumentRow;

export interface ArticlesTable extends ArticleRow {
  seq: Generated<number>;
}

export interface Database {
  documents: DocumentsTable;
  articles: ArticlesTable;
}
