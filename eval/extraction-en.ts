/**
 * Main-text extraction on the English benchmark pages in ../shared/data/extraction-en-dev,
 * scored with the benchmark's own shingle metric, for recoupe's extractor and for plain
 * @mozilla/readability on the same pages in the same run.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { extractArticle } from "../src/extract/extract-article.js";
import { bodyText } from "../src/extract/headline.js";
import { readBytes } from "../src/ingest/read-bytes.js";
import { scoreFromCounts, shingleCounts, type Counts } from "./shingle-metric.js";

export interface ExtractionEnResult {
  files: number;
  recoupe: { precision: number; recall: number; f1: number };
  readability: { precision: number; recall: number; f1: number };
  worst: Array<{ file: string; f1: number }>;
}

export function evaluateExtractionEn(dataDir: string): ExtractionEnResult {
  const truth = JSON.parse(readFileSync(join(dataDir, "ground-truth.json"), "utf8")) as Record<string, { articleBody?: string }>;
  const ours: Counts[] = [];
  const theirs: Counts[] = [];
  const perFile: Array<{ file: string; f1: number }> = [];
  for (const file of readdirSync(join(dataDir, "html")).filter((name) => name.endsWith(".html.gz")).sort()) {
    const key = file.replace(/\.html\.gz$/, "");
    const expected = truth[key]?.articleBody ?? "";
    const bytes = gunzipSync(readFileSync(join(dataDir, "html", file)));
    const counts = shingleCounts(expected, recoupeText(bytes, file));
    ours.push(counts);
    theirs.push(shingleCounts(expected, readabilityText(bytes)));
    perFile.push({ file: key, f1: scoreFromCounts([counts]).f1 });
  }
  return {
    files: ours.length,
    recoupe: scoreFromCounts(ours),
    readability: scoreFromCounts(theirs),
    worst: perFile.sort((a, b) => a.f1 - b.f1).slice(0, 10),
  };
}

function recoupeText(bytes: Uint8Array, source: string): string {
  const results = readBytes(bytes, source);
  const first = results[0];
  if (!first?.ok) return "";
  const extracted = extractArticle(first.document);
  // The body, as the gold and Readability's textContent hold it: the headline opening the text is no body text.
  return extracted.ok ? bodyText(extracted.article) : "";
}

function readabilityText(bytes: Uint8Array): string {
  const html = new TextDecoder().decode(bytes);
  const { document } = parseHTML(html);
  return new Readability(document).parse()?.textContent ?? "";
}
