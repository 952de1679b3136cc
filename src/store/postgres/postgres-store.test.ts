import pg from "pg";
import { describe, expect, it } from "vitest";
import { makeArticle } from "../../../test/make-article.js";
import { describeConnectedCorpusContract } from "../../../test/connected-corpus-contract.js";
import { describeStoreContract } from "../../../test/store-contract.js";
import { annotateArticle } from "../../annotate/annotate-article.js";
import { openStore } from "../open-store.js";
import { postgresMigrations } from "./migrations.js";

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
