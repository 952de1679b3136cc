import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repositoryRoot } from "../../test/run-cli.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { InProcessBuilder } from "./corpus-builder.js";
import { CorpusCache } from "./corpus-cache.js";
import { createApp } from "./create-app.js";
import { startServer } from "./serve.js";

let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;

const example = (path: string) => readFileSync(resolve(repositoryRoot, "examples", path));

function upload(files: Array<[string, Uint8Array]>) {
  const form = new FormData();
  for (const [name, bytes] of files) form.append("file", new File([Buffer.from(bytes)], name));
  return app.request("/api/ingest", { method: "POST", body: form });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "recoupe-server-"));
  store = await openStore(join(dir, "server.db"));
  app = createApp(store, { maxUploadBytes: 200_000 });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the HTTP API", () => {
  it("analyzes uploaded files, with one result per file and a clear error for a bad or oversized one", async () => {
    const response = await upload([
      ["hache-de-guerre.txt", example("dumps/valmeria-matin-hache-de-guerre.txt")],
      ["aggregateur.txt", example("dumps/aggregateur-courrier-de-kostrana.txt")],
      ["image.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
      ["huge.txt", new Uint8Array(300_000).fill(65)],
    ]);
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as { results: Array<{ file: string; ok: boolean; error?: string }> };
    expect(results.filter((result) => result.ok).map((result) => result.file)).toEqual(["hache-de-guerre.txt", "aggregateur.txt"]);
    expect(results.find((result) => result.file === "image.png")!.error).toMatch(/binary|image|PNG/iu);
    expect(results.find((result) => result.file === "huge.txt")!.error).toMatch(/over the 200000-byte limit/u);
  });

  it("says so when an upload has the text of a stored article, which is stored once", async () => {
    const text = example("dumps/valmeria-matin-hache-de-guerre.txt");
    const { results } = (await (await upload([["copie-ailleurs.txt", text]])).json()) as { results: Array<{ ok: boolean; id: string; created: boolean; note?: string }> };
    expect(results).toEqual([expect.objectContaining({ ok: true, created: false })]);
    expect(results[0]!.note).toBe(`copie-ailleurs.txt: same text as ${results[0]!.id}, already stored; stored once, this copy's source and metadata are not kept.`);
  });

  it("lists articles and serves one with its annotations, or a 404 in JSON", async () => {
    const list = (await (await app.request("/api/articles?limit=10")).json()) as { total: number; articles: Array<{ id: string }> };
    expect(list.total).toBe(2);
    const article = (await (await app.request(`/api/articles/${list.articles[0]!.id}`)).json()) as { text: string; entities: unknown[]; times: unknown[] };
    expect(article.text.length).toBeGreaterThan(100);
    expect(article.entities.length).toBeGreaterThan(0);
    const missing = await app.request("/api/articles/a_nope");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: "not-found" });
    expect((await app.request("/api/articles?limit=0")).status).toBe(400);
  });

  it("searches, and says what is missing from a query", async () => {
    const hits = (await (await app.request("/api/search?q=accord")).json()) as { hits: Array<{ snippet: string }> };
    expect(hits.hits.length).toBeGreaterThan(0);
    expect((await app.request("/api/search")).status).toBe(400);
  });

  it("serves stories with claims and timeline, and entities with their mentions", async () => {
    const { stories } = (await (await app.request("/api/stories")).json()) as { stories: Array<{ id: string; articles: number }> };
    const biggest = stories.sort((a, b) => b.articles - a.articles)[0]!;
    const story = (await (await app.request(`/api/stories/${biggest.id}`)).json()) as { claims: unknown[]; timeline: unknown[] };
    expect(story.claims.length).toBeGreaterThan(0);
    expect(((await (await app.request(`/api/stories/${biggest.id}/timeline`)).json()) as { timeline: unknown[] }).timeline).toEqual(story.timeline);
    const { entities } = (await (await app.request("/api/entities?limit=5")).json()) as { entities: Array<{ id: string; name: string }> };
    const entity = (await (await app.request(`/api/entities/${entities[0]!.id}`)).json()) as { name: string; mentions: Array<{ articleId: string; text: string }> };
    expect(entity.mentions.length).toBeGreaterThan(0);
    expect((await app.request("/api/stories/s999")).status).toBe(404);
  });

  it("filters the story list by entity, outlet, language, dates, words and article, and rejects a malformed date", async () => {
    type Listing = { stories: Array<{ id: string; articles: number; outlets: string[]; entities: Array<{ name: string }>; published: { first: string; last: string } | null }>; facets: { outlets: string[]; languages: string[] } };
    const list = async (query: string) => (await (await app.request(`/api/stories${query}`)).json()) as Listing;
    const all = await list("");
    expect(all.facets.languages).toEqual(["fr"]);
    const someone = all.stories.flatMap((story) => story.entities).find((entity) => entity.name.includes(" "))!.name;
    const byEntity = await list(`?entity=${encodeURIComponent(someone.toUpperCase())}`);
    expect(byEntity.stories.length).toBeGreaterThan(0);
    expect((await list("?entity=Zyxwvut")).stories).toEqual([]);
    const outlet = all.facets.outlets[0]!;
    expect((await list(`?outlet=${encodeURIComponent(outlet)}`)).stories.every((story) => story.outlets.includes(outlet))).toBe(true);
    expect((await list("?language=en")).stories).toEqual([]);
    expect((await list("?from=2999")).stories).toEqual([]);
    expect((await list("?to=1900-01-01")).stories).toEqual([]);
    expect((await list("?q=accord")).stories.length).toBeGreaterThan(0);
    const { articles } = (await (await app.request("/api/articles")).json()) as { articles: Array<{ id: string }> };
    const holding = await list(`?article=${articles[0]!.id}`);
    expect(holding.stories).toHaveLength(1);
    expect((await app.request("/api/stories?from=last-week")).status).toBe(400);
  });

  it("serves a story's briefing: report, entity graph, claim sentences and article metadata without texts", async () => {
    const { stories } = (await (await app.request("/api/stories")).json()) as { stories: Array<{ id: string }> };
    const briefing = (await (await app.request(`/api/stories/${stories[0]!.id}/briefing`)).json()) as {
      story: { claims: Array<{ id: string }>; articleIds: string[] };
      report: { title: string; articles?: unknown };
      graph: { nodes: Array<{ id: string; claims: number }>; edges: Array<{ source: string; target: string; claims: string[] }> };
      sentences: Record<string, string>;
      articles: Array<{ id: string; text?: string }>;
    };
    expect(briefing.report.title.length).toBeGreaterThan(0);
    expect(briefing.report.articles).toBeUndefined();
    expect(briefing.articles.map((article) => article.id).sort()).toEqual([...briefing.story.articleIds].sort());
    expect(briefing.articles.every((article) => article.text === undefined)).toBe(true);
    expect(Object.keys(briefing.sentences).sort()).toEqual(briefing.story.claims.map((claim) => claim.id).sort());
    const nodeIds = new Set(briefing.graph.nodes.map((node) => node.id));
    expect(briefing.graph.edges.every((edge) => nodeIds.has(edge.source) && nodeIds.has(edge.target) && edge.claims.length > 0)).toBe(true);
  });

  it("starts from the stored build, then updates it with each ingest through it, with the same stories as a rebuild", async () => {
    const cache = new CorpusCache(store);
    const incremental = createApp(store, { uiRoot: null }, cache);
    const ingest = async (path: string, name: string) => {
      const form = new FormData();
      form.append("file", new File([example(path)], name));
      expect((await incremental.request("/api/ingest", { method: "POST", body: form })).status).toBe(200);
      return (await (await incremental.request("/api/stories")).json()) as { stories: unknown[] };
    };
    const before = (await (await incremental.request("/api/stories")).json()) as { stories: unknown[] };
    // The earlier requests' builds were stored: this server answers from one and reads no article.
    expect(cache.rebuilds).toBe(0);
    expect(before.stories.length).toBeGreaterThan(0);
    await ingest("html/valmeria-matin-accord-eau.html", "accord.html");
    // Each upload updates the stored build once (on a store this small, a fifth of it: built again; resuming is tested in stored-corpus-update.test.ts).
    expect(cache.rebuilds + cache.resumes).toBe(1);
    const after = await ingest("html/kostrana-herald-water-deal.html", "water-deal.html");
    expect(cache.rebuilds + cache.resumes).toBe(2);
    const rebuilt = await new InProcessBuilder(store).rebuild();
    expect((await cache.settled()).stories).toEqual(rebuilt.corpus.stories);
    expect(after.stories).toHaveLength(rebuilt.corpus.stories.length);
  });

  it("describes itself in OpenAPI and forbids inline scripts", async () => {
    const response = await app.request("/openapi.json");
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/api/stories/{id}", "/api/search", "/api/ingest"]));
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self'/u);
  });

  it("checks the token on every request when given one, by header or by the cookie a browser gets from /?token=", async () => {
    const guarded = createApp(store, { token: "s3cret", uiRoot: null });
    expect((await guarded.request("/api/articles")).status).toBe(401);
    expect((await guarded.request("/api/articles", { headers: { Authorization: "Bearer wrong" } })).status).toBe(401);
    expect((await guarded.request("/api/articles", { headers: { Authorization: "Bearer s3cret" } })).status).toBe(200);
    expect((await guarded.request("/?token=wrong")).status).toBe(401);
    const login = await guarded.request("/?token=s3cret");
    expect(login.status).toBe(303);
    expect(login.headers.get("location")).toBe("/");
    const cookie = login.headers.get("set-cookie")!;
    expect(cookie).toMatch(/HttpOnly/u);
    expect(cookie).toMatch(/SameSite=Strict/u);
    expect((await guarded.request("/api/articles", { headers: { Cookie: cookie.split(";")[0]! } })).status).toBe(200);
    expect((await guarded.request("/api/articles", { headers: { Cookie: "recoupe_token=wrong" } })).status).toBe(401);
  });

  it("serves the built UI's page, or says how to build it", async () => {
    const ui = mkdtempSync(join(tmpdir(), "recoupe-ui-"));
    writeFileSync(join(ui, "index.html"), "<!doctype html><title>recoupe</title>");
    const withUi = await createApp(store, { uiRoot: ui }).request("/");
    expect(withUi.status).toBe(200);
    expect(await withUi.text()).toContain("<title>recoupe</title>");
    expect(withUi.headers.get("content-security-policy")).toMatch(/script-src 'self'/u);
    const withoutUi = await createApp(store, { uiRoot: null }).request("/");
    expect(withoutUi.status).toBe(503);
    expect(await withoutUi.text()).toMatch(/npm run build:ui/u);
    rmSync(ui, { recursive: true, force: true });
  });

  it("listens on loopback, and refuses another address without a token", async () => {
    expect(() => startServer(store, { host: "0.0.0.0", port: 0 })).toThrow(/--token/u);
    const server = await startServer(store, { host: "127.0.0.1", port: 0 });
    const response = await fetch(`${server.url}/api/articles`);
    expect(response.status).toBe(200);
    await server.close();
  });
});
