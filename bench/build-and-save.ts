/**
 * A full build and save of a stored corpus measured alone: a child process that only opens the
 * store and runs `currentConnectedCorpus` on it (no build stored, so every article is connected
 * and the build saved, as a server's first reader does), so its peak RSS is the build's and not
 * that of whatever stored the articles or read them afterwards.
 *
 * `node --expose-gc --import tsx bench/build-and-save.ts <store.db>` prints one JSON line; the
 * store must have no build yet (copy one made by scratch scripts or `npm run bench -- --only stored`).
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { currentConnectedCorpus } from "../src/server/stored-corpus.js";
import { openStore } from "../src/store/open-store.js";

export interface BuildAndSave {
  articles: number;
  stories: number;
  seconds: number;
  /** The child's peak RSS: opening the store, the build and the save, nothing else. */
  peakRssMb: number;
}

const self = fileURLToPath(import.meta.url);

/** Runs the build and save of the store at `location` in a child process (the store must be closed here meanwhile). */
export function buildAndSaveInChild(location: string): BuildAndSave {
  const output = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", self, location], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  return JSON.parse(output.trim().split("\n").at(-1)!) as BuildAndSave;
}

async function buildAndSave(location: string): Promise<BuildAndSave> {
  const store = await openStore(location);
  const articles = (await store.connectedCorpus.articleStamp()).articleCount;
  (globalThis as { gc?: () => void }).gc?.();
  const started = performance.now();
  const { corpus, how } = await currentConnectedCorpus(store);
  const seconds = (performance.now() - started) / 1000;
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  await store.close();
  if (how !== "built") throw new Error(`${location}: the store already holds a build (it was ${how}), so nothing was built; give a store with articles only`);
  return { articles, stories: corpus.stories.length, seconds: Number(seconds.toFixed(1)), peakRssMb };
}

if (process.argv[1] === self) {
  const location = process.argv[2];
  if (!location) throw new Error("usage: bench/build-and-save.ts <store.db>");
  process.stdout.write(`${JSON.stringify(await buildAndSave(location))}\n`);
}
