/** The dossier's view of an article: the contract in docs/dossier.schema.json. */
import { serializeOffsetMap } from "../core/offset-map.js";
import type { AttributeStatement, Entity, EventFrame, Quote, TimeExpression } from "../annotate/annotation.js";
import type { Article, PublishedSource } from "../extract/article.js";
import type { StoredArticle } from "../store/store.js";

export interface DossierArticle extends Pick<Article, "id" | "source" | "url" | "title" | "outlet" | "authors" | "published" | "language" | "text" | "warnings"> {
  /** Where `published` was read and whether it was inferred; null when unknown. */
  publishedSource: PublishedSource | null;
  /** The last modification the page states, later than `published`; null when none (or stored before it was kept). */
  modified: string | null;
  modifiedSource: PublishedSource | null;
  /** Annotations: spans into `text`, entities referred to by their ids. */
  entities: Entity[];
  quotes: Quote[];
  times: TimeExpression[];
  events: EventFrame[];
  attributes: AttributeStatement[];
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
    publishedSource: article.publishedSource ?? null,
    modified: article.modified ?? null,
    modifiedSource: article.modifiedSource ?? null,
    language: article.language,
    text: article.text,
    entities: article.annotations.entities,
    quotes: article.annotations.quotes,
    times: article.annotations.times,
    events: article.annotations.events,
    attributes: article.annotations.attributes ?? [],
    warnings: article.warnings,
    provenance: {
      container: article.container,
      format: article.format,
      encoding: article.encoding,
      offsetMap: serializeOffsetMap(article.offsetMap),
    },
  };
}
