/** End-to-end: the CLI on the project's examples/ and on bad inputs, as a user runs it. */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repositoryRoot, runCli } from "./run-cli.js";

interface AnalyzeJson {
  outcomes: Array<{ ok: boolean; source: string; id?: string; created?: boolean; title?: string | null; error?: { reason: string } }>;
  stored: number;
  alreadyStored: number;
  failed: number;
}

const examples = resolve(repositoryRoot, "examples");
let workDir: string;
let db: string;

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), "recoupe-cli-"));
  db = join(workDir, "test.db");
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe("recoupe analyze on examples/", () => {
  let first: AnalyzeJson;

  beforeAll(async () => {
    const run = await runCli(["analyze", examples, "--db", db, "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    first = JSON.parse(run.stdout) as AnalyzeJson;
  }, 60_000);

  it("stores every example article and fails none", () => {
    expect(first.failed).toBe(0);
    expect(first.stored).toBeGreaterThanOrEqual(8);
    expect(first.outcomes.every((outcome) => outcome.ok && outcome.title !== undefined)).toBe(true);
  });

  it("is idempotent: a second run stores nothing new", async () => {
    const run = await runCli(["analyze", examples, "--db", db, "--json"]);
    const second = JSON.parse(run.stdout) as AnalyzeJson;
    expect(run.code).toBe(0);
    expect(second.stored).toBe(0);
    expect(second.alreadyStored).toBe(first.stored + first.alreadyStored);
    const listed = JSON.parse((await runCli(["articles", "--db", db, "--json", "--limit", "1000"])).stdout) as { total: number };
    expect(listed.total).toBe(first.stored);
  });

  it("exports a dossier valid against docs/dossier.schema.json", async () => {
    const run = await runCli(["export", "--format", "json", "--db", db]);
    expect(run.code).toBe(0);
    const dossier = JSON.parse(run.stdout) as { articles: Array<{ id: string; text: string; provenance: { offsetMap: number[] } }> };
    const schema = JSON.parse(readFileSync(resolve(repositoryRoot, "docs/dossier.schema.json"), "utf8")) as object;
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(dossier), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(dossier.articles).toHaveLength(first.stored);
    // Time expressions are resolved against each article's publication date, with spans into its text.
    const hacheDeGuerre = (dossier.articles as unknown as Array<{ source: string; text: string; times: Array<{ start: number; end: number; text: string; value: string | null }> }>).find((a) => a.source.endsWith("hache-de-guerre.txt"))!;
    expect(hacheDeGuerre.times.map((time) => [time.text, time.value])).toEqual(expect.arrayContaining([["mardi", "2025-10-14"], ["Hier lundi", "2025-10-13"], ["juin dernier", "2025-06"]]));
    for (const time of hacheDeGuerre.times) expect(hacheDeGuerre.text.slice(time.start, time.end)).toBe(time.text);
    for (const article of dossier.articles) {
      expect(article.text.length).toBeGreaterThan(100);
      const map = article.provenance.offsetMap;
      // The pieces cover the text in order and never run past its end.
      for (let i = 0; i < map.length; i += 4) {
        expect(map[i]!).toBeLessThanOrEqual(map[i + 1]!);
        expect(map[i + 1]!).toBeLessThanOrEqual(article.text.length);
        if (i > 0) expect(map[i]!).toBeGreaterThanOrEqual(map[i - 3]!);
      }
    }
  });

  it("gathers the examples' reports of the water accord into one story, with claims and a timeline", async () => {
    const dossier = JSON.parse((await runCli(["export", "--format", "json", "--db", db])).stdout) as {
      articles: Array<{ id: string; language: string | null; title: string | null }>;
      stories: Array<{ id: string; articleIds: string[]; claims: Array<{ category?: string; supportedBy: unknown[] }>; timeline: Array<{ date: string }> }>;
    };
    const biggest = [...dossier.stories].sort((a, b) => b.articleIds.length - a.articleIds.length)[0]!;
    expect(biggest.articleIds.length).toBeGreaterThanOrEqual(5);
    expect(biggest.claims.some((claim) => claim.category === "AGREE" && claim.supportedBy.length >= 2)).toBe(true);
    expect(biggest.timeline.map((entry) => entry.date)).toContain("2025-10-14");
  });

  it("writes a cited report in Markdown and HTML, and events as CSV rows", async () => {
    const markdown = await runCli(["report", "--db", db]);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toMatch(/^# /u);
    // The examples are French stories: the report speaks French unless asked otherwise.
    expect(markdown.stdout).toContain("## Sources citées");
    expect(markdown.stdout).toMatch(/^Sujet s_[0-9a-f]+ : \d+ articles? de \d+ sources?\.$/mu);
    expect(markdown.stdout).not.toMatch(/^## (?:What happened|Claims|Sources cited)$/mu);
    const english = await runCli(["report", "--lang", "en", "--db", db]);
    expect(english.stdout).toContain("## Sources cited");
    expect(english.stdout).toMatch(/^## What happened$/mu);
    expect(english.stdout).not.toMatch(/^## (?:Ce qui s'est passé|Sources citées)$/mu);
    const html = await runCli(["report", "--format", "html", "--db", db]);
    expect(html.stdout).toMatch(/^<!doctype html>\n<html lang="fr">/u);
    expect(html.stdout).toContain("<h2>Ce qui s'est passé</h2>");
    const badLanguage = await runCli(["report", "--lang", "de", "--db", db]);
    expect(badLanguage.code).not.toBe(0);
    expect(badLanguage.stderr).toMatch(/--lang.*de.*fr, en|de.*--lang/su);
    const missing = await runCli(["report", "--story", "s999", "--db", db]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("no story s999");
    const csv = await runCli(["export", "--format", "csv", "--what", "events", "--db", db]);
    const [header, ...rows] = csv.stdout.trim().split("\n");
    expect(header).toBe("date,date_inferred,date_evidence,actor,actor_country,event_type,mode,target,target_country,place,source,article_id,evidence");
    expect(rows.some((row) => row.includes(",AGREE,sign-agreement,"))).toBe(true);
  });

  it("shows an article and maps its words back to the raw input", async () => {
    const id = first.outcomes.find((outcome) => outcome.ok)!.id!;
    const run = await runCli(["show", id, "--db", db, "--json", "--raw"]);
    expect(run.code).toBe(0);
    const article = JSON.parse(run.stdout) as { text: string; raw: string; offsetMap: number[] };
    const map = article.offsetMap;
    let checked = 0;
    for (let i = 0; i < map.length && checked < 20; i += 4) {
      const [textStart, textEnd, rawStart, rawEnd] = map.slice(i, i + 4) as [number, number, number, number];
      if (textEnd - textStart === rawEnd - rawStart && textEnd > textStart) {
        expect(article.raw.slice(rawStart, rawEnd)).toBe(article.text.slice(textStart, textEnd));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("finds articles with an accent-free, inflected query", async () => {
    const run = await runCli(["search", "negociation", "--db", db, "--json"]);
    expect(run.code).toBe(0);
    const hits = (JSON.parse(run.stdout) as { hits: Array<{ snippet: string }> }).hits;
    expect(hits.length).toBeGreaterThanOrEqual(3);
    expect(hits.some((hit) => hit.snippet.includes("«négociations»"))).toBe(true);
  });

  it("says clearly when an id does not exist", async () => {
    const run = await runCli(["show", "a_does_not_exist", "--db", db]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no article with id a_does_not_exist/);
  });
});

describe("recoupe analyze on bad inputs", () => {
  it("analyzes the good inputs of a mixed batch, reports each bad one, and exits 1", async () => {
    const dir = mkdtempSync(join(workDir, "mixed-"));
    writeFileSync(join(dir, "a-empty.txt"), "");
    writeFileSync(join(dir, "b-image.png"), Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"));
    writeFileSync(join(dir, "c-feed.xml"), "<rss><channel><item><title>Cut off");
    copyFileSync(firstExampleDump(), join(dir, "d-good.txt"));
    const mixedDb = join(workDir, "mixed.db");
    const run = await runCli(["analyze", dir, "--db", mixedDb, "--json"]);
    expect(run.code).toBe(1);
    const summary = JSON.parse(run.stdout) as AnalyzeJson;
    expect(summary.stored).toBe(1);
    expect(summary.failed).toBeGreaterThanOrEqual(3);
    const reasons = summary.outcomes.filter((outcome) => !outcome.ok).map((outcome) => outcome.error!.reason);
    expect(reasons.some((reason) => reason.includes("a-empty.txt"))).toBe(true);
    expect(reasons.some((reason) => reason.includes("b-image.png"))).toBe(true);
    expect(reasons.some((reason) => reason.includes("c-feed.xml"))).toBe(true);
  });

  it("exits 2 when nothing is readable, and keeps what was stored before", async () => {
    const dir = mkdtempSync(join(workDir, "bad-"));
    writeFileSync(join(dir, "empty.html"), "");
    const run = await runCli(["analyze", dir, "--db", db, "--json"]);
    expect(run.code).toBe(2);
    const listed = JSON.parse((await runCli(["articles", "--db", db, "--json"])).stdout) as { total: number };
    expect(listed.total).toBeGreaterThan(0);
  });

  it("exits 2 with a usage hint when given nothing, or a missing path", async () => {
    const none = await runCli(["analyze", "--db", db]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/nothing to analyze/);
    const missing = await runCli(["analyze", join(workDir, "no-such-file.html"), "--db", db, "--json"]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toMatch(/no such file or folder/);
  });

  it("reads an article from stdin", async () => {
    const run = await runCli(["analyze", "-", "--db", join(workDir, "stdin.db"), "--json"], { stdin: readFileSync(firstExampleDump()) });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as AnalyzeJson).stored).toBe(1);
  });
});

describe("recoupe --help", () => {
  it.each(["analyze", "articles", "show", "search", "export"])("documents %s and exits 0", async (command) => {
    const run = await runCli([command, "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--db/);
  });

  it("lists the exit codes", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Exit codes/);
  });
});

/** A text dump from examples/, used as the one good input among bad ones. */
function firstExampleDump(): string {
  const dumps = resolve(examples, "dumps");
  const first = readdirSync(dumps).filter((name) => name.endsWith(".txt")).sort()[0];
  if (!first) throw new Error(`no .txt dump in ${dumps}`);
  return resolve(dumps, first);
}
