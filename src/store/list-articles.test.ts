import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeArticle } from "../../test/make-article.js";
import { openStore } from "./open-store.js";
import type { Store } from "./store.js";

// Dated articles (two on the same day), then undated ones, stored in an order that is neither.
const saved = [
  makeArticle("Le conseil municipal a voté le budget annuel après un long débat.", { published: "2024-05-02" }),
  makeArticle("Une page sans date, recopiée depuis un forum de discussion.", {}),
  makeArticle("La préfecture a levé l’alerte orange aux orages dans la soirée.", { published: "2024-06-10" }),
  makeArticle("Le tribunal a renvoyé l’affaire au mois de septembre prochain.", { published: "2024-05-02" }),
  makeArticle("Un autre texte sans date, extrait d’une lettre d’information.", {}),
  makeArticle("Les syndicats appellent à une nouvelle journée de grève jeudi.", { published: "2023-12-31" }),
  makeArticle("Encore une note sans date, tirée d’un communiqué.", {}),
];

let dir: string;
let store: Store;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "recoupe-list-articles-"));
  store = await openStore(join(dir, "list.db"));
  for (const { document, article } of saved) await store.saveArticle(document, article);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the article listing", () => {
  it("lists newest first, the same day latest stored first, undated last latest stored first, page by page across the boundary", async () => {
    const stored = saved.map(({ article }, seq) => ({ id: article.id, published: article.published, seq }));
    const expected = [
      ...stored.filter((entry) => entry.published !== null).sort((a, b) => b.published!.localeCompare(a.published!) || b.seq - a.seq),
      ...stored.filter((entry) => entry.published === null).sort((a, b) => b.seq - a.seq),
    ].map((entry) => entry.id);
    expect((await store.listArticles()).map((entry) => entry.id)).toEqual(expected);
    for (const limit of [1, 2, 3, 5]) {
      for (let offset = 0; offset <= expected.length; offset += 1) {
        expect((await store.listArticles({ limit, offset })).map((entry) => entry.id), `limit ${limit}, offset ${offset}`).toEqual(expected.slice(offset, offset + limit));
      }
    }
  });
});
