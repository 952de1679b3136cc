/**
 * What `--jobs` means: the cores the analysis uses. With one, each document is read, analyzed
 * (in a worker thread, for the deadline) and stored before the next is analyzed, so the main
 * thread never works beside the worker; with two, both worker threads analyze ahead of the
 * storing. By default, every core, for `analyze` and `worker` alike.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../src/analyze.js";
import { AnnotatorPool } from "../src/analyze/annotator-pool.js";
import type { Annotator } from "../src/analyze/annotator.js";
import { openStore } from "../src/store/open-store.js";
import type { Store } from "../src/store/store.js";
import { htmlPage, textDump } from "../bench/generate-corpus.js";
import { runCli } from "./run-cli.js";

const DOCUMENTS = 8;

let dir: string;
let inputs: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "recoupe-jobs-"));
  inputs = join(dir, "inputs");
  mkdirSync(inputs);
  for (let index = 0; index < DOCUMENTS / 2; index += 1) {
    writeFileSync(join(inputs, `page-${index}.html`), htmlPage(index).raw);
    writeFileSync(join(inputs, `dump-${index}.txt`), textDump(index).raw);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Event = { step: "analyzing" | "analyzed" | "stored"; source: string };

/** Analyzes the inputs with a pool of `jobs` worker threads, logging when each document is handed to a worker, comes back, and is stored. */
async function runLogged(jobs: number): Promise<Event[]> {
  const events: Event[] = [];
  const pool = new AnnotatorPool(jobs, { startAll: true });
  const logged: Annotator = {
    window: pool.window,
    async annotate(document) {
      events.push({ step: "analyzing", source: document.source });
      const result = await pool.annotate(document);
      events.push({ step: "analyzed", source: document.source });
      return result;
    },
    close: () => pool.close(),
  };
  const store = await openStore(join(dir, `jobs-${jobs}.db`));
  const loggedStore: Store = Object.assign(Object.create(store) as Store, {
    saveRecords: async (records: Parameters<Store["saveRecords"]>[0]) => {
      const saved = await store.saveRecords(records);
      for (const record of records) events.push({ step: "stored", source: record.document.source });
      return saved;
    },
  });
  try {
    const summary = await analyze(loggedStore, { inputs: [inputs], annotator: logged });
    expect(summary.stored).toBe(DOCUMENTS);
  } finally {
    await logged.close();
    await store.close();
  }
  return events;
}

/** The most documents handed to workers and not yet back at any moment. */
function mostInFlight(events: Event[]): number {
  let inFlight = 0;
  let most = 0;
  for (const event of events) {
    if (event.step === "analyzing") most = Math.max(most, ++inFlight);
    if (event.step === "analyzed") inFlight -= 1;
  }
  return most;
}

describe("analyze --jobs", () => {
  it("with one job, reads, analyzes and stores each document before the next: one thread works at a time", async () => {
    const events = await runLogged(1);
    const sources = [...new Set(events.map((event) => event.source))];
    expect(sources).toHaveLength(DOCUMENTS);
    expect(events).toEqual(sources.flatMap((source) => (["analyzing", "analyzed", "stored"] as const).map((step) => ({ step, source }))));
  }, 180_000);

  it("with two jobs, keeps both worker threads fed ahead of the storing", async () => {
    const events = await runLogged(2);
    expect(mostInFlight(events)).toBeGreaterThanOrEqual(2);
    // Documents still go into the store in input order.
    const stored = events.filter((event) => event.step === "stored").map((event) => event.source);
    expect(stored).toEqual(events.filter((event) => event.step === "analyzing").map((event) => event.source));
  }, 180_000);

  it("uses every core by default, in analyze and in worker", async () => {
    for (const command of ["analyze", "worker"]) {
      const help = await runCli([command, "--help"]);
      expect(help.stdout.replace(/\s+/gu, " ")).toMatch(new RegExp(`--jobs <n> cores to use, every one by default.*\\(default: ${availableParallelism()}\\)`, "u"));
    }
  }, 60_000);
});
