/**
 * An article as the store writes it: its rows (JSON fields as text, the document's id hashed)
 * and its search terms (stemmed, folded, capped as indexed-terms.ts says). Everything a save
 * needs but the database connection, so it is made where the article is annotated, a worker
 * thread in a batch, and the thread that holds the connection only writes: stemming, hashing and
 * serialising were half its work, and a record of strings crosses between threads for a fraction
 * of what the annotated article's object graph costs to copy.
 */
import type { AnnotatedArticle } from "../annotate/annotation.js";
import { terms } from "../core/terms.js";
import type { Article } from "../extract/article.js";
import type { RawDocument } from "../ingest/raw-document.js";
import { articleRow, documentRow, type ArticleRow, type DocumentRow } from "./article-row.js";
import { indexedTerms } from "./indexed-terms.js";

export interface ArticleRecord {
  document: DocumentRow;
  article: ArticleRow;
  /** The title's and body's indexed terms, joined by spaces: the same text for every backend, so both find the same articles. */
  searchTerms: { title: string; body: string };
}

export function articleRecord(document: RawDocument, article: Article | AnnotatedArticle): ArticleRecord {
  const documentValues = documentRow(document);
  const indexed = indexedTerms(terms(article.title ?? "", article.language), terms(article.text, article.language));
  return {
    document: documentValues,
    article: articleRow(article, documentValues.id),
    searchTerms: { title: indexed.title.join(" "), body: indexed.body.join(" ") },
  };
}
