/**
 * The one storage interface. SQLite (embedded default) implements it now; PostgreSQL joins
 * later. Nothing backend-specific (row types, SQL dialect, handles) crosses this boundary.
 */
import type { AnnotatedArticle } from "../annotate/annotation.js";
import type { Article } from "../extract/article.js";
import type { RawDocument } from "../ingest/raw-document.js";
import type { ArticleRecord } from "./article-record.js";
import type { ConnectedCorpusStore } from "./connected-corpus-store.js";

export interface SaveResult {
  id: string;
  /** False when an article with the same content hash was already stored (idempotent re-ingest). */
  created: boolean;
}

export interface ArticleSummary {
  id: string;
  source: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  language: string | null;
  warningCount: number;
  ingestedAt: string;
}

export interface StoredArticle extends AnnotatedArticle {
  ingestedAt: string;
  /** The decoded raw input the offset map points into. */
  raw: string;
}

export interface SearchHit {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** Excerpt of the matching text with the matched terms between « and ». */
  snippet: string;
  score: number;
}

export interface ListOptions {
  limit?: number;
  offset?: number;
}

export interface Store {
  /** Saves the article (with its annotations, if any) and its raw document in one transaction; a stored hash is left untouched. */
  saveArticle(document: RawDocument, article: Article | AnnotatedArticle): Promise<SaveResult>;
  /**
   * The same for several articles, from the rows and search terms articleRecord() prepared (in a
   * worker thread, so this thread only writes), in one transaction: all are saved or none.
   */
  saveRecords(records: ArticleRecord[]): Promise<SaveResult[]>;
  getArticle(id: string): Promise<StoredArticle | null>;
  /** The stored articles of these ids in their order, an id not stored left out: a few statements for thousands of ids, not one each. */
  getArticles(ids: readonly string[]): Promise<StoredArticle[]>;
  listArticles(options?: ListOptions): Promise<ArticleSummary[]>;
  countArticles(): Promise<number>;
  /**
   * Full-text search, accent-folded and stemmed per the article's language. An article's terms
   * are indexed up to what one PostgreSQL tsvector holds (about 1 MB; see indexed-terms.ts):
   * past that, a pathological article is stored whole but searchable only by its beginning.
   */
  search(query: string, options?: ListOptions): Promise<SearchHit[]>;
  /** Streams every stored article in ingestion order, for export. */
  iterateArticles(): AsyncIterable<StoredArticle>;
  close(): Promise<void>;
  /** The last connected corpus built from these articles (connected-corpus-store.ts). */
  readonly connectedCorpus: ConnectedCorpusStore;
}
