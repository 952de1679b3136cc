/** The listing commands speak the reader's language with `--lang`, as `report` does: labels, counts, dates and event kinds in words. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

let dir: string;
let db: string;
const FRENCH_DATE = /\b\d{1,2} (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}\b/u;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "recoupe-cli-lang-"));
  db = join(dir, "examples.db");
  expect((await runCli(["analyze", "examples/", "--db", db, "--no-progress"])).code).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("--lang on the listing commands", () => {
  it("lists stories with French labels, counts and dates; --language filters by the articles' language", async () => {
    const french = await runCli(["stories", "--db", db, "--lang", "fr"]);
    expect({ code: french.code, stderr: french.stderr }).toMatchObject({ code: 0 });
    expect(french.stdout.split("\n")[0]).toMatch(/^id\s+articles\s+publication\s+médias\s+titre$/u);
    expect(french.stdout).toMatch(/\d+ sur \d+ sujets?/u);
    expect(french.stdout).toMatch(FRENCH_DATE);
    expect(french.stdout).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/u);
    const english = JSON.parse((await runCli(["stories", "--db", db, "--json", "--language", "en"])).stdout) as { stories: Array<{ languages: string[] }> };
    expect(english.stories.length).toBeGreaterThan(0);
    expect(english.stories.every((story) => story.languages.includes("en"))).toBe(true);
  }, 60_000);

  it("shows an article's events in words, not codes, and its fields in French", async () => {
    const { articles } = JSON.parse((await runCli(["articles", "--db", db, "--json", "--limit", "200"])).stdout) as { articles: Array<{ id: string }> };
    const shown = await Promise.all(articles.map(async (article) => (await runCli(["show", article.id, "--db", db, "--lang", "fr"])).stdout));
    const events = shown.flatMap((text) => text.split("\n").filter((line) => line.startsWith("fait :")));
    expect(events.length).toBeGreaterThan(0);
    for (const line of events) expect(line).not.toMatch(/\b[A-Z]{4,}\/|\(at \d+\)|undated|no place/u);
    expect(shown.join("\n")).toMatch(/^publié :\s+\S/mu);
  }, 120_000);

  it("counts in French for articles, search and status, and refuses a language it does not speak", async () => {
    expect((await runCli(["articles", "--db", db, "--lang", "fr"])).stdout).toMatch(/\d+ sur \d+ articles?\n$/u);
    expect((await runCli(["search", "accord", "--db", db, "--lang", "fr"])).stdout).toMatch(/\d+ résultats?\n$/u);
    expect((await runCli(["status", "--db", db, "--lang", "fr"])).stdout).toMatch(/^articles enregistrés : \d+$/mu);
    const refused = await runCli(["stories", "--db", db, "--lang", "de"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--lang.*de.*fr, en|de.*--lang/su);
  }, 60_000);
});
