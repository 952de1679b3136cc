/** Row types of the SQLite database, for Kysely. They never leave src/store/sqlite/. */
import type { Generated } from "kysely";

export interface DocumentsTable {
  id: string;
  source: string;
  container: string;
  format: string;
  encoding: string;
  byte_length: number;
  raw: string;
  metadata: string;
  messages: string;
  created_at: string;
}

export interface ArticlesTable {
  seq: Generated<number>;
  id: string;
  document_id: string;
  content_hash: string;
  source: string;
  url: string | null;
  container: string;
  format: string;
  encoding: string;
  title: string | null;
  outlet: string | null;
  authors: string;
  published: string | null;
  language: string | null;
  text: string;
  offset_map: string;
  warnings: string;
  ingested_at: string;
  annotations: string;
}

export interface Database {
  documents: DocumentsTable;
  articles: ArticlesTable;
}
