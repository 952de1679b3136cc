/** `recoupe analyze` on a WARC file as a user runs it: what is stored, with which provenance, and the filters' errors. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repositoryRoot, runCli } from "./run-cli.js";

const warc = resolve(repositoryRoot, "test/fixtures/warc/crawl.warc.gz");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "recoupe-cli-warc-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface StoredRow {
  url: string;
  title: string;
  published: string | null;
  language: string;
  fetched: string;
}

function stored(db: string): StoredRow[] {
  const database = new Database(db, { readonly: true });
  try {
    const rows = database.prepare("SELECT a.url, a.title, a.published, a.language, d.metadata FROM articles a JOIN documents d ON d.id = a.document_id ORDER BY a.url").all() as Array<Omit<StoredRow, "fetched"> & { metadata: string }>;
    return rows.map(({ metadata, ...row }) => ({ ...row, fetched: (JSON.parse(metadata) as { fetched: string }).fetched }));
  } finally {
    database.close();
  }
}

describe("recoupe analyze <file.warc.gz>", () => {
  it("stores each page and feed item with its URL, capture date and title, and reports what the file held", async () => {
    const db = join(dir, "all.db");
    const run = await runCli(["analyze", warc, "--db", db, "--jobs", "2"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`✗ error: ${warc}: WARC record at offset 7871 skipped, corrupt gzip data (invalid distance too far back); reading resumed at offset 8505. [warc-record-broken]\n`);
    expect(run.stdout).toContain(
      `${warc}: 26 records read, 8 documents, 18 skipped (8 request, 2 metadata, 1 application/json, 1 HTTP 404, 1 HTTP 503, 1 image/jpeg, 1 redirect, 1 revisit, 1 text/css, 1 warcinfo), 1 broken\n`,
    );
    expect(run.stdout).toContain("8 new article(s), 0 already stored, 1 failed, 0 skipped");
    expect(stored(db)).toEqual([
      { url: "https://actu.gazette-des-alpes.fr/2024/03/06/chambery-la-bibliotheque-rouvre", title: "Chambéry : la bibliothèque Georges-Brassens rouvre après dix-huit mois de travaux", published: "2024-03-06T09:00", language: "fr", fetched: "2024-03-06T09:31:05Z" },
      { url: "https://news.valley-courier.com/local/2024/03/08/river-level-warning-lifted", title: "Flood warning lifted as river levels fall", published: "2024-03-08T06:55", language: "en", fetched: "2024-03-08T07:30:00Z" },
      { url: "https://www.harbour-times.co.uk/news/2024/03/05/ferry-operator-orders-two-hybrid-vessels", title: "Ferry operator orders two hybrid vessels for the island route", published: "2024-03-05T08:10", language: "en", fetched: "2024-03-05T09:15:00Z" },
      { url: "https://www.harbour-times.co.uk/news/2024/03/06/lifeboat-rescues-kayakers", title: "Lifeboat crew rescues two kayakers off the point", published: "2024-03-06T18:40", language: "en", fetched: "2024-03-07T18:00:00Z" },
      { url: "https://www.harbour-times.co.uk/news/2024/03/07/council-approves-sea-wall-repairs", title: "Council approves £12m sea wall repairs after winter storms", published: "2024-03-07T16:30", language: "en", fetched: "2024-03-07T17:02:00Z" },
      { url: "https://www.harbour-times.co.uk/news/2024/03/07/linkspan-vote-delayed", title: "Harbour board delays vote on linkspan extension", published: "2024-03-07T12:05", language: "en", fetched: "2024-03-07T18:00:00Z" },
      { url: "https://www.journal-du-rhone.fr/economie/2024/03/04/le-port-fluvial-de-valence-agrandi", title: "Le port fluvial de Valence va doubler sa capacité d’ici 2027", published: "2024-03-04T07:45", language: "fr", fetched: "2024-03-04T08:02:11Z" },
      { url: "https://www.journal-du-rhone.fr/societe/2024/03/05/greve-des-agents-de-la-navigation", title: "Écluses fermées : les agents de la navigation en grève jusqu’à jeudi", published: "2024-03-05T11:20", language: "fr", fetched: "2024-03-05T12:00:40Z" },
    ]);
  }, 120_000);

  it("keeps the hosts and capture dates asked for, and says in --json what was skipped for them", async () => {
    const db = join(dir, "filtered.db");
    const run = await runCli(["analyze", warc, "--filter-host", "journal-du-rhone.fr,valley-courier.com", "--from", "2024-03-05", "--to", "2024-03-08", "--db", db, "--jobs", "1", "--json"]);
    const summary = JSON.parse(run.stdout) as { stored: number; archives: Array<{ skipped: Record<string, number>; documents: number }> };
    expect(summary.stored).toBe(2);
    expect(summary.archives[0]).toMatchObject({ documents: 2, skipped: { "--filter-host": 6, "--from/--to": 2 } });
    expect(stored(db).map((row) => row.url)).toEqual(["https://news.valley-courier.com/local/2024/03/08/river-level-warning-lifted", "https://www.journal-du-rhone.fr/societe/2024/03/05/greve-des-agents-de-la-navigation"]);
  }, 120_000);

  it.each([
    [["--filter-host", "lemonde.fr/politique"], `error: option '--filter-host <hosts>' argument 'lemonde.fr/politique' is invalid. "lemonde.fr/politique" is not a host name; give one such as lemonde.fr (its subdomains match too).`],
    [["--from", "2024-02-30"], `error: option '--from <date>' argument '2024-02-30' is invalid. "2024-02-30" is not a date; give YYYY, YYYY-MM, YYYY-MM-DD or a date-time such as 2024-03-01T12:00:00Z.`],
    [["--from", "2024-03-08", "--to", "2024-03-01"], "--from is after --to: no record can match; swap them."],
  ])("refuses %j with a one-line reason and exit code 2", async (options, reason) => {
    const run = await runCli(["analyze", warc, ...options, "--db", join(dir, "refused.db")]);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toContain(reason);
  }, 60_000);
});
