/** The article object of a page's JSON-LD (schema.org NewsArticle and kin), if any. */

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|WebPage)$/;

export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  authors: string[];
  publisher?: string;
}

export function readJsonLdArticle(document: Document): JsonLdArticle | null {
  const candidates: JsonObject[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collect(JSON.parse(script.textContent ?? "") as unknown, candidates);
    } catch {
      // Malformed JSON-LD is common; the page's other metadata still counts.
    }
  }
  const article = candidates.find((candidate) => typesOf(candidate).some((type) => ARTICLE_TYPES.test(type) && type !== "WebPage")) ?? candidates.find((candidate) => typesOf(candidate).includes("WebPage"));
  if (!article) return null;
  const result: JsonLdArticle = { authors: names(article.author) };
  const headline = stringOf(article.headline) ?? stringOf(article.name);
  const datePublished = stringOf(article.datePublished) ?? stringOf(article.dateCreated);
  const publisher = names(article.publisher)[0];
  if (headline) result.headline = headline;
  if (datePublished) result.datePublished = datePublished;
  if (publisher) result.publisher = publisher;
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

function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list
    .map((entry) => (typeof entry === "string" ? entry : stringOf((entry as JsonObject)?.name)))
    .filter((name): name is string => Boolean(name && !/^https?:\/\//.test(name)));
}

function stringOf(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}
