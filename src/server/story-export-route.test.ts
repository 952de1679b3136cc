/** `GET /api/stories/:id/export`: the story page's downloads, each the same as the CLI writes. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { stringify } from "csv-stringify/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repositoryRoot } from "../../test/run-cli.js";
import { analyze } from "../analyze.js";
import type { AnnotatedArticle } from "../annotate/annotation.js";
import { EVENT_COLUMNS, eventRows } from "../deliver/events-csv.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { createApp } from "./create-app.js";

let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;
let storyId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "recoupe-export-"));
  store = await openStore(join(dir, "export.db"));
  await analyze(store, { inputs: [resolve(repositoryRoot, "examples")] });
  app = createApp(store, { uiRoot: null });
  const { stories } = (await (await app.request("/api/stories")).json()) as { stories: Array<{ id: string }> };
  storyId = stories[0]!.id;
}, 120_000);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a story's export", () => {
  it("downloads the report as Markdown, HTML and JSON, named after the story", async () => {
    const markdown = await app.request(`/api/stories/${storyId}/export?format=md`);
    expect(markdown.status).toBe(200);
    expect(markdown.headers.get("content-type")).toMatch(/^text\/markdown/u);
    expect(markdown.headers.get("content-disposition")).toBe(`attachment; filename="recoupe-${storyId}.md"`);
    expect(await markdown.text()).toMatch(/^# .+\n/u);
    const html = await (await app.request(`/api/stories/${storyId}/export?format=html`)).text();
    expect(html).toMatch(/^<!doctype html>/u);
    expect(html).toContain("@media print");
    const [report] = (await (await app.request(`/api/stories/${storyId}/export?format=json`)).json()) as Array<{ storyId: string; claims: unknown[] }>;
    expect(report!.storyId).toBe(storyId);
    expect(report!.claims.length).toBeGreaterThan(0);
  });

  it("downloads the story's events as CSV rows of its own articles only", async () => {
    const response = await app.request(`/api/stories/${storyId}/export?format=csv`);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="recoupe-${storyId}-events.csv"`);
    const lines = (await response.text()).trim().split("\n");
    expect(lines[0]).toBe(EVENT_COLUMNS.join(","));
    expect(lines.length).toBeGreaterThan(1);
    const story = (await (await app.request(`/api/stories/${storyId}`)).json()) as { articleIds: string[] };
    const articleColumn = EVENT_COLUMNS.indexOf("article_id");
    for (const line of lines.slice(1)) if (!line.startsWith('"')) expect(story.articleIds).toContain(line.split(",")[articleColumn]);
  });

  it("holds the event rows of each of the story's articles, read in chunks, in the story's order", async () => {
    const stored = new Map<string, AnnotatedArticle>();
    for await (const article of store.iterateArticles()) stored.set(article.id, article);
    const { articleIds } = (await (await app.request(`/api/stories/${storyId}`)).json()) as { articleIds: string[] };
    expect(articleIds.length).toBeGreaterThan(1);
    const expected = stringify([[...EVENT_COLUMNS], ...articleIds.flatMap((id) => eventRows(stored.get(id)!))]);
    expect(await (await app.request(`/api/stories/${storyId}/export?format=csv`)).text()).toBe(expected);
  });

  it("refuses an unknown format or story with a one-line error", async () => {
    const format = await app.request(`/api/stories/${storyId}/export?format=pdf`);
    expect(format.status).toBe(400);
    expect(((await format.json()) as { message: string }).message).toMatch(/format: one of md, html, json, csv/u);
    expect((await app.request("/api/stories/s_nope/export?format=md")).status).toBe(404);
  });
});
