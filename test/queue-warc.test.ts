/** A WARC archive through the PostgreSQL queue: queued whole (with the records to keep), read by a worker record by record, each page a document. */
import { resolve } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "./postgres-query.js";
import { repositoryRoot, runCli } from "./run-cli.js";

/** A throwaway PostgreSQL server (CI starts one); without it this test is skipped with a notice. */
const serverUrl = process.env.RECOUPE_TEST_DATABASE_URL;
/** A database of its own: other test files empty the shared one while they run. */
const DATABASE = "recoupe_test_queue_warc";
const url = serverUrl ? Object.assign(new URL(serverUrl), { pathname: `/${DATABASE}` }).toString() : undefined;
const warc = resolve(repositoryRoot, "test/fixtures/warc/crawl.warc.gz");
const sql = <T extends pg.QueryResultRow>(text: string, on = url) => queryRows<T>(on!, text);

describe.skipIf(!url)("recoupe ingest --queue <file.warc.gz> and a worker", () => {
  beforeAll(async () => {
    await sql(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`, serverUrl);
    await sql(`CREATE DATABASE ${DATABASE}`, serverUrl);
  });
  afterAll(() => sql(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`, serverUrl));

  it("stores each page and feed item of the archive with its URL and capture date, and reports the broken record", async () => {
    const queued = await runCli(["ingest", "--queue", warc, "--db", url!, "--json"]);
    expect(queued.code, queued.stderr).toBe(0);
    expect(JSON.parse(queued.stdout)).toMatchObject({ queued: 1 });
    const worked = await runCli(["worker", "--poll", "1", "--exit-when-idle", "--db", url!]);
    expect(worked.code, worked.stderr).toBe(0);
    expect(worked.stderr).toContain(`failed ${warc}@7871: ${warc}: WARC record at offset 7871 skipped, corrupt gzip data`);
    const rows = await sql<{ url: string; source: string; metadata: string }>("SELECT a.url, a.source, d.metadata FROM articles a JOIN documents d ON d.id = a.document_id ORDER BY a.url");
    expect(rows).toHaveLength(8);
    expect(rows.every((row) => row.source.startsWith(`${warc}@`))).toBe(true);
    expect(rows[0]).toMatchObject({ url: "https://actu.gazette-des-alpes.fr/2024/03/06/chambery-la-bibliotheque-rouvre" });
    expect((JSON.parse(rows[0]!.metadata) as { fetched: string }).fetched).toBe("2024-03-06T09:31:05Z");
  }, 120_000);

  it("selects the records ingest --queue --filter-host --from --to asks for, in the worker, as analyze does", async () => {
    await sql("TRUNCATE documents, articles CASCADE");
    const queued = await runCli(["ingest", "--queue", warc, "--filter-host", "journal-du-rhone.fr,valley-courier.com", "--from", "2024-03-05", "--to", "2024-03-08", "--db", url!, "--json"]);
    expect(queued.code, queued.stderr).toBe(0);
    const worked = await runCli(["worker", "--poll", "1", "--exit-when-idle", "--db", url!]);
    expect(worked.code, worked.stderr).toBe(0);
    expect(worked.stderr).toMatch(/: 26 records read, 2 documents, 23 skipped \(8 request, 6 --filter-host, 2 --from\/--to, 2 metadata, .*\), 1 broken\n/u);
    const rows = await sql<{ url: string }>("SELECT url FROM articles ORDER BY url");
    expect(rows.map((row) => row.url)).toEqual(["https://news.valley-courier.com/local/2024/03/08/river-level-warning-lifted", "https://www.journal-du-rhone.fr/societe/2024/03/05/greve-des-agents-de-la-navigation"]);
  }, 120_000);

  it("refuses bounds that leave no record to match before queuing anything", async () => {
    const run = await runCli(["ingest", "--queue", warc, "--from", "2024-03-08", "--to", "2024-03-01", "--db", url!]);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toContain("--from is after --to: no record can match; swap them.");
  }, 60_000);
});
