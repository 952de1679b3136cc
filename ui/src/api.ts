/** Typed calls to recoupe's JSON API; the shapes are the server's own types. */
import type { Story } from "../../src/connect/connect-corpus.js";
import type { CorpusEntity } from "../../src/connect/corpus-entities.js";
import type { DossierArticle } from "../../src/deliver/dossier-article.js";
import type { EntityGraph } from "../../src/deliver/entity-graph.js";
import type { StoryReport } from "../../src/deliver/report/report-model.js";
import type { StoryBriefing } from "../../src/server/story-briefing.js";
import type { ArticleMeta, StorySummary } from "../../src/server/story-catalog.js";

export type { Story, CorpusEntity, DossierArticle, EntityGraph, StoryReport, ArticleMeta, StorySummary };

/** `/api/entities/:id`: the corpus entity and its first mentions. */
export type EntityDetail = CorpusEntity & { mentions: Array<{ articleId: string; start: number; end: number; text: string; kind: string }>; citedArticles: ArticleMeta[] };

export interface StoryListing {
  /** How many stories pass the filters; `stories` is one page of them. */
  total: number;
  stories: StorySummary[];
  facets: { outlets: string[]; languages: string[] };
}

/** What the story page loads in one request (see src/server/story-briefing.ts). */
export type Briefing = StoryBriefing;

/** `/api/stories/:id/articles`: a page of the story's articles. */
export interface StoryArticlesPage {
  total: number;
  articles: ArticleMeta[];
}

export interface IngestResult {
  file: string;
  ok: boolean;
  id?: string;
  created?: boolean;
  title?: string | null;
  error?: string;
}

export class ApiError extends Error {}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { credentials: "same-origin", ...(signal ? { signal } : {}) });
  const body = (await response.json().catch(() => null)) as (T & { message?: string }) | null;
  if (!response.ok || body === null) throw new ApiError(body?.message ?? `${path}: HTTP ${response.status}`);
  return body;
}

/** Uploads one file; the server answers per document inside it (a feed holds several). */
export async function ingestFile(file: File): Promise<IngestResult[]> {
  const form = new FormData();
  form.append("file", file);
  const response = await fetch("/api/ingest", { method: "POST", body: form, credentials: "same-origin" });
  const body = (await response.json().catch(() => null)) as { results?: IngestResult[]; message?: string } | null;
  if (body?.results) return body.results;
  return [{ file: file.name, ok: false, error: body?.message ?? `HTTP ${response.status}` }];
}

export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== "") search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
}
