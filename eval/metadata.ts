/**
 * Metadata accuracy (title, outlet, authors, publication day, and the last modification where a
 * gold states it, to the gold's precision), each field counted only on the
 * pages that state it, on four sets: the French pages written for it (eval/fixtures/metadata-fr),
 * the seeds (../shared/gold/seeds.gold.json), a sample of the shared English extraction set whose
 * metadata we read from the pages (eval/fixtures/metadata-en), and the whole English set against
 * the only gold its ground truth gives, the date a URL states (/2019/11/19/).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { extractArticle } from "../src/extract/extract-article.js";
import { dateFromUrl } from "../src/extract/html/url-date.js";
import { readBytes } from "../src/ingest/read-bytes.js";
import { evaluateSeedsExtraction } from "./seeds-extraction.js";

/** What a page states; null (or no author) where it states nothing, which is then not scored. */
export interface MetadataGold {
  title: string | null;
  outlet: string | null;
  /** Other names the page gives itself ("WSJ" beside "The Wall Street Journal"), each accepted. */
  outletAlso?: string[];
  /** null where one cannot tell who is credited (a byline naming an account such as "admin"): not scored. */
  authors: string[] | null;
  published: string | null;
  /** Another day the page states for the same instant (a UTC timestamp past the local midnight), accepted too. */
  publishedAlso?: string[];
  /** The last modification the page states; undefined where the gold does not say, null where the page states none. */
  modified?: string | null;
}

interface Extracted {
  title: string | null;
  outlet: string | null;
  authors: string[];
  published: string | null;
  publishedKind?: string | undefined;
  modified?: string | null;
}

export interface FieldTally {
  stated: number;
  right: number;
  misses: string[];
}

export interface MetadataScores {
  pages: number;
  title: FieldTally;
  outlet: FieldTally;
  authors: FieldTally;
  published: FieldTally;
  modified: FieldTally;
  /** Pages that name no author where some were extracted: names invented from navigation or credits. */
  inventedAuthors: string[];
}

const FIELDS = ["title", "outlet", "authors", "published", "modified"] as const;
type Field = (typeof FIELDS)[number];

const fixturesRoot = join(dirname(fileURLToPath(import.meta.url)), "fixtures");
const fixturesDir = join(fixturesRoot, "metadata-fr");

export function evaluateMetadataFr(): MetadataScores {
  const gold = JSON.parse(readFileSync(join(fixturesDir, "gold.json"), "utf8")) as { pages: Array<MetadataGold & { file: string; url: string }> };
  return score(
    gold.pages.map((page) => ({ name: page.file, gold: page, got: extract(readFileSync(join(fixturesDir, page.file)), page.file, page.url) })),
    { authorsKnown: true },
  );
}

export function evaluateMetadataSeeds(sharedDir: string): MetadataScores {
  return score(
    evaluateSeedsExtraction(sharedDir).documents.map((document) => ({
      name: document.file,
      gold: { title: document.title.expected, outlet: document.outlet.expected, authors: document.authors.expected, published: document.published.expected },
      got: { title: document.title.got, outlet: document.outlet.got, authors: document.authors.got, published: document.published.got },
    })),
    { authorsKnown: true },
  );
}

/**
 * The English pages whose metadata was read by hand (eval/fixtures/metadata-en/gold.json, keyed by
 * the page's file hash); the pages themselves stay in ../shared. Null when that set is absent.
 */
export function evaluateMetadataEnGold(dataDir: string): MetadataScores | null {
  if (!existsSync(join(dataDir, "html"))) return null;
  const gold = JSON.parse(readFileSync(join(fixturesRoot, "metadata-en", "gold.json"), "utf8")) as { pages: Record<string, MetadataGold & { url: string }> };
  return score(
    Object.entries(gold.pages).map(([hash, page]) => ({
      name: page.url,
      gold: page,
      got: extract(gunzipSync(readFileSync(join(dataDir, "html", `${hash}.html.gz`))), `${hash}.html.gz`, undefined),
    })),
    { authorsKnown: true },
  );
}

/**
 * The extractor reads the page's canonical URL, so its final date agrees with the URL's by
 * construction where the URL rule decided; `fromMarkup` counts only the dates the page's own
 * markup gave (a date taken from the URL counts as a miss there).
 */
export function evaluateMetadataEn(dataDir: string): { final: MetadataScores; fromMarkup: MetadataScores } {
  const truth = JSON.parse(readFileSync(join(dataDir, "ground-truth.json"), "utf8")) as Record<string, { url?: string }>;
  const cases = readdirSync(join(dataDir, "html"))
    .filter((name) => name.endsWith(".html.gz"))
    .sort()
    .map((file) => {
      const url = truth[file.replace(/\.html\.gz$/, "")]?.url;
      return {
        name: url ?? file,
        gold: { title: null, outlet: null, authors: [], published: url ? (dateFromUrl(url)?.date ?? null) : null },
        got: extract(gunzipSync(readFileSync(join(dataDir, "html", file))), file, undefined),
      };
    });
  const markupOnly = cases.map((entry) => ({ ...entry, got: { ...entry.got, published: entry.got.publishedKind === "url" ? null : entry.got.published } }));
  return { final: score(cases, { authorsKnown: false }), fromMarkup: score(markupOnly, { authorsKnown: false }) };
}

