import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeArticle } from "../../../test/make-article.js";
import { SqliteStore } from "./sqlite-store.js";

const dir = mkdtempSync(join(tmpdir(), "recoupe-search-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Articles saying "barrage" once to four times, so their ranks differ, and some the same number of times, so ties show. */
const dams = Array.from({ length: 9 }, (_, index) =>
  makeArticle(`${"Le barrage de la vallée. ".repeat(1 + (index % 4))}Article numéro ${index} sur les travaux de la digue ${"et du canal ".repeat(index % 3)}.`),
);

describe("SqliteStore search, ranked once and paged", () => {
  it("gives the same hits page by page as in one page, ties in article order", async () => {
    const store = await SqliteStore.open(join(dir, "pages.db"));
    for (const { document, article } of dams) await store.saveArticle(document, article);
    const whole = await store.search("barrage", { limit: 9 });
    expect(whole).toHaveLength(9);
    const paged = [...(await store.search("barrage", { limit: 4 })), ...(await store.search("barrage", { limit: 4, offset: 4 })), ...(await store.search("barrage", { limit: 4, offset: 8 }))];
    expect(paged).toEqual(whole);
    const scores = whole.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    await store.close();
  });

  it("sees an article saved after the query was ranked, by this connection or another one", async () => {
    const path = join(dir, "fresh.db");
    const store = await SqliteStore.open(path);
    for (const { document, article } of dams.slice(0, 3)) await store.saveArticle(document, article);
    expect((await store.search("barrage")).map((hit) => hit.id)).not.toContain(dams[5]!.article.id);
    await store.saveArticle(dams[5]!.document, dams[5]!.article);
    expect((await store.search("barrage")).map((hit) => hit.id)).toContain(dams[5]!.article.id);

    const titled = makeArticle("Les riverains se sont réunis hier soir.", { title: "Barrage : la colère des riverains" });
    const other = await SqliteStore.open(path);
    await other.saveArticle(titled.document, titled.article);
    await other.close();
    const [first] = await store.search("barrage");
    expect(first!.id).toBe(titled.article.id);
    expect(first!.snippet).toContain("Les riverains");
    await store.close();
  });
});
