/**
 * Streams the dossier as one JSON document, article by article, so exporting a large
 * corpus never holds its texts in memory; corpus entities and stories follow the articles.
 */
import { once } from "node:events";
import type { Writable } from "node:stream";
import { CorpusConnector, type ConnectedCorpus } from "../connect/connect-corpus.js";
import type { Store } from "../store/store.js";
import { toDossierArticle } from "./dossier-article.js";

/** `connected`: the corpus already connected (a stored build); connected while the articles stream out when absent. */
export async function writeDossierJson(store: Store, out: Writable, connected?: ConnectedCorpus): Promise<void> {
  await write(out, '{\n"articles": [');
  let first = true;
  // The connect stage keeps only each article's features and claims, so articles still stream out one by one.
  const connector = connected ? null : new CorpusConnector({ readOnce: true });
  for await (const article of store.iterateArticles()) {
    connector?.add(article);
    await write(out, `${first ? "\n" : ",\n"}${JSON.stringify(toDossierArticle(article))}`);
    first = false;
  }
  const { entities, stories } = connected ?? connector!.result();
  await write(out, `\n],\n"entities": ${JSON.stringify(entities)},\n"stories": ${JSON.stringify(stories)}\n}\n`);
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, "drain");
}
