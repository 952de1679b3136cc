import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repositoryRoot } from "../../test/run-cli.js";
import { analyze } from "../analyze.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { InProcessBuilder, type BuiltCorpus } from "./corpus-builder.js";
import { SnapshotAssembler, snapshotOf, snapshotParts } from "./corpus-snapshot.js";

let dir: string;
let store: Store;
let built: BuiltCorpus;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "recoupe-snapshot-"));
  store = await openStore(join(dir, "snapshot.db"));
  await analyze(store, { inputs: [resolve(repositoryRoot, "examples", "html"), resolve(repositoryRoot, "examples", "dumps")] });
  built = await new InProcessBuilder(store).rebuild();
}, 120_000);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a snapshot posted in parts", () => {
  it("is put together, each part cloned as a worker posts it, into the snapshot made whole in one thread", () => {
    const parts = [...snapshotParts(built, { stories: 1, entities: 2, articles: 3 })];
    // One part per story, two entities and three articles: a part never holds more than its size.
    expect(parts.length).toBe(built.corpus.stories.length + Math.ceil(built.corpus.entities.length / 2) + Math.ceil(built.articles.size / 3));
    const assembler = new SnapshotAssembler();
    for (const part of parts) assembler.add(structuredClone(part));
    const assembled = assembler.finish();
    const whole = snapshotOf(built);
    expect(assembled.stories).toEqual(whole.stories);
    expect(assembled.entities).toEqual(whole.entities);
    expect(assembled.articles).toEqual(whole.articles);
    expect(assembled.entitiesById).toEqual(whole.entitiesById);
    expect(assembled.catalog.list({})).toEqual(whole.catalog.list({}));
    expect(assembled.catalog.facets()).toEqual(whole.catalog.facets());
    const someone = whole.entities.find((entity) => entity.type === "PER")!;
    expect(assembled.catalog.list({ entity: someone.name })).toEqual(whole.catalog.list({ entity: someone.name }));
  });
});
