/** The CLI as a reader meets it: listing stories, JSON everywhere, and one clear line for a mistyped database, an empty one or a closed pipe. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, spawnCli } from "./run-cli.js";

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "recoupe-cli-desk-"));
  db = join(dir, "examples.db");
  expect((await runCli(["analyze", "examples/", "--db", db, "--no-progress"])).code).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("recoupe stories", () => {
  it("lists the stories largest first, the water accord's reports in one, in French and English", async () => {
    const { code, stdout } = await runCli(["stories", "--db", db, "--json"]);
    expect(code).toBe(0);
    const { stories } = JSON.parse(stdout) as { stories: Array<{ id: string; articles: number; languages: string[]; title: string }> };
    expect(stories[0]!.id).toMatch(/^s_[0-9a-f]+$/u);
    expect(stories[0]!.articles).toBeGreaterThanOrEqual(8);
    expect(stories[0]!.languages.sort()).toEqual(["en", "fr"]);
    expect(stories.map((story) => story.articles)).toEqual([...stories.map((story) => story.articles)].sort((a, b) => b - a));
    const text = await runCli(["stories", "--db", db]);
    expect(text.stdout).toContain(stories[0]!.id);
    expect(text.stdout).toMatch(/\d+ of \d+ stor(?:y|ies)\n$/u);
  }, 60_000);

  it("filters by outlet, and says so when nothing matches", async () => {
    const herald = JSON.parse((await runCli(["stories", "--db", db, "--json", "--outlet", "The Kostrana Herald"])).stdout) as { stories: unknown[] };
    expect(herald.stories).toHaveLength(1);
    const none = await runCli(["stories", "--db", db, "--outlet", "Nobody Times"]);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain("no story matches these filters");
  }, 60_000);
});

describe("reading commands", () => {
  it("refuse a database that does not exist, in one line, instead of creating an empty one", async () => {
    const missing = join(dir, "mistyped.db");
    for (const command of [["stories"], ["articles"], ["export", "--format", "json"], ["report"]]) {
      const { code, stdout, stderr } = await runCli([...command, "--db", missing]);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr.trim().split("\n")).toEqual([`recoupe: no database at ${missing}: check --db, or create it with \`recoupe analyze <inputs> --db ${missing}\`.`]);
    }
  }, 60_000);

  it("say a database holds nothing yet, and give the report's data as JSON", async () => {
    const empty = join(dir, "empty.db");
    await runCli(["analyze", "/dev/null", "--db", empty, "--no-progress"]);
    const report = await runCli(["report", "--db", empty]);
    expect(report.code).toBe(2);
    expect(report.stderr).toContain("no story to report: the database holds no article yet");
    const json = await runCli(["report", "--db", db, "--json"]);
    const briefings = JSON.parse(json.stdout) as Array<{ storyId: string; whatHappened: unknown[]; articles: Array<{ text?: string }> }>;
    expect(briefings.length).toBeGreaterThan(0);
    expect(briefings[0]!.whatHappened.length).toBeGreaterThan(0);
    expect(briefings[0]!.articles.every((article) => article.text === undefined)).toBe(true);
  }, 60_000);

  it("end quietly when the reader closes the pipe early (`recoupe export | head -1`)", async () => {
    const child = spawnCli(["export", "--format", "json", "--db", db]);
    const stderr: Buffer[] = [];
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(Buffer.concat(stderr).toString("utf8")).toBe("");
    expect(code).toBe(0);
  }, 60_000);
});
