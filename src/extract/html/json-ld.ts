/**
 * The article object of a page's JSON-LD (schema.org NewsArticle and kin), if any, with the
 * nodes it refers to by "@id" resolved: Yoast and other CMS graphs name the author and the
 * publisher only as references to Person and Organization nodes elsewhere in the graph.
 */
import { type PageDocument, selectAll, textOf } from "./page-dom.js";

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|LiveBlogPosting|BlogPosting|Report|WebPage)$/;

export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  dateModified?: string;
  authors: string[];
  /** The authors typed as an organisation (Organization, NewsMediaOrganization): a site often credits itself so where no one signs. */
  organizationAuthors: string[];
  publisher?: string;
  /** The WebSite node's name: the outlet when the article names no publisher. */
  siteName?: string;
}

export function readJsonLdArticle(document: PageDocument): JsonLdArticle | null {
  const candidates: JsonObject[] = [];
  for (const script of selectAll('script[type="application/ld+json"]', document)) {
    try {
      collect(JSON.parse(textOf(script)) as unknown, candidates);
    } catch {
      // Malformed JSON-LD is common; the page's other metadata still counts.
    }
  }
  const nodes = new Map<string, JsonObject>();
  for (const candidate of candidates) {
    const id = candidate["@id"];
    if (typeof id === "string" && Object.keys(candidate).length > 1) nodes.set(id, candidate);
  }
  const resolve = (value: unknown): unknown => {
    const id = value && typeof value === "object" ? (value as JsonObject)["@id"] : undefined;
    const target = typeof id === "string" ? nodes.get(id) : undefined;
    return target && target !== value ? { ...target, ...(value as JsonObject) } : value;
  };
  const article = candidates.find((candidate) => typesOf(candidate).some((type) => ARTICLE_TYPES.test(type) && type !== "WebPage")) ?? candidates.find((candidate) => typesOf(candidate).includes("WebPage"));
  const siteName = stringOf(candidates.find((candidate) => typesOf(candidate).includes("WebSite"))?.name);
  if (!article) return siteName ? { authors: [], organizationAuthors: [], siteName } : null;
  const authorEntries = [article.author].flat().map(resolve);
  const organizations = authorEntries.filter((entry) => entry && typeof entry === "object" && typesOf(entry as JsonObject).some((type) => /Organi[sz]ation$/u.test(type)));
  const result: JsonLdArticle = { authors: names(article.author, resolve), organizationAuthors: names(organizations, resolve) };
  const headline = stringOf(article.headline) ?? stringOf(article.name);
  const datePublished = stringOf(article.datePublished) ?? stringOf(article.dateCreated);
  const publisher = names(article.publisher, resolve)[0];
  if (headline) result.headline = headline;
  const dateModified = stringOf(article.dateModified);
  if (datePublished) result.datePublished = datePublished;
  if (dateModified) result.dateModified = dateModified;
  if (publisher) result.publisher = publisher;
  if (siteName) result.siteName = siteName;
  return result;
}

function collect(value: unknown, into: JsonObject[]): void {
  if (Array.isArray(value)) value.forEach((item) => collect(item, into));
  else if (value && typeof value === "object") {
    const object = value as JsonObject;
    into.push(object);
    if (object["@graph"]) collect(object["@graph"], into);
  }
}

function typesOf(object: JsonObject): string[] {
  const type = object["@type"];
  return (Array.isArray(type) ? type : [type]).filter((entry): entry is string => typeof entry === "string");
}

function names(value: unknown, resolve: (value: unknown) => unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list
    .map((entry) => (typeof entry === "string" ? entry : stringOf((resolve(entry) as JsonObject | null)?.name)))
    .filter((name): name is string => Boolean(name && !/^https?:\/\//.test(name)));
}

function stringOf(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}
