/**
 * How every Store keeps the connected corpus (src/store/connected-corpus-store.ts), one suite run
 * against each backend, beside the Store contract: a build's stamp, its stories read whole, by id
 * and by article, a partial update, and an older build never replacing a newer one.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CorpusBuildWrite } from "../src/store/connected-corpus-store.js";
import type { Store } from "../src/store/store.js";
import { makeArticle } from "./make-article.js";
import type { StoreBackend } from "./store-contract.js";

const reports = ["Le port de Valméria a signé mardi un accord sur l’eau.", "Accord sur l’eau : la signature a eu lieu mardi au port.", "La grève des dockers s’est achevée jeudi soir."].map((text) => makeArticle(text));

/** A story payload as a reader would store it: its dossier with accents, quotes and nested arrays, and its articles' metadata. */
function story(id: string, articleIds: string[], title: string) {
  return { id, articleIds, body: { story: { id, title, articleIds, claims: [{ statement: "« accord signé »", supportedBy: articleIds.map((articleId) => ({ articleId, start: 0, end: 5 })) }] }, articles: articleIds.map((articleId) => ({ id: articleId })) } };
}

export function describeConnectedCorpusContract(name: string, backend: () => StoreBackend): void {
  describe(`${name}: the persisted connected corpus`, () => {
    let current: StoreBackend;
    let store: Store;
    const ids = reports.map((report) => report.article.id);

    beforeEach(async () => {
      current = backend();
      store = await current.fresh();
      for (const { document, article } of reports.slice(0, 2)) await store.saveArticle(document, article);
    });
    afterEach(async () => {
      await store.close();
      await current.cleanup();
    });

    const build = async (replaces: CorpusBuildWrite["replaces"], stories: ReturnType<typeof story>[], algorithmVersion = "1-test", basedOn?: number) => {
      const stamp = { ...(await store.connectedCorpus.articleStamp()), algorithmVersion };
      return store.connectedCorpus.writeCorpusBuild({ stamp, entities: [{ id: "c_port", name: "Valméria" }], stories: stories.map((entry, position) => ({ ...entry, position })), replaces, basedOn });
    };

    it("stamps the stored articles by count and last position, and lists those stored after a position", async () => {
      const before = await store.connectedCorpus.articleStamp();
      expect(before.articleCount).toBe(2);
      expect(await store.connectedCorpus.articleIdsAfter(0)).toEqual(ids.slice(0, 2));
      await store.saveArticle(reports[2]!.document, reports[2]!.article);
      const after = await store.connectedCorpus.articleStamp();
      expect(after.articleCount).toBe(3);
      expect(after.lastArticle).toBeGreaterThan(before.lastArticle);
      expect(await store.connectedCorpus.articleIdsAfter(before.lastArticle)).toEqual([ids[2]]);
    });

    it("has no build until one is written, then reads it whole, by story id and by article", async () => {
      expect(await store.connectedCorpus.readCorpusBuild()).toBeNull();
      expect(await store.connectedCorpus.readStoryRecords()).toEqual([]);
      const signing = story("s_signing", ids.slice(0, 2), "Accord signé à Valméria");
      expect(await build("all", [signing])).toBe(true);
      const header = await store.connectedCorpus.readCorpusBuild();
      expect(header).toMatchObject({ algorithmVersion: "1-test", ...(await store.connectedCorpus.articleStamp()) });
      expect(header!.builtAt).toMatch(/^\d{4}-\d{2}-\d{2}T/u);
      expect(await store.connectedCorpus.readCorpusEntities()).toEqual([{ id: "c_port", name: "Valméria" }]);
      expect(await store.connectedCorpus.readStoryRecords()).toEqual([{ id: "s_signing", position: 0, body: signing.body }]);
      expect((await store.connectedCorpus.readStoryRecords({ ids: ["s_signing", "s_none"] })).map((record) => record.id)).toEqual(["s_signing"]);
      expect((await store.connectedCorpus.readStoryRecords({ articleId: ids[1]! })).map((record) => record.id)).toEqual(["s_signing"]);
      expect(await store.connectedCorpus.readStoryRecords({ articleId: "a_unknown" })).toEqual([]);
    });

    it("replaces the whole build, or only the stories an update names", async () => {
      await build("all", [story("s_a", [ids[0]!], "A"), story("s_b", [ids[1]!], "B")]);
      const { lastArticle } = (await store.connectedCorpus.readCorpusBuild())!;
      await store.saveArticle(reports[2]!.document, reports[2]!.article);
      // An update applies to the build it was made from only: another update (or build) came first.
      expect(await build(["s_b"], [story("s_b", [ids[2]!], "B elsewhere")], "1-test", lastArticle - 1)).toBe(false);
      // An update: s_b gains the new article and s_a stays as it was.
      expect(await build(["s_b"], [story("s_b", [ids[1]!, ids[2]!], "B, two reports")], "1-test", lastArticle)).toBe(true);
      // Two readers updating at once: the second update, made from the same build, does not apply.
      expect(await build(["s_b"], [story("s_b", [ids[2]!], "B once more")], "1-test", lastArticle)).toBe(false);
      const records = await store.connectedCorpus.readStoryRecords();
      expect(records.map((record) => record.id)).toEqual(["s_a", "s_b"]);
      expect((await store.connectedCorpus.readStoryRecords({ articleId: ids[2]! }))[0]!.id).toBe("s_b");
      expect((await store.connectedCorpus.readCorpusBuild())!.articleCount).toBe(3);
      // A whole build drops every story it does not hold, and their article links.
      await build("all", [story("s_all", ids, "All")]);
      expect((await store.connectedCorpus.readStoryRecords()).map((record) => record.id)).toEqual(["s_all"]);
      expect((await store.connectedCorpus.readStoryRecords({ articleId: ids[0]! }))[0]!.id).toBe("s_all");
    });

    it("keeps a newer build when an older one arrives late, unless the older one is another algorithm's", async () => {
      const older = { ...(await store.connectedCorpus.articleStamp()), algorithmVersion: "1-test" };
      await store.saveArticle(reports[2]!.document, reports[2]!.article);
      await build("all", [story("s_new", ids, "Newer")]);
      const late = { stamp: older, entities: [], stories: [{ ...story("s_old", ids.slice(0, 2), "Older"), position: 0 }], replaces: "all" as const };
      expect(await store.connectedCorpus.writeCorpusBuild(late)).toBe(false);
      expect((await store.connectedCorpus.readStoryRecords()).map((record) => record.id)).toEqual(["s_new"]);
      expect(await store.connectedCorpus.writeCorpusBuild({ ...late, stamp: { ...older, algorithmVersion: "2-test" } })).toBe(true);
      expect((await store.connectedCorpus.readStoryRecords()).map((record) => record.id)).toEqual(["s_old"]);
    });

    it("keeps each article's connect state and vector under the code version that made them, replaces them, and drops other versions'", async () => {
      const [first, second] = ids as [string, string];
      // A state is opaque text here; one with accents, quotes and a line break reads back as written.
      const state = (words: string) => JSON.stringify({ words, runs: "Valméria\nPort « Est »" });
      await store.connectedCorpus.writeArticleStates("1-test", [{ articleId: first, state: state("old") }, { articleId: second, state: state("second"), vector: "T:port\u001eAAAA" }]);
      await store.connectedCorpus.writeArticleStates("2-test", [{ articleId: first, state: state("new") }]);
      expect(await store.connectedCorpus.readArticleStates([first, second, "a_unknown"], "2-test")).toEqual(new Map([[first, { state: state("new"), vector: null }]]));
      expect(await store.connectedCorpus.readArticleStates([first, second], "1-test")).toEqual(new Map([[second, { state: state("second"), vector: "T:port\u001eAAAA" }]]));
      await store.connectedCorpus.dropArticleStatesExcept("2-test");
      expect(await store.connectedCorpus.readArticleStates([first, second], "1-test")).toEqual(new Map());
      expect((await store.connectedCorpus.readArticleStates([first, second], "2-test")).size).toBe(1);
      // Written again with a vector, then without: the vector goes with the state it was made with.
      await store.connectedCorpus.writeArticleStates("2-test", [{ articleId: first, state: state("placed"), vector: "E:Valméria\u001eBBBB" }]);
      expect((await store.connectedCorpus.readArticleStates([first], "2-test")).get(first)).toEqual({ state: state("placed"), vector: "E:Valméria\u001eBBBB" });
      await store.connectedCorpus.writeArticleStates("2-test", [{ articleId: first, state: state("again") }]);
      expect((await store.connectedCorpus.readArticleStates([first], "2-test")).get(first)).toEqual({ state: state("again"), vector: null });
    });
  });
}
