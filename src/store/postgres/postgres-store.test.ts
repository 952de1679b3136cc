import { Kysely, Migrator, PostgresDialect } from "kysely";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { makeArticle } from "../../../test/make-article.js";
import { describeConnectedCorpusContract } from "../../../test/connected-corpus-contract.js";
import { describeStoreContract } from "../../../test/store-contract.js";
import { annotateArticle } from "../../annotate/annotate-article.js";
import { openStore } from "../open-store.js";
import { postgresMigrations } from "./migrations.js";
import { PostgresStore } from "./postgres-store.js";

/** A throwaway PostgreSQL database (CI starts one); without it these tests are skipped with a notice. */
const url = process.env.RECOUPE_TEST_DATABASE_URL;

async function onDatabase<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function postgresBackend() {
  return {
    fresh: async () => {
      // Each test starts from an empty schema, so the store migrates it from nothing.
      await onDatabase((client) => client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public"));
      return openStore(url!);
    },
    reopen: () => openStore(url!),
    countDocuments: () => onDatabase(async (client) => Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM documents")).rows[0]!.n)),
    cleanup: () => Promise.resolve(),
  };
}

if (url) {
  describeStoreContract("PostgresStore", postgresBackend);
  describeConnectedCorpusContract("PostgresStore", postgresBackend);

  describe("PostgresStore specifics", () => {
    it("finds articles by entity through the jsonb GIN index", async () => {
      const store = await postgresBackend().fresh();
      const { article, document } = makeArticle("La ministre Ingrid Solberg est arrivée mardi à Oslo.", { published: "2025-03-12" });
      await store.saveArticle(document, annotateArticle({ ...article, language: "fr" }));
      await store.close();
      const rows = await onDatabase((client) => client.query<{ id: string }>(`SELECT id FROM articles WHERE annotations -> 'entities' @> '[{"name": "Ingrid Solberg", "type": "PER"}]'`));
      expect(rows.rows.map((row) => row.id)).toEqual([article.id]);
    });

    it("migrates a database stored before the modification date was kept: its articles read back with none", async () => {
      await onDatabase((client) => client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public"));
      const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }) });
      const { error } = await new Migrator({ db, provider: postgresMigrations }).migrateTo("0004-published-source");
      await db.destroy();
      expect(error).toBeUndefined();
      await onDatabase((client) =>
        client.query(`INSERT INTO documents VALUES ('d_1', 'old.txt', 'text', 'text', 'utf-8', 9, 'Il pleut.', '{}', '[]', '2024-01-01T00:00:00Z');
          INSERT INTO articles (id, document_id, content_hash, source, container, format, encoding, authors, published, text, offset_map, warnings, ingested_at, search)
          VALUES ('a_1', 'd_1', 'h1', 'old.txt', 'text', 'text', 'utf-8', '[]', '2024-01-01', 'Il pleut.', '[0,9,0,9]', '[]', '2024-01-01T00:00:00Z', ''::tsvector)`),
      );
      const store = await openStore(url!);
      expect(await store.getArticle("a_1")).toMatchObject({ published: "2024-01-01", modified: null, modifiedSource: null });
      await store.close();
    });

    it("ranks a query matching most articles among its newest matches, as SQLite does, and a narrow one whole", async () => {
      const store = await postgresBackend().fresh();
      // Thirty articles on a dam, the older ones saying "barrage" more often; two of them also name a mayor.
      const reports = Array.from({ length: 30 }, (_, index) =>
        makeArticle(`${"Le barrage de la vallée déborde. ".repeat(index < 15 ? 4 : 1)}Les riverains du canal ${index % 13 === 0 ? "et le maire Tessier " : ""}attendent le rapport numéro ${index}.`),
      );
      for (const { document, article } of reports) await store.saveArticle(document, article);
      await store.close();
      const windowed = await PostgresStore.open(url!, { rankLimits: { broadMatches: 10, window: 6 } });
      const full = await PostgresStore.open(url!, { rankLimits: { broadMatches: Number.MAX_SAFE_INTEGER, window: 1 } });
      const newest = new Set(reports.slice(-6).map(({ article }) => article.id));
      const all = await full.search("barrage", { limit: 30 });
      // Whole, an older article (four mentions) comes first; windowed, the best of the newest six.
      expect(newest.has(all[0]!.id)).toBe(false);
      const hits = await windowed.search("barrage", { limit: 4 });
      expect(hits.map((hit) => hit.id)).toEqual(all.filter((hit) => newest.has(hit.id)).slice(0, 4).map((hit) => hit.id));
      // A page deeper than the window widens it; a narrow query is ranked whole.
      expect(await windowed.search("barrage", { limit: 8 })).toHaveLength(8);
      expect(await windowed.search("Tessier")).toEqual(await full.search("Tessier"));
      await windowed.close();
      await full.close();
    });

    it("records its migrations once, and searches through a GIN-indexed tsvector", async () => {
      const store = await postgresBackend().fresh();
      await store.close();
      await (await openStore(url)).close();
      const [migrations, indexes] = await onDatabase((client) =>
        Promise.all([client.query<{ n: string }>("SELECT count(*) AS n FROM kysely_migration"), client.query<{ indexdef: string }>("SELECT indexdef FROM pg_indexes WHERE indexname = 'articles_search'")]),
      );
      expect(Number(migrations.rows[0]!.n)).toBe(Object.keys(await postgresMigrations.getMigrations()).length);
      expect(indexes.rows[0]!.indexdef).toMatch(/USING gin \(search\)/u);
    });
  });
} else {
  describe("PostgresStore", () => {
    it.skip("needs RECOUPE_TEST_DATABASE_URL (a throwaway database; .ci/run starts one)", () => {});
  });
}
