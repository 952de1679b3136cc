/**
 * Time expressions on the seed articles against the gold `dates`: each gold expression is
 * located in the extracted text, then matched to an overlapping predicted one. Values are
 * resolved against the gold publication date (or the date the gold infers from the text),
 * so this measures normalisation, not date extraction. A predicted value finer than the
 * gold's ("2021-11-23TEV" for "2021-11-23") counts as right.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findTimeExpressions } from "../src/annotate/stages/time/find-time-expressions.js";
import { extractArticle } from "../src/extract/extract-article.js";
import { readBytes } from "../src/ingest/read-bytes.js";

interface GoldDate {
  text: string;
  value: string;
}

interface GoldDocument {
  file: string;
  published: string | null;
  published_inferred?: string;
  dates: GoldDate[];
}

export interface SeedTimesResult {
  gold: number;
  found: number;
  valueRight: number;
  errors: string[];
}

export function evaluateSeedsTimes(sharedDir: string): SeedTimesResult {
  const gold = JSON.parse(readFileSync(join(sharedDir, "gold", "seeds.gold.json"), "utf8")) as { documents: GoldDocument[] };
  const result: SeedTimesResult = { gold: 0, found: 0, valueRight: 0, errors: [] };
  for (const document of gold.documents) {
    const [first] = readBytes(readFileSync(join(sharedDir, "seeds", document.file)), document.file);
    const extracted = first?.ok ? extractArticle(first.document) : null;
    const text = extracted?.ok ? extracted.article.text : "";
    const times = findTimeExpressions(text, { language: "fr", published: document.published ?? document.published_inferred ?? null });
    let cursor = 0;
    for (const expected of document.dates) {
      result.gold += 1;
      const at = text.indexOf(expected.text, cursor) !== -1 ? text.indexOf(expected.text, cursor) : text.indexOf(expected.text);
      if (at === -1) {
        result.errors.push(`${document.file.slice(0, 3)}: "${expected.text}" is not in the extracted text`);
        continue;
      }
      cursor = at + expected.text.length;
      const match = times.find((time) => time.start < at + expected.text.length && at < time.end);
      if (!match) {
        result.errors.push(`${document.file.slice(0, 3)}: missed "${expected.text}" (${expected.value})`);
        continue;
      }
      result.found += 1;
      if (match.value === expected.value || match.value?.startsWith(`${expected.value}T`)) result.valueRight += 1;
      else result.errors.push(`${document.file.slice(0, 3)}: "${expected.text}" gold ${expected.value}, got "${match.text}" ${match.value}`);
    }
  }
  return result;
}
