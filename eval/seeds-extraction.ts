/**
 * Scores extraction on the seed articles against ../shared/gold/seeds.gold.json: title,
 * outlet, authors and published exact; share of body_include strings kept in the text;
 * body_exclude strings leaked. Runs the full extract stage (extractArticle), as users get it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractArticle } from "../src/extract/extract-article.js";
import { bodyText } from "../src/extract/headline.js";
import { readBytes } from "../src/ingest/read-bytes.js";

interface GoldDocument {
  file: string;
  title: string | null;
  outlet: string | null;
  authors: string[];
  published: string | null;
  body_include: string[];
  body_exclude: string[];
}

interface FieldScore<T> {
  expected: T;
  got: T;
  ok: boolean;
}

export interface SeedExtractionResult {
  file: string;
  title: FieldScore<string | null>;
  outlet: FieldScore<string | null>;
  authors: FieldScore<string[]>;
  published: FieldScore<string | null>;
  includeKept: number;
  includeTotal: number;
  includeMissing: string[];
  excludeLeaked: string[];
}

export interface SeedExtractionSummary {
  documents: SeedExtractionResult[];
  metrics: Record<string, number>;
}

export function evaluateSeedsExtraction(sharedDir: string): SeedExtractionSummary {
  const gold = JSON.parse(readFileSync(join(sharedDir, "gold", "seeds.gold.json"), "utf8")) as { documents: GoldDocument[] };
  const documents = gold.documents.map((expected) => scoreDocument(expected, join(sharedDir, "seeds", expected.file)));
  const fieldAccuracy = (field: "title" | "outlet" | "authors" | "published") =>
    documents.filter((document) => document[field].ok).length / documents.length;
  const includeTotal = documents.reduce((sum, document) => sum + document.includeTotal, 0);
  return {
    documents,
    metrics: {
      "seeds.extraction.title": fieldAccuracy("title"),
      "seeds.extraction.outlet": fieldAccuracy("outlet"),
      "seeds.extraction.authors": fieldAccuracy("authors"),
      "seeds.extraction.published": fieldAccuracy("published"),
      "seeds.extraction.bodyIncludeKept": documents.reduce((sum, document) => sum + document.includeKept, 0) / includeTotal,
      "seeds.extraction.bodyExcludeLeaked": documents.reduce((sum, document) => sum + document.excludeLeaked.length, 0),
    },
  };
}

function scoreDocument(expected: GoldDocument, path: string): SeedExtractionResult {
  const results = readBytes(readFileSync(path), expected.file);
  const first = results[0];
  const extracted = first?.ok ? extractArticle(first.document) : null;
  const article = extracted?.ok ? extracted.article : null;
  // The body as the gold lists it; the headline opening the text is scored as the title.
  const text = article ? bodyText(article) : "";
  const field = <T>(expectedValue: T, got: T): FieldScore<T> => ({ expected: expectedValue, got, ok: JSON.stringify(expectedValue) === JSON.stringify(got) });
  const includeMissing = expected.body_include.filter((snippet) => !text.includes(snippet));
  return {
    file: expected.file,
    title: field(expected.title, article?.title ?? null),
    outlet: field(expected.outlet, article?.outlet ?? null),
    authors: field(expected.authors, article?.authors ?? []),
    published: field(expected.published, article?.published ?? null),
    includeKept: expected.body_include.length - includeMissing.length,
    includeTotal: expected.body_include.length,
    includeMissing,
    excludeLeaked: expected.body_exclude.filter((snippet) => text.includes(snippet)),
  };
}

export function formatSeedsTable(summary: SeedExtractionSummary): string {
  const mark = (ok: boolean) => (ok ? "ok" : "✗");
  const rows = summary.documents.map((d) =>
    [d.file.slice(0, 3), mark(d.title.ok), mark(d.outlet.ok), mark(d.authors.ok), mark(d.published.ok), `${d.includeKept}/${d.includeTotal}`, String(d.excludeLeaked.length)].join("\t"),
  );
  const misses = summary.documents.flatMap((d) => [
    ...(["title", "outlet", "authors", "published"] as const)
      .filter((name) => !d[name].ok)
      .map((name) => `  ${d.file.slice(0, 3)} ${name}: expected ${JSON.stringify(d[name].expected)}, got ${JSON.stringify(d[name].got)}`),
    ...d.includeMissing.map((snippet) => `  ${d.file.slice(0, 3)} missing: ${snippet}`),
    ...d.excludeLeaked.map((snippet) => `  ${d.file.slice(0, 3)} leaked: ${snippet}`),
  ]);
  return ["doc\ttitle\toutlet\tauthors\tdate\tkept\tleaked", ...rows, ...misses].join("\n");
}
