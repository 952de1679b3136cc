/**
 * `npm run bench [-- --only extraction] [-- --size N]`: runs the benchmarks, prints a table,
 * writes bench/results/<name>-<timestamp>.json. Figures are reported in docs/BENCHMARKS.md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchmarkAnnotation } from "./annotation.js";
import { benchmarkApi, benchmarkStoredCorpus } from "./api.js";
import { benchmarkBackends } from "./backends.js";
import { benchmarkConnect, benchmarkIncrementalStories } from "./connect.js";
import { benchmarkEndToEnd } from "./e2e.js";
import { benchmarkExtraction } from "./extraction.js";
import { benchmarkStoryPage } from "./page.js";
import { benchmarkSearch } from "./search.js";
import { benchmarkWarc } from "./warc.js";
import { benchmarkWorstCases } from "./worst-case.js";

const here = dirname(fileURLToPath(import.meta.url));

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

const benchmarks: Record<string, () => unknown> = {
  backends: () => benchmarkBackends(Number(option("size") ?? 600)),
  api: () => benchmarkApi(Number(option("size") ?? 10000)),
  incremental: () => benchmarkIncrementalStories(Number(option("size") ?? 100000), 1000, Number(option("story-size") ?? 5)),
  stored: () => benchmarkStoredCorpus(Number(option("size") ?? 100000), Number(option("story-size") ?? 5)),
  e2e: () => benchmarkEndToEnd(Number(option("size") ?? 10000)),
  search: () => benchmarkSearch((option("sizes") ?? "10000,100000").split(",").map(Number)),
  extraction: () => benchmarkExtraction(Number(option("size") ?? 2000)),
  annotation: () => benchmarkAnnotation(Number(option("size") ?? 2000)),
  page: () => benchmarkStoryPage(Number(option("story-size") ?? 500), Number(option("noise") ?? 2000)),
  worst: () => benchmarkWorstCases(),
  warc: () => benchmarkWarc(Number(option("size") ?? 10000)),
  connect: () => benchmarkConnect((option("sizes") ?? "10000,30000,100000").split(",").map(Number), Number(option("story-size") ?? 5)),
};

const only = option("only") ?? (option("backend") ? "backends" : undefined);
for (const [name, run] of Object.entries(benchmarks)) {
  if (only && only !== name) continue;
  process.stdout.write(`## ${name} (node ${process.version}, one core)\n`);
  const result = await run();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  mkdirSync(join(here, "results"), { recursive: true });
  writeFileSync(join(here, "results", `${name}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`), `${JSON.stringify(result, null, 2)}\n`);
}
