/**
 * The HTTP API (Hono): handlers validate their input, call the same library functions as the
 * CLI, and serialise. Errors become JSON with a status in one place. Every response carries a
 * Content-Security-Policy that allows no script but the server's own.
 */
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { z } from "zod";
import { analyzeDocuments } from "../analyze.js";
import { readWholeInput } from "../ingest/read-whole-input.js";
import { readWarc, type WarcTally } from "../ingest/readers/warc-reader.js";
import { parseWarcFilter, type WarcFilter } from "../ingest/warc/warc-filter.js";
import type { Annotator } from "../analyze/annotator.js";
import { findStory } from "../connect/connect-corpus.js";
import { RecoupeError } from "../core/errors.js";
import { toDossierArticle } from "../deliver/dossier-article.js";
import { exportStory, STORY_EXPORT_FORMATS } from "../deliver/report/story-export.js";
import type { Store } from "../store/store.js";
import { CorpusCache, type CorpusSnapshot } from "./corpus-cache.js";
import { openApiDocument } from "./openapi.js";
import { readUploads } from "./read-uploads.js";
import { ownHostOnly, sameOriginChanges } from "./request-guards.js";
import { storyArticles, storyBriefing } from "./story-briefing.js";
import { tokenAuth } from "./token-auth.js";
import { findUiRoot } from "./ui-assets.js";

export interface AppOptions {
  /** Required on every request when set (`Authorization: Bearer <token>`); without it, only the server's own host names are answered. */
  token?: string;
  /** The address the server listens on: a Host it answers to besides 127.0.0.1, localhost and [::1]. */
  host?: string;
  /** Largest uploaded file accepted by /api/ingest, in bytes; a larger one is cut there and refused. */
  maxUploadBytes?: number;
  /** Largest /api/ingest request body read, in bytes (at least maxUploadBytes); past it the rest is left unread. */
  maxRequestBytes?: number;
  /** The built web UI's folder; found under the package by default, none when null. */
  uiRoot?: string | null;
  /** Where uploads are extracted and annotated: in this thread by default; `recoupe serve` gives a worker pool, so reads never wait on an upload. */
  annotator?: Annotator;
}

const DEFAULT_MAX_UPLOAD = 20 * 1024 * 1024;
/** A few files at the per-file limit; the web UI sends one file per request. */
const DEFAULT_MAX_REQUEST = 100 * 1024 * 1024;

type IngestResult = { file: string; ok: true; id: string; created: boolean; title: string | null; note?: string } | { file: string; ok: false; error: string };

/**
 * Articles are deduplicated by their text alone, so a second copy (another URL, another title)
 * is stored once, as the first: not kept as an alias, but said in its result instead of silently.
 */
function storedResult(file: string, outcome: { id: string; created: boolean; title: string | null }): IngestResult {
  const result = { file, ok: true as const, id: outcome.id, created: outcome.created, title: outcome.title };
  return outcome.created ? result : { ...result, note: `${file}: same text as ${outcome.id}, already stored; stored once, this copy's source and metadata are not kept.` };
}
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/u, "a date as YYYY, YYYY-MM or YYYY-MM-DD");
const storyFilters = z.object({
  q: z.string().trim().min(1).optional(),
  entity: z.string().trim().min(1).optional(),
  outlet: z.string().trim().min(1).optional(),
  language: z.string().trim().min(2).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  article: z.string().min(1).optional(),
});
const storyExport = z.object({ format: z.enum(STORY_EXPORT_FORMATS, { error: `format: one of ${STORY_EXPORT_FORMATS.join(", ")}` }) });
/**
 * A story listing is a page of 50 unless a larger one is asked for: at 100,000 articles the whole
 * listing is 8 MB and 0.8–1.9 s, a page of 50 a few kilobytes. No upper bound: a caller that
 * wants the whole listing asks for `total` stories.
 */
const paging = z.object({ limit: z.coerce.number().int().min(1).max(500).default(50), offset: z.coerce.number().int().min(0).default(0) });
const storyListing = storyFilters.extend(paging.extend({ limit: z.coerce.number().int().min(1).default(50) }).shape);
/** Full-text hits considered when a story listing is filtered by words. */
const STORY_SEARCH_HITS = 500;

