/**
 * The behaviour every Store must have, as one test suite run against each backend (SQLite
 * always; PostgreSQL when a test database is given). A backend supplies how to open a fresh
 * store, reopen it, and count its document rows directly.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { message } from "../src/core/message.js";
import type { Store } from "../src/store/store.js";
import { makeArticle } from "./make-article.js";

export interface StoreBackend {
  /** A new, empty store. */
  fresh(): Promise<Store>;
  /** The same store opened again (after close). */
  reopen(): Promise<Store>;
  /** Document rows, counted outside the store. */
  countDocuments(): Promise<number>;
  cleanup(): Promise<void>;
}

const defence = makeArticle("Le ministre de la Défense a signé mardi un accord de coopération militaire avec son homologue.", {
  title: "Accord de défense signé",
  outlet: "Le Journal du Port",
  authors: ["Anne Morel", "AFP"],
  published: "2025-03-12T16:20",
  publishedSource: { kind: "dateline", inferred: false, evidence: "Publié le 12/03/2025 à 16h20" },
  modified: "2025-03-13T08:05",
  modifiedSource: { kind: "metadata", inferred: false, evidence: "article:modified_time 2025-03-13T08:05:00+01:00" },
  warnings: [message("extract", "encoding-guessed", "guessed windows-1252")],
});
const defences = makeArticle("Les défenses antiaériennes et les coopérations militaires ont été renforcées, selon l’état-major.", { published: "2025-03-10" });
const signing = makeArticle("Le traité sera signé la semaine prochaine ; les ministres signeront aussi une déclaration commune.", { published: "2025-03-11" });
const english = makeArticle("The defense ministers signed a military cooperation agreement on Tuesday.", { language: "en", published: "2025-03-09" });

/** An article of 200,000 distinct made-up words (or hyphenated pairs of them), after a first sentence. */
function hugeTermsArticle(hyphenated: boolean) {
  const word = (index: number) => `zq${index.toString(36)}k`;
  const words = Array.from({ length: 200_000 }, (_, index) => (hyphenated ? `${word(index)}-${word(index + 300_000)}` : word(index)));
  return makeArticle(`Gigantesque liste de mots. ${words.join(" ")}.`, { language: null, title: hyphenated ? "Paires" : "Mots" });
}

