/**
 * Extraction throughput on one core: recoupe's extract stage on generated HTML pages and
 * text dumps, and @mozilla/readability (over linkedom) on the same pages in the same process.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { extractArticle } from "../src/extract/extract-article.js";
import type { RawDocument } from "../src/ingest/raw-document.js";
import { generateCorpus } from "./generate-corpus.js";

export interface Throughput {
  documents: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
}

export interface ExtractionBenchmark {
  corpus: { pages: number; dumps: number; megabytes: number };
  recoupeHtml: Throughput;
  recoupeDumps: Throughput;
  readabilityHtml: Throughput;
  /** recoupe pages/s divided by Readability pages/s. */
  htmlRatio: number;
  peakRssMb: number;
}

/** Documents run before timing, so JIT warm-up is not measured. */
const WARM_UP = 50;
/** Each measurement is repeated and the median round kept: single runs move by ±15 % on this machine. */
const ROUNDS = 3;

export function benchmarkExtraction(size: number): ExtractionBenchmark {
  const { pages, dumps } = generateCorpus(size);
  const megabytes = [...pages, ...dumps].reduce((sum, document) => sum + document.byteLength, 0) / 1024 / 1024;
  const recoupe = (document: RawDocument) => {
    if (!extractArticle(document).ok) throw new Error(`${document.source}: no text extracted`);
  };
  const readability = (document: RawDocument) => {
    new Readability(parseHTML(document.raw).document).parse();
  };
  const recoupeHtml = measure(pages, recoupe);
  const recoupeDumps = measure(dumps, recoupe);
  const readabilityHtml = measure(pages, readability);
  return {
    corpus: { pages: pages.length, dumps: dumps.length, megabytes: Number(megabytes.toFixed(1)) },
    recoupeHtml,
    recoupeDumps,
    readabilityHtml,
    htmlRatio: Number((recoupeHtml.perSecond / readabilityHtml.perSecond).toFixed(2)),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

function measure(documents: RawDocument[], run: (document: RawDocument) => void): Throughput {
  for (const document of documents.slice(0, WARM_UP)) run(document);
  const rounds = Array.from({ length: ROUNDS }, () => measureRound(documents, run)).sort((a, b) => a.perSecond - b.perSecond);
  return rounds[Math.floor(ROUNDS / 2)]!;
}

function measureRound(documents: RawDocument[], run: (document: RawDocument) => void): Throughput {
  // Start each round from a clean heap (npm run bench passes --expose-gc), so one round's garbage is not billed to the next.
  (globalThis as { gc?: () => void }).gc?.();
  const times: number[] = [];
  const started = performance.now();
  for (const document of documents) {
    const t = performance.now();
    run(document);
    times.push(performance.now() - t);
  }
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    documents: documents.length,
    perSecond: Math.round(documents.length / elapsed),
    p50Ms: Number(times[Math.floor(times.length * 0.5)]!.toFixed(2)),
    p95Ms: Number(times[Math.floor(times.length * 0.95)]!.toFixed(2)),
  };
}