export function createApp(store: Store, options: AppOptions = {}, corpus: CorpusCache = new CorpusCache(store)): Hono {
  const app = new Hono();
  app.use(
    "*",
    secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], objectSrc: ["'none'"], baseUri: ["'none'"], frameAncestors: ["'none'"], formAction: ["'self'"] } }),
  );
  // Without a token only loopback callers reach the server, so it must also refuse what web pages send it.
  if (!options.token) app.use("*", ownHostOnly(options.host));
  app.use("*", sameOriginChanges());
  if (options.token) app.use("*", tokenAuth(options.token));

  app.get("/openapi.json", (c) => c.json(openApiDocument));

  app.get("/api/articles", async (c) => {
    const { limit, offset } = paging.parse(c.req.query());
    return c.json({ total: await store.countArticles(), articles: await store.listArticles({ limit, offset }) });
  });

  app.get("/api/articles/:id", async (c) => {
    const article = await store.getArticle(c.req.param("id"));
    if (!article) throw new RecoupeError("not-found", `no article with id ${c.req.param("id")}.`);
    return c.json({ ...toDossierArticle(article), ...(c.req.query("raw") === "1" ? { raw: article.raw } : {}) });
  });

  app.get("/api/search", async (c) => {
    const { limit, offset } = paging.parse(c.req.query());
    const query = c.req.query("q") ?? "";
    if (!query.trim()) throw new RecoupeError("usage", "give a query: /api/search?q=words.");
    return c.json({ query, hits: await store.search(query, { limit, offset }) });
  });

  app.get("/api/stories", async (c) => {
    const { q, limit, offset, ...filters } = storyListing.parse(c.req.query());
    const snapshot = await corpus.get();
    const articleIds = q ? new Set((await store.search(q, { limit: STORY_SEARCH_HITS })).map((hit) => hit.id)) : undefined;
    const stories = snapshot.catalog.list({ ...filters, ...(articleIds ? { articleIds } : {}) });
    return c.json({ total: stories.length, stories: stories.slice(offset, offset + limit), facets: snapshot.catalog.facets() });
  });

  app.get("/api/stories/:id/briefing", async (c) => {
    const snapshot = await corpus.get();
    return c.json(storyBriefing(snapshot, storyIn(snapshot, c.req.param("id"), c.req.path)));
  });

  app.get("/api/stories/:id/articles", async (c) => {
    const { limit, offset } = paging.parse(c.req.query());
    const snapshot = await corpus.get();
    return c.json(storyArticles(snapshot, storyIn(snapshot, c.req.param("id"), c.req.path), offset, limit));
  });

  app.get("/api/stories/:id/export", async (c) => {
    const { format } = storyExport.parse(c.req.query());
    const snapshot = await corpus.get();
    const file = await exportStory(store, storyIn(snapshot, c.req.param("id"), c.req.path), snapshot.entitiesById, format);
    return c.body(file.body, 200, { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.fileName}"` });
  });

  app.get("/api/stories/:id", async (c) => c.json(storyIn(await corpus.get(), c.req.param("id"), c.req.path)));
  app.get("/api/stories/:id/claims", async (c) => c.json({ claims: storyIn(await corpus.get(), c.req.param("id"), c.req.path).claims }));
  app.get("/api/stories/:id/timeline", async (c) => c.json({ timeline: storyIn(await corpus.get(), c.req.param("id"), c.req.path).timeline }));

  app.get("/api/entities", async (c) => {
    const { limit, offset } = paging.parse(c.req.query());
    const { entities } = await corpus.get();
    const sorted = [...entities].sort((a, b) => b.mentionCount - a.mentionCount);
    return c.json({ total: entities.length, entities: sorted.slice(offset, offset + limit) });
  });

  app.get("/api/entities/:id", async (c) => {
    const snapshot = await corpus.get();
    const entity = snapshot.entitiesById.get(c.req.param("id"));
    if (!entity) throw new RecoupeError("not-found", `no entity with id ${c.req.param("id")}.`);
    const mentions = [];
    for (const [articleId, localId] of Object.entries(entity.articles).slice(0, 100)) {
      const article = await store.getArticle(articleId);
      const local = article?.annotations.entities.find((candidate) => candidate.id === localId);
      for (const mention of local?.mentions ?? []) mentions.push({ articleId, ...mention });
    }
    // The metadata of the articles its mentions and roles cite, so sources are named by outlet, never by id.
    const cited = new Set([...mentions.map((mention) => mention.articleId), ...entity.roles.flatMap((role) => role.sources.map((source) => source.articleId))]);
    const articles = [...cited].flatMap((articleId) => snapshot.articles.get(articleId) ?? []);
    return c.json({ ...entity, mentions, citedArticles: articles });
  });

  app.post("/api/ingest", async (c) => {
    const maxFileBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD;
    const limits = { maxFileBytes, maxRequestBytes: options.maxRequestBytes ?? Math.max(maxFileBytes, DEFAULT_MAX_REQUEST) };
    const results: IngestResult[] = [];
    const archives: WarcTally[] = [];
    const warc = { filter: uploadWarcFilter(c.req.queries("filterHost"), c.req.query("from"), c.req.query("to")), onArchiveRead: (tally: WarcTally) => archives.push(tally) };
    const { cut } = await readUploads(c.req.raw, limits, async (upload) => {
      if ("error" in upload) {
        results.push({ file: upload.name, ok: false, error: upload.error });
        return;
      }
      // A WARC's records are read as its bytes arrive, each within the per-file limit, and selected as `recoupe analyze` selects a file's.
      const documents = "chunks" in upload ? readWarc(upload.chunks, upload.name, maxFileBytes, warc) : readWholeInput(upload.bytes, upload.name, { maxRecordBytes: maxFileBytes, warc });
      const outcomes = await analyzeDocuments(store, documents, options.annotator);
      for (const outcome of outcomes) results.push(outcome.ok ? storedResult(upload.name, outcome) : { file: upload.name, ok: false, error: outcome.error.reason });
    });
    corpus.noteIngested(results.flatMap((result) => (result.ok && result.created ? [result.id] : [])));
    // The rest of a cut request stays unread: the connection ends with this answer.
    if (cut) c.header("Connection", "close");
    return c.json({ results, ...(archives.length > 0 ? { archives } : {}) }, results.some((result) => result.ok) ? 200 : 422);
  });

  const uiRoot = options.uiRoot === undefined ? findUiRoot() : options.uiRoot;
  if (uiRoot) app.use("/*", serveStatic({ root: uiRoot }));
  else app.get("/", (c) => c.text("recoupe's web UI is not built: run `npm run build:ui` (the API is under /api, described at /openapi.json).", 503));

  app.onError((error, c) => {
    if (error instanceof RecoupeError) return c.json({ error: error.code, message: error.message }, error.code === "not-found" ? 404 : 400);
    if (error instanceof z.ZodError) return c.json({ error: "usage", message: error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ") }, 400);
    if ("getResponse" in error && typeof error.getResponse === "function") return error.getResponse() as Response;
    return c.json({ error: "internal", message: "the server failed on this request; see its log." }, 500);
  });
  app.notFound((c) => c.json({ error: "not-found", message: `no route ${c.req.method} ${c.req.path}; see /openapi.json.` }, 404));
  return app;
}

/** Which records of an uploaded WARC to read: `?filterHost=lemonde.fr,zeit.de&from=2024-03&to=2024-03-31`, as analyze's options. */
function uploadWarcFilter(hosts: string[] | undefined, from: string | undefined, to: string | undefined): WarcFilter {
  try {
    return parseWarcFilter({ ...(hosts ? { hosts } : {}), ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) }, { from: "from", to: "to" });
  } catch (error) {
    throw new RecoupeError("usage", `/api/ingest: ${(error as Error).message}`);
  }
}

/** The story an id names; an id whose story merged or gained an earlier article redirects (308) to the story holding its article now. */
function storyIn(snapshot: CorpusSnapshot, id: string, path: string) {
  const found = findStory(snapshot.stories, id);
  if (!found) throw new RecoupeError("not-found", `no story with id ${id}.`);
  if (found.movedFrom) {
    const location = path.replace(`/${encodeURIComponent(id)}`, `/${found.story.id}`).replace(`/${id}`, `/${found.story.id}`);
    throw new HTTPException(308, { res: new Response(null, { status: 308, headers: { location } }) });
  }
  return found.story;
}
