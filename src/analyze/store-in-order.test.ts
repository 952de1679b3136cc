/**
 * Storing in input order, the articles ready at once in one transaction: a batch the database
 * refuses is saved again one article at a time, so the refusal stays with its own document and
 * the others are stored.
 */
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { textDump } from "../../bench/generate-corpus.js";
import type { IngestResult } from "../ingest/raw-document.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { annotateDocument } from "./annotate-document.js";
import type { Annotator } from "./annotator.js";
import { storeInOrder, type DocumentOutcome } from "./store-in-order.js";

const DOCUMENTS = 6;
const REFUSED = "bench/dump-3.txt";

let dir: string;
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), "recoupe-store-in-order-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Annotated in this thread, each already done when handed over, with room for every document: one run of ready articles. */
const annotatedAhead: Annotator = { window: DOCUMENTS, annotate: async (document) => annotateDocument(document), close: async () => undefined };

describe("storeInOrder", () => {
  it("saves a run of ready articles in one transaction, and one by one when it is refused, the refusal staying with its document", async () => {
    const path = join(dir, "refusing.db");
    const store = await openStore(path);
    const refusing = new Database(path);
    refusing.exec(`CREATE TRIGGER refuse_one BEFORE INSERT ON articles WHEN NEW.source = '${REFUSED}' BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END`);
    refusing.close();
    const batches: string[][] = [];
    const logged: Store = Object.assign(Object.create(store) as Store, {
      saveRecords: (records: Parameters<Store["saveRecords"]>[0]) => {
        batches.push(records.map((record) => record.document.source));
        return store.saveRecords(records);
      },
    });
    const documents: IngestResult[] = Array.from({ length: DOCUMENTS }, (_, index) => ({ ok: true, document: textDump(index) }));
    const outcomes: DocumentOutcome[] = [];
    try {
      await storeInOrder(logged, documents, annotatedAhead, (outcome) => outcomes.push(outcome));
      const sources = documents.map((result) => (result.ok ? result.document.source : ""));
      expect(batches[0]).toEqual(sources);
      expect(batches.slice(1)).toEqual(sources.map((source) => [source]));
      expect(outcomes.map((outcome) => outcome.source)).toEqual(sources);
      expect(outcomes.filter((outcome) => !outcome.ok)).toEqual([
        { ok: false, source: REFUSED, error: expect.objectContaining({ stage: "store", reason: `${REFUSED}: could not be stored (refused by the test trigger); check the database, then analyze it again.` }) },
      ]);
      expect(await store.countArticles()).toBe(DOCUMENTS - 1);
    } finally {
      await store.close();
    }
  }, 60_000);
});