function extract(bytes: Uint8Array, source: string, url: string | undefined): Extracted {
  const first = readBytes(bytes, source, url ? { url } : {})[0];
  const extracted = first?.ok ? extractArticle(first.document) : null;
  const article = extracted?.ok ? extracted.article : null;
  return {
    title: article?.title ?? null,
    outlet: article?.outlet ?? null,
    authors: article?.authors ?? [],
    published: article?.published ?? null,
    publishedKind: article?.publishedSource?.kind,
    modified: article?.modified ?? null,
  };
}

/** authorsKnown: the gold lists every page's authors, so a page with none names none. */
function score(cases: Array<{ name: string; gold: MetadataGold; got: Extracted }>, options: { authorsKnown: boolean }): MetadataScores {
  const tally = (): FieldTally => ({ stated: 0, right: 0, misses: [] });
  const scores: MetadataScores = { pages: cases.length, title: tally(), outlet: tally(), authors: tally(), published: tally(), modified: tally(), inventedAuthors: [] };
  for (const { name, gold, got } of cases) {
    for (const field of FIELDS) {
      if (!isStated(gold, field)) continue;
      const fieldTally = scores[field];
      fieldTally.stated += 1;
      if (sameValue(field, gold, got)) fieldTally.right += 1;
      else fieldTally.misses.push(`${name} ${field}: expected ${JSON.stringify(gold[field])}, got ${JSON.stringify(got[field])}`);
    }
    // A modification read where the gold says the page states none counts against the pages that state one.
    if (gold.modified === null && got.modified) {
      scores.modified.stated += 1;
      scores.modified.misses.push(`${name} modified: the page states none, got ${JSON.stringify(got.modified)}`);
    }
    if (options.authorsKnown && gold.authors?.length === 0 && got.authors.length > 0) scores.inventedAuthors.push(`${name}: ${JSON.stringify(got.authors)}`);
  }
  return scores;
}

function isStated(gold: MetadataGold, field: Field): boolean {
  return field === "authors" ? (gold.authors?.length ?? 0) > 0 : gold[field] !== null && gold[field] !== undefined;
}

/** Case, spacing and typographic quotes aside; authors as a set; the publication day only; the modification to the gold's precision. */
function sameValue(field: Field, gold: MetadataGold, got: Extracted): boolean {
  if (field === "authors") {
    const names = (list: string[]) => [...new Set(list.map(normalize))].sort().join("|");
    return names(gold.authors ?? []) === names(got.authors);
  }
  if (field === "published") return [gold.published, ...(gold.publishedAlso ?? [])].some((day) => got.published?.slice(0, 10) === day?.slice(0, 10));
  if (field === "modified") return Boolean(got.modified?.startsWith(gold.modified!));
  if (field === "outlet") return got.outlet !== null && [gold.outlet!, ...(gold.outletAlso ?? [])].some((name) => normalize(name) === normalize(got.outlet!));
  return got[field] !== null && normalize(got[field]) === normalize(gold[field]!);
}

function normalize(text: string): string {
  return text.normalize("NFC").replace(/[’‘ʼ]/gu, "'").replace(/[“”]/gu, '"').replace(/\s+/gu, " ").trim().toLowerCase();
}

/** keyOf names a field's metric where the plain `${prefix}.${field}` is taken by another measure. */
export function metadataMetrics(prefix: string, scores: MetadataScores, keyOf: Partial<Record<Field, string>> = {}): Record<string, number> {
  const metrics: Record<string, number> = {};
  for (const field of FIELDS) {
    if (scores[field].stated > 0) metrics[`${prefix}.${keyOf[field] ?? field}`] = scores[field].right / scores[field].stated;
  }
  return metrics;
}

export function formatMetadataTable(heading: string, scores: MetadataScores): string {
  const rows = FIELDS.filter((field) => scores[field].stated > 0).map(
    (field) => `${field.padEnd(10)} ${String(scores[field].right).padStart(4)} / ${String(scores[field].stated).padEnd(4)} ${(scores[field].right / scores[field].stated).toFixed(3)}`,
  );
  const unscored = FIELDS.filter((field) => scores[field].stated === 0);
  return [
    `${heading}: ${scores.pages} pages; each field counted where the page states it`,
    "field      right / stated  accuracy",
    ...rows,
    ...(unscored.length > 0 ? [`not scored (no gold): ${unscored.join(", ")}`] : []),
    ...FIELDS.flatMap((field) => scores[field].misses.map((miss) => `  ${miss}`)),
    ...scores.inventedAuthors.map((line) => `  authors on a page that names none: ${line}`),
  ].join("\n");
}
