/** `GET /api/stories`: the story listing, a page of it (50 stories unless asked otherwise). */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeArticle } from "../../test/make-article.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { createApp } from "./create-app.js";

let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "recoupe-listing-"));
  store = await openStore(join(dir, "listing.db"));
  // Unrelated articles, each its own story; the examples are all one story.
  const texts = [
    "Le conseil municipal a voté le budget annuel après un long débat sur les écoles.",
    "La préfecture a levé l’alerte orange aux orages dans la soirée de dimanche.",
    "Le tribunal a renvoyé l’affaire de corruption au mois de septembre prochain.",
    "Les syndicats de cheminots appellent à une nouvelle journée de grève jeudi.",
    "Un festival de jazz a réuni vingt mille spectateurs au bord du lac ce week-end.",
  ];
  for (const [index, text] of texts.entries()) {
    const { document, article } = makeArticle(text, { outlet: index % 2 ? "Le Courrier" : "La Gazette", published: `2024-0${index + 1}-15` });
    await store.saveArticle(document, article);
  }
  app = createApp(store, { uiRoot: null });
}, 120_000);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the story listing", () => {
  it("pages the list on request, largest first, with the total that passes the filters", async () => {
    type Page = { total: number; stories: Array<{ id: string; articles: number }>; facets: { outlets: string[] } };
    const page = async (query: string) => (await (await app.request(`/api/stories${query}`)).json()) as Page;
    const all = await page("");
    expect(all.stories.length).toBeGreaterThan(2);
    expect(all.total).toBe(all.stories.length);
    const sizes = all.stories.map((story) => story.articles);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const ids = all.stories.map((story) => story.id);
    const first = await page("?limit=1");
    expect(first.stories.map((story) => story.id)).toEqual(ids.slice(0, 1));
    expect(first.total).toBe(ids.length);
    expect(first.facets).toEqual(all.facets);
    expect((await page("?limit=2&offset=1")).stories.map((story) => story.id)).toEqual(ids.slice(1, 3));
    expect((await page(`?offset=${ids.length}`)).stories).toEqual([]);
    const outlet = all.facets.outlets[0]!;
    const filtered = await page(`?outlet=${encodeURIComponent(outlet)}&limit=1`);
    expect(filtered.total).toBe((await page(`?outlet=${encodeURIComponent(outlet)}`)).stories.length);
    expect(await page("?limit=50")).toEqual(all);
    expect((await app.request("/api/stories?limit=0")).status).toBe(400);
    expect((await app.request("/api/stories?offset=-1")).status).toBe(400);
  });
});