export function describeStoreContract(name: string, backend: () => StoreBackend): void {
  describe(`${name}: the Store contract`, () => {
    let current: StoreBackend;
    let store: Store;

    beforeEach(async () => {
      current = backend();
      store = await current.fresh();
      for (const { document, article } of [defence, defences, signing, english]) await store.saveArticle(document, article);
    });
    afterEach(async () => {
      await store.close();
      await current.cleanup();
    });

    it("round-trips every field of an article, with its raw input and offset map", async () => {
      const stored = await store.getArticle(defence.article.id);
      expect(stored).toMatchObject({ ...defence.article, raw: defence.document.raw });
      expect(stored!.ingestedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    });

    it("reads articles by id in one call, an id not stored left out", async () => {
      const ids = [defence.article.id, "a_not_stored", defences.article.id];
      const read = await store.getArticles(ids);
      expect(read.map((article) => article.id)).toEqual([defence.article.id, defences.article.id]);
      expect(read.find((article) => article.id === defence.article.id)).toEqual(await store.getArticle(defence.article.id));
      expect(await store.getArticles([])).toEqual([]);
    });

    it("reads an article saved without a date source or a modification back with none", async () => {
      expect((await store.getArticle(defences.article.id))!).toMatchObject({ publishedSource: null, modified: null, modifiedSource: null });
    });

    it("stores annotations with the article, and empty ones for an unannotated article", async () => {
      const annotated = makeArticle("Il est arrivé mardi soir.", { published: "2025-10-15" });
      const annotations = { sentences: [{ start: 0, end: 25 }], times: [{ start: 14, end: 24, text: "mardi soir", type: "TIME" as const, value: "2025-10-14TEV", granularity: "part-of-day" as const, anchored: true }], entities: [], quotes: [], events: [], attributes: [] };
      await store.saveArticle(annotated.document, { ...annotated.article, annotations });
      expect((await store.getArticle(annotated.article.id))!.annotations).toEqual(annotations);
      expect((await store.getArticle(defence.article.id))!.annotations).toEqual({ sentences: [], times: [], entities: [], quotes: [], events: [], attributes: [] });
    });

    it("is idempotent on the content hash, also when saves race", async () => {
      expect(await store.saveArticle(defence.document, defence.article)).toEqual({ id: defence.article.id, created: false });
      const racing = makeArticle("Deux travailleurs enregistrent le même article au même moment.");
      const results = await Promise.all([1, 2, 3].map(() => store.saveArticle(racing.document, racing.article)));
      expect(results.filter((result) => result.created)).toHaveLength(1);
      expect(await store.countArticles()).toBe(5);
    });

    it("lists newest first, with warning counts", async () => {
      const list = await store.listArticles();
      expect(list.map((entry) => entry.published)).toEqual(["2025-03-12T16:20", "2025-03-11", "2025-03-10", "2025-03-09"]);
      expect(list[0]).toMatchObject({ title: "Accord de défense signé", warningCount: 1 });
      expect(await store.listArticles({ limit: 1, offset: 1 })).toHaveLength(1);
    });

    it("streams every article in ingestion order", async () => {
      const ids: string[] = [];
      for await (const article of store.iterateArticles()) ids.push(article.id);
      expect(ids).toEqual([defence, defences, signing, english].map((entry) => entry.article.id));
    });

    it("finds words whatever their accents and inflections", async () => {
      const ids = async (query: string) => (await store.search(query)).map((hit) => hit.id).sort();
      expect(await ids("defense")).toEqual([defence, defences, english].map((entry) => entry.article.id).sort());
      expect(await ids("cooperation militaire")).toEqual([defence, defences].map((entry) => entry.article.id).sort());
      expect(await ids("military cooperation")).toEqual([english.article.id]);
      expect(await ids("signer")).toEqual([defence, signing, english].map((entry) => entry.article.id).sort());
    });

    it("supports phrases and exclusions", async () => {
      expect((await store.search('"accord de coopération"')).map((hit) => hit.id)).toEqual([defence.article.id]);
      expect((await store.search("défense -antiaériennes")).map((hit) => hit.id).sort()).toEqual([defence, english].map((entry) => entry.article.id).sort());
    });

    it("ranks title matches first and highlights matches in the original text", async () => {
      const [first] = await store.search("défense");
      expect(first!.id).toBe(defence.article.id);
      expect(first!.snippet).toContain("«Défense»");
    });

    it("never lets query text reach the search engine as syntax", async () => {
      for (const query of ['"AND OR NEAR( * :', "NOT", "-", '"', "title:défense", "a*b", "(((", "défense OR", "a & b | !c <-> d", "l'état"]) {
        await expect(store.search(query)).resolves.toBeInstanceOf(Array);
      }
      expect(await store.search("introuvable")).toEqual([]);
    });

    it("leaves the store as it was when a save fails midway", async () => {
      const broken = makeArticle("Un article dont l’enregistrement échouera au milieu de la transaction.");
      const before = await store.countArticles();
      // A non-serialisable offset map makes the article insert throw after the document row was written.
      const offsetMap = { pieces: [{ textStart: 0, textEnd: 1, rawStart: 0, rawEnd: BigInt(1) as unknown as number }] };
      await expect(store.saveArticle(broken.document, { ...broken.article, offsetMap })).rejects.toThrow();
      expect(await store.countArticles()).toBe(before);
      expect(await current.countDocuments()).toBe(before);
    });

    it("accepts an article whose terms pass what one PostgreSQL tsvector holds, and searches its beginning", async () => {
      // 1.9 MB of distinct words and hyphenated pairs: PostgreSQL once refused it ("string is too long for tsvector").
      for (const huge of [hugeTermsArticle(false), hugeTermsArticle(true)]) {
        expect(await store.saveArticle(huge.document, huge.article)).toEqual({ id: huge.article.id, created: true });
        expect((await store.getArticle(huge.article.id))!.text).toBe(huge.article.text);
      }
      const both = [hugeTermsArticle(false).article.id, hugeTermsArticle(true).article.id].sort();
      expect((await store.search("Gigantesque")).map((hit) => hit.id).sort()).toEqual(both);
      // Indexed up to the same cap on every backend (src/store/indexed-terms.ts): an early word is found, the last one on none.
      expect((await store.search("zq5k")).map((hit) => hit.id).sort()).toEqual(both);
      expect(await store.search(`zq${(199_999).toString(36)}k`)).toEqual([]);
    }, 120_000);

    it("persists across close and reopen, with migrations applied once", async () => {
      await store.close();
      store = await current.reopen();
      expect(await store.countArticles()).toBe(4);
    });
  });
}
