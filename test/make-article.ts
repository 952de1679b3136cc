/** Builds a valid Article and its RawDocument from a text, for store and delivery tests. */
import { TextBuilder } from "../src/core/offset-map.js";
import type { Article } from "../src/extract/article.js";
import { hashArticleText } from "../src/extract/extract-article.js";
import type { RawDocument } from "../src/ingest/raw-document.js";

export function makeArticle(text: string, fields: Partial<Article> = {}): { document: RawDocument; article: Article } {
  const raw = `HEADER\n${text}\nFOOTER`;
  const builder = new TextBuilder();
  builder.appendCopy(text, raw.indexOf(text));
  const { offsetMap } = builder.build();
  const contentHash = hashArticleText(text);
  const source = fields.source ?? `${contentHash.slice(0, 8)}.txt`;
  return {
    document: { source, container: "text", format: "text", raw, encoding: "utf-8", byteLength: raw.length, metadata: {}, messages: [] },
    article: {
      id: `a_${contentHash.slice(0, 16)}`,
      contentHash,
      source,
      url: null,
      container: "text",
      format: "text",
      encoding: "utf-8",
      title: null,
      outlet: null,
      authors: [],
      published: null,
      language: "fr",
      text,
      offsetMap,
      warnings: [],
      ...fields,
    },
  };
}
