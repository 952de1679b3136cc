/**
 * Extraction throughput on one core: recoupe's extract stage on generated HTML pages and
 * text dumps, and on the real pages of ../shared/data/extraction-en-dev when it is there;
 * @mozilla/readability (over linkedom) on the same pages in the same process, page by page
 * in turn with recoupe, so that the machine's load weighs on both alike.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { findSharedDir } from "../eval/shared-dir.js";
import { extractArticle } from "../src/extract/extract-article.js";
import { extractHtml } from "../src/extract/html/extract-html.js";
import type { RawDocument } from "../src/ingest/raw-document.js";
import { readBytes } from "../src/ingest/read-bytes.js";
import { generateCorpus } from "./generate-corpus.js";

export interface Throughput {
  documents: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
}

/** recoupe and Readability on the same pages, interleaved. */
export interface PageComparison {
  recoupe: Throughput;
  readability: Throughput;
  /** recoupe pages/s divided by Readability pages/s. */
  ratio: number;
  /** Share of the pages whose body recoupe's fast step doubted, so that Readability (or a later fallback) gave it. */
  fallbackRate: number;
}

export interface ExtractionBenchmark {
  corpus: { pages: number; dumps: number; megabytes: number; realPages: number };
  recoupeHtml: Throughput;
  recoupeDumps: Throughput;
  readabilityHtml: Throughput;
  /** recoupe pages/s divided by Readability pages/s, on the generated pages. */
  htmlRatio: number;
  /** Share of the generated pages whose body the fast step doubted (PageComparison's fallbackRate). */
  htmlFallbackRate: number;
  /** The same on extraction-en-dev's real pages; null without ../shared. */
  realPages: PageComparison | null;
  peakRssMb: number;
}

/** Documents run before timing, so JIT warm-up is not measured. */
const WARM_UP = 50;
/** Each measurement is repeated and the median round kept: single runs move by ±15 % on this machine. */
const ROUNDS = 3;

type Run = (document: RawDocument) => void;

const recoupe: Run = (document) => {
  if (!extractArticle(document).ok) throw new Error(`${document.source}: no text extracted`);
};
const readability: Run = (document) => {
  new Readability(parseHTML(document.raw).document).parse();
};

export function benchmarkExtraction(size: number): ExtractionBenchmark {
  const { pages, dumps } = generateCorpus(size);
  const megabytes = [...pages, ...dumps].reduce((sum, document) => sum + document.byteLength, 0) / 1024 / 1024;
  const generated = comparePages(pages);
  const real = realPages();
  return {
    corpus: { pages: pages.length, dumps: dumps.length, megabytes: Number(megabytes.toFixed(1)), realPages: real.length },
    recoupeHtml: generated.recoupe,
    recoupeDumps: measureRounds(dumps, [recoupe]).map(([dumpRound]) => dumpRound!).sort((a, b) => a.perSecond - b.perSecond)[Math.floor(ROUNDS / 2)]!,
    readabilityHtml: generated.readability,
    htmlRatio: generated.ratio,
    htmlFallbackRate: generated.fallbackRate,
    realPages: real.length > 0 ? comparePages(real) : null,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/** The round whose ratio is the median: the ratio within a round is what load drift moves least. */
function comparePages(pages: RawDocument[]): PageComparison {
  const fallbackRate = Number((pages.filter((page) => extractHtml(page).bodyExtractor !== "fast").length / pages.length).toFixed(2));
  const compared = measureRounds(pages, [recoupe, readability]).map(([ours, theirs]) => ({ recoupe: ours!, readability: theirs!, ratio: Number((ours!.perSecond / theirs!.perSecond).toFixed(2)), fallbackRate }));
  return compared.sort((a, b) => a.ratio - b.ratio)[Math.floor(ROUNDS / 2)]!;
}

/** The pages of extraction-en-dev as recoupe reads them from disk; none without ../shared. */
function realPages(): RawDocument[] {
  const shared = findSharedDir();
  if (!shared) return [];
  const dir = join(shared, "data", "extraction-en-dev", "html");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".html.gz"))
    .sort()
    .flatMap((name) => readBytes(gunzipSync(readFileSync(join(dir, name))), name))
    .flatMap((result) => (result.ok ? [result.document] : []));
}

/** ROUNDS measurements of each run, after a warm-up. */
function measureRounds(documents: RawDocument[], runs: Run[]): Throughput[][] {
  for (const document of documents.slice(0, WARM_UP)) for (const run of runs) run(document);
  return Array.from({ length: ROUNDS }, () => measureRound(documents, runs));
}

/** Every document goes through each run in turn, so drift in the machine's load reaches them all alike. */
function measureRound(documents: RawDocument[], runs: Run[]): Throughput[] {
  // Start each round from a clean heap (npm run bench passes --expose-gc), so one round's garbage is not billed to the next.
  (globalThis as { gc?: () => void }).gc?.();
  const times = runs.map(() => [] as number[]);
  for (const document of documents) {
    runs.forEach((run, index) => {
      const started = performance.now();
      run(document);
      times[index]!.push(performance.now() - started);
    });
  }
  return times.map((runTimes) => throughput(runTimes));
}

function throughput(times: number[]): Throughput {
  const elapsed = times.reduce((sum, time) => sum + time, 0) / 1000;
  const sorted = [...times].sort((a, b) => a - b);
  return {
    documents: times.length,
    perSecond: Math.round(times.length / elapsed),
    p50Ms: Number(sorted[Math.floor(sorted.length * 0.5)]!.toFixed(2)),
    p95Ms: Number(sorted[Math.floor(sorted.length * 0.95)]!.toFixed(2)),
  };
}
