import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { makeArticle } from "../../../test/make-article.js";
import { parseSearchQuery } from "../search-query.js";
import { toFtsMatch } from "./fts-match.js";
import { prepareFtsRanker } from "./fts-rank.js";
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

describe("FTS ranking of a query that matches most articles", () => {
  /** Thirty articles on a dam, the older ones saying "barrage" more often; two of them also name a mayor. */
  const reports = Array.from({ length: 30 }, (_, index) =>
    makeArticle(`${"Le barrage de la vallée déborde. ".repeat(index < 15 ? 4 : 1)}Les riverains du canal ${index % 13 === 0 ? "et le maire Tessier " : ""}attendent le rapport numéro ${index}.`),
  );
  const limits = { broadMatches: 10, window: 6 };
  const whole = { broadMatches: Number.MAX_SAFE_INTEGER, window: 1 };

  async function rankers() {
    const path = join(dir, "broad.db");
    const store = await SqliteStore.open(path);
    for (const { document, article } of reports) await store.saveArticle(document, article);
    await store.close();
    const connection = new Database(path, { readonly: true });
    return { connection, windowed: prepareFtsRanker(connection, limits), full: prepareFtsRanker(connection, whole) };
  }

  it("ranks a broad query in its newest matches, by bm25, and a narrow one whole", async () => {
    const { connection, windowed, full } = await rankers();
    const broad = toFtsMatch(parseSearchQuery("barrage"));
    const allSeqs = full.rank(broad, 100).map((hit) => hit.seq);
    expect(allSeqs).toHaveLength(30);
    const newest = [...allSeqs].sort((a, b) => b - a).slice(0, limits.window);
    // Whole, the older articles (four mentions) come first; the window holds only newer ones.
    expect(newest).not.toContain(full.rank(broad, 1)[0]!.seq);
    const hits = windowed.rank(broad, 4);
    expect(hits).toHaveLength(4);
    expect(hits.map((hit) => hit.seq)).toEqual(full.rank(broad, 100).filter((hit) => newest.includes(hit.seq)).slice(0, 4).map((hit) => hit.seq));
    // A ranking deeper than the window widens it.
    expect(windowed.rank(broad, 8)).toHaveLength(8);

    const narrow = toFtsMatch(parseSearchQuery("barrage Tessier"));
    expect(windowed.rank(narrow, 20)).toEqual(full.rank(narrow, 20));
    expect(windowed.rank(narrow, 20).length).toBeGreaterThan(1);
    connection.close();
  });
});
