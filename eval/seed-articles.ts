/**
 * The seed articles as users get them: read, extracted, annotated by the default pipeline, with
 * the gold publication date (or the date the gold infers) when extraction found none, so that
 * annotation scores do not depend on date extraction.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { annotateArticle } from "../src/annotate/annotate-article.js";
import type { AnnotatedArticle } from "../src/annotate/annotation.js";
import { extractArticle } from "../src/extract/extract-article.js";
import { readBytes } from "../src/ingest/read-bytes.js";

export interface GoldEntity {
  name: string;
  type: "PER" | "ORG" | "LOC" | "MISC";
  mentions: string[];
}

export interface GoldEvent {
  type: string;
  mode: string;
  actors: string[];
  targets: string[];
  date: string | null;
  place: string | null;
  evidence: string;
  also_evidence?: string[];
}

export interface GoldSeed {
  file: string;
  published: string | null;
  published_inferred?: string;
  entities: GoldEntity[];
  events: GoldEvent[];
}

export interface SeedCase {
  label: string;
  gold: GoldSeed;
  article: AnnotatedArticle;
}

/** `goldDates: false` leaves the publication date as extraction found it (none for two seeds), as a user's run does. */
export function loadSeedCases(sharedDir: string, { goldDates = true }: { goldDates?: boolean } = {}): SeedCase[] {
  const gold = JSON.parse(readFileSync(join(sharedDir, "gold", "seeds.gold.json"), "utf8")) as { documents: GoldSeed[] };
  return gold.documents.map((document) => {
    const [first] = readBytes(readFileSync(join(sharedDir, "seeds", document.file)), document.file);
    const extracted = first?.ok ? extractArticle(first.document) : null;
    if (!extracted?.ok) throw new Error(`seed ${document.file} could not be extracted`);
    const published = extracted.article.published ?? (goldDates ? (document.published ?? document.published_inferred ?? null) : null);
    return { label: document.file.slice(0, 3), gold: document, article: annotateArticle({ ...extracted.article, published }) };
  });
}
