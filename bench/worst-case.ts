/**
 * Worst cases of one document (issue 15): 4 MB of prose, pages of a million elements, a run of
 * abbreviations, each extracted and annotated as `recoupe analyze` does. Each case runs in a
 * process of its own, after one ordinary article has loaded the gazetteers, so its seconds and
 * its peak memory are its own. `node --expose-gc --import tsx bench/worst-case.ts [--case <name>]`
 * runs them all (or one) without bench/run.ts.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { annotateArticle } from "../src/annotate/annotate-article.js";
import { segmentSentences } from "../src/annotate/stages/sentences.js";
import { extractArticle } from "../src/extract/extract-article.js";
import type { RawDocument } from "../src/ingest/raw-document.js";
import { frenchArticle } from "./annotation.js";
import { htmlPage } from "./generate-corpus.js";

const PROSE_CHARS = 4_000_000;
const ELEMENTS = 1_000_000;
const ABBREVIATION_CHARS = 390_000;

export interface WorstCase {
  name: string;
  inputMegabytes: number;
  extractSeconds: number;
  annotateSeconds: number;
  /** The sentence stage alone, run again on the same text. */
  sentenceSeconds: number;
  textCharacters: number;
  sentences: number;
  /** Rule ids of the article's warnings (or the error's, when it was refused). */
  outcome: string[];
  /** Resident memory after the gazetteers loaded, and at the peak of the case. */
  baselineRssMb: number;
  peakRssMb: number;
}

const cases: Record<string, () => RawDocument> = {
  "prose-fr-4mb-page": () => {
    const paragraphs: string[] = [];
    for (let i = 0, length = 0; length < PROSE_CHARS; i++) {
      paragraphs.push(frenchArticle(i).split("\n\n")[1]!);
      length += paragraphs[i]!.length;
    }
    return document("html", `<!doctype html><html lang="fr"><head><title>Dossier</title></head><body><article><h1>Dossier</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</article></body></html>`);
  },
  "prose-en-4mb-dump": () => {
    const paragraphs: string[] = [];
    for (let i = 0, length = 0; length < PROSE_CHARS; i++) {
      const extracted = extractArticle(htmlPage(i));
      if (!extracted.ok || extracted.article.language !== "en") continue;
      paragraphs.push(extracted.article.text);
      length += extracted.article.text.length;
    }
    return document("text", paragraphs.join("\n\n"));
  },
  "deep-page-1m": () => {
    const opening = Array.from({ length: ELEMENTS }, (_, i) => (i % 1000 === 0 ? `<div>Le conseil a voté le budget au niveau ${i}.` : "<div>")).join("");
    return document("html", `<html><body>${opening}${"</div>".repeat(ELEMENTS)}</body></html>`);
  },
  "flat-page-1m": () => document("html", `<html><body>${"<p><span>Le conseil municipal a voté le budget mardi.</span></p>".repeat(ELEMENTS / 2)}</body></html>`),
  "abbreviations-390kb": () => document("text", "M. Dupont, Mme. X, J.-C., etc. ".repeat(Math.ceil(ABBREVIATION_CHARS / 31))),
};

function document(format: "html" | "text", raw: string): RawDocument {
  return { source: `bench/worst-${format}`, container: format, format, raw, encoding: "utf-8", byteLength: Buffer.byteLength(raw), metadata: { published: "2024-05-15" }, messages: [] };
}

function runCase(name: string): WorstCase {
  const warmUp = extractArticle(document("text", frenchArticle(0)));
  if (warmUp.ok) annotateArticle(warmUp.article);
  const input = cases[name]!();
  (globalThis as { gc?: () => void }).gc?.();
  const baselineRssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
  const started = performance.now();
  const extracted = extractArticle(input);
  const extractSeconds = (performance.now() - started) / 1000;
  const annotated = extracted.ok ? annotateArticle(extracted.article) : null;
  const annotateSeconds = (performance.now() - started) / 1000 - extractSeconds;
  const sentencesStarted = performance.now();
  if (extracted.ok) segmentSentences(extracted.article.text, extracted.article.language);
  return {
    name,
    inputMegabytes: Number((input.byteLength / 1024 / 1024).toFixed(1)),
    extractSeconds: Number(extractSeconds.toFixed(2)),
    annotateSeconds: Number(annotateSeconds.toFixed(2)),
    sentenceSeconds: Number(((performance.now() - sentencesStarted) / 1000).toFixed(2)),
    textCharacters: annotated?.text.length ?? 0,
    sentences: annotated?.annotations.sentences.length ?? 0,
    outcome: extracted.ok ? extracted.article.warnings.map((warning) => warning.ruleId) : [extracted.error.ruleId],
    baselineRssMb,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

export function benchmarkWorstCases(): WorstCase[] {
  const self = fileURLToPath(import.meta.url);
  return Object.keys(cases).map((name) => JSON.parse(execFileSync(process.execPath, [...process.execArgv, self, "--case", name], { encoding: "utf8" })) as WorstCase);
}

const caseIndex = process.argv.indexOf("--case");
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = caseIndex === -1 ? benchmarkWorstCases() : runCase(process.argv[caseIndex + 1]!);
  process.stdout.write(`${JSON.stringify(result, null, caseIndex === -1 ? 2 : undefined)}\n`);
}
