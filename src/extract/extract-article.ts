/**
 * The extract stage: RawDocument → Article. Dispatches on the content format, then finishes
 * every article the same way (container metadata, language, content hash, id).
 */
import { createHash } from "node:crypto";
import { message, type Message } from "../core/message.js";
import type { RawDocument } from "../ingest/raw-document.js";
import type { Article, ExtractedContent } from "./article.js";
import { detectLanguage, normalizeLanguageTag } from "./detect-language.js";
import { extractHtml } from "./html/extract-html.js";
import { sameHeadline, withHeadline } from "./headline.js";
import { inferredDateMessage, publishedFromFetchDate } from "./published-source.js";
import { statedModification } from "./modification-date.js";
import { parseStatedDate } from "./stated-date.js";
import { extractTextDump } from "./text/extract-text-dump.js";
import { cleanAuthors } from "./clean-authors.js";
import { cuesFor } from "./lang/index.js";

export type ExtractResult = { ok: true; article: Article } | { ok: false; source: string; error: Message };

export function extractArticle(document: RawDocument): ExtractResult {
  // The dump rules try every language's cues, so the stated language (if any) only orders them.
  const statedLanguage = document.metadata.language ? normalizeLanguageTag(document.metadata.language) : null;
  const content = document.format === "html" ? extractHtml(document) : extractTextDump(document, { language: statedLanguage });
  if (content.text.trim().length === 0) {
    return {
      ok: false,
      source: document.source,
      error: message(
        "extract",
        "no-article-text",
        `${document.source}: no article text found; check that the file is a news page, dump, feed or JSON record.`,
        "error",
      ),
    };
  }
  return { ok: true, article: finishArticle(document, withStatedMetadata(document, content)) };
}

/** Metadata stated by the container (feed item, JSON record) is more reliable than guesses from the body. */
function withStatedMetadata(document: RawDocument, content: ExtractedContent): ExtractedContent {
  const stated = document.metadata;
  const statedPublished = stated.published ? parseStatedDate(stated.published, { language: stated.language ?? null }) : null;
  // The capture day only when neither the container nor the page dates the article.
  const captured = statedPublished || content.published ? null : publishedFromFetchDate(stated.fetched);
  const published = statedPublished ?? content.published ?? captured?.published ?? null;
  return {
    ...content,
    title: stated.title?.trim() || content.title,
    outlet: stated.outlet?.trim() || content.outlet,
    authors: stated.authors && stated.authors.length > 0 ? stated.authors : content.authors,
    published,
    publishedSource: statedPublished ? { kind: "container", inferred: false, evidence: stated.published! } : (content.publishedSource ?? captured?.publishedSource ?? null),
    // The container's modification wins over the page's, as its publication date does.
    ...(statedModification(stated, published) ?? {}),
  };
}

/**
 * A record's stated title replaced the headline line its text opens with ("Article posted on
 * 08. 07. 2012" over "Klitschko stops Thompson in 6"): that line is still the article's words, so
 * it stays, as the body's first paragraph, instead of being lost with the title it lost to.
 */
function withOwnHeadline(content: ExtractedContent, raw: string): ExtractedContent {
  const own = content.headline;
  if (!own || !content.title || sameHeadline(own.text, content.title)) return content;
  return { ...content, ...withHeadline({ ...content, title: own.text }, raw), headline: null };
}

function finishArticle(document: RawDocument, content: ExtractedContent): Article {
  // The id stays the body's: a re-scrape that reads another title (og:title, <h1>) is the same article.
  const contentHash = hashArticleText(content.text);
  const { text, offsetMap } = withHeadline(withOwnHeadline(content, document.raw), document.raw);
  const language = detectLanguage(text, document.metadata.language);
  const warnings = [...document.messages, ...content.warnings, ...language.messages];
  if (!content.published) {
    warnings.push(message("extract", "no-date-found", "No publication date found; relative dates cannot be resolved."));
  }
  const inferredDate = inferredDateMessage(content.published, content.publishedSource);
  if (inferredDate) warnings.push(inferredDate);
  if (!content.title) warnings.push(message("extract", "no-title-found", "No title found.", "info"));
  return {
    id: `a_${contentHash.slice(0, 16)}`,
    contentHash,
    source: document.source,
    url: document.metadata.url ?? null,
    container: document.container,
    format: document.format,
    encoding: document.encoding,
    title: content.title,
    outlet: content.outlet,
    authors: cleanAuthors(content.authors, cuesFor(language.language), { outlet: content.outlet }),
    published: content.published,
    ...(content.publishedSource ? { publishedSource: content.publishedSource } : {}),
    ...(content.modified ? { modified: content.modified, modifiedSource: content.modifiedSource ?? null } : {}),
    language: language.language,
    text,
    offsetMap,
    warnings,
  };
}

/** Whitespace is collapsed first so that a re-scrape with other line breaks is the same article. */
export function hashArticleText(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/gu, " ").trim()).digest("hex");
}
