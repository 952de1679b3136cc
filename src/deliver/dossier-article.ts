/** The dossier's view of an article: the contract in docs/dossier.schema.json. */
import { serializeOffsetMap } from "../core/offset-map.js";
import type { Quote, TimeExpression } from "../annotate/annotation.js";
import type { Article } from "../extract/article.js";
import type { StoredArticle } from "../store/store.js";

export interface DossierArticle extends Pick<Article, "id" | "source" | "url" | "title" | "outlet" | "authors" | "published" | "language" | "text" | "warnings"> {
  /** Annotation spans; entities and events are filled by stages still to come. */
  entities: unknown[];
  quotes: Quote[];
  times: TimeExpression[];
  events: unknown[];
  provenance: {
    container: string;
    format: string;
    encoding: string;
    /** Flat quadruples [textStart, textEnd, rawStart, rawEnd, …] into the decoded raw input. */
    offsetMap: number[];
  };
}

export function toDossierArticle(article: StoredArticle): DossierArticle {
  return {
    id: article.id,
    source: article.source,
    url: article.url,
    title: article.title,
    outlet: article.outlet,
    authors: article.authors,
    published: article.published,
    language: article.language,
    text: article.text,
    entities: [],
    quotes: article.annotations.quotes,
    times: article.annotations.times,
    events: [],
    warnings: article.warnings,
    provenance: {
      container: article.container,
      format: article.format,
      encoding: article.encoding,
      offsetMap: serializeOffsetMap(article.offsetMap),
    },
  };
}
