/** A story's downloaded report speaks the language asked for, or the story's own. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repositoryRoot } from "../../../test/run-cli.js";
import { analyze } from "../../analyze.js";
import { CorpusConnector, type Story } from "../../connect/connect-corpus.js";
import type { CorpusEntity } from "../../connect/corpus-entities.js";
import { openStore } from "../../store/open-store.js";
import type { Store } from "../../store/store.js";
import { exportStory } from "./story-export.js";

let dir: string;
let store: Store;
let story: Story;
let entities: Map<string, CorpusEntity>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "recoupe-story-export-"));
  store = await openStore(join(dir, "export.db"));
  await analyze(store, { inputs: [resolve(repositoryRoot, "examples/html/valmeria-matin-accord-eau.html")] });
  const connector = new CorpusConnector();
  for await (const article of store.iterateArticles()) connector.add(article);
  const connected = connector.result();
  story = connected.stories[0]!;
  entities = new Map(connected.entities.map((entity) => [entity.id, entity]));
}, 120_000);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("exportStory", () => {
  it("writes a French story's report in French by default and in English when asked", async () => {
    expect(story.language).toBe("fr");
    const french = (await exportStory(store, story, entities, "md")).body;
    expect(french).toMatch(/^## Ce qui s'est passé$/mu);
    expect(french).toMatch(/^## Sources citées$/mu);
    const english = (await exportStory(store, story, entities, "html", "en")).body;
    expect(english).toMatch(/^<!doctype html>\n<html lang="en">/u);
    expect(english).toContain("<h2>What happened</h2>");
    expect(english).toMatch(/<span class="words" lang="fr">/u);
  });
});
