/**
 * Streams the dossier as one JSON document, article by article, so exporting a large
 * corpus never holds it all in memory.
 */
import { once } from "node:events";
import type { Writable } from "node:stream";
import type { Store } from "../store/store.js";
import { toDossierArticle } from "./dossier-article.js";

export async function writeDossierJson(store: Store, out: Writable): Promise<void> {
  await write(out, '{\n"articles": [');
  let first = true;
  for await (const article of store.iterateArticles()) {
    await write(out, `${first ? "\n" : ",\n"}${JSON.stringify(toDossierArticle(article))}`);
    first = false;
  }
  // Corpus entities and stories are filled by the connect stage (a later issue).
  await write(out, '\n],\n"entities": [],\n"stories": []\n}\n');
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, "drain");
}
