/**
 * The extract stage: RawDocument → Article. Dispatches on the content format, then finishes
 * every article the same way (container metadata, language, content hash, id).
 */
import { createHash } from "node:crypto";
import { message, type Message } from "../core/message.js";
import type { RawDocument, StatedMetadata } from "../ingest/raw-document.js";
import type { Article, ExtractedContent, PublishedSource } from "./article.js";
import { detectLanguage, normalizeLanguageTag } from "./detect-language.js";
import { extractHtml } from "./html/extract-html.js";
import { sameHeadline, withHeadline } from "./headline.js";
import { inferredDateMessage, publishedFromFetchDate } from "./published-source.js";
import { laterModification, statedModification } from "./modification-date.js";
import { parseStatedDate } from "./stated-date.js";
import { datelineSource, extractTextDump } from "./text/extract-text-dump.js";
import { readDateStamp, type MetadataLine } from "./text/metadata-line.js";
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
  const stamp = stampedTitle(stated);
  const dated = pageDate(content, stamp);
  // The capture day only when neither the container nor the page dates the article.
  const captured = statedPublished || dated ? null : publishedFromFetchDate(stated.fetched);
  const published = statedPublished ?? dated?.published ?? captured?.published ?? null;
  // "Updated: …" as a title: a modification stated by its page, like a dump's modification line.
  const stampModification = stamp ? laterModification(stamp.line.modified, published, { ...stamp.source, inferred: false }) : null;
  return {
    ...content,
    title: (stamp ? null : stated.title?.trim()) || content.title,
    outlet: stated.outlet?.trim() || content.outlet,
    authors: stated.authors && stated.authors.length > 0 ? stated.authors : content.authors,
    published,
    publishedSource: statedPublished ? { kind: "container", inferred: false, evidence: stated.published! } : (dated?.publishedSource ?? captured?.publishedSource ?? null),
    ...(stampModification ?? {}),
    // The container's modification wins over the page's, as its publication date does.
    ...(statedModification(stated, published) ?? {}),
  };
}

/**
 * The date the page states, the stamp a record holds as its title first (the record's own field,
 * as its stated date is), then the text's. A stamp stating only an update gives its day last: an
 * update falls on the publication's day or after it, so it is the best date left, flagged as inferred.
 */
function pageDate(content: ExtractedContent, stamp: TitleStamp | null): { published: string; publishedSource: PublishedSource | null } | null {
  if (stamp?.line.published) return { published: stamp.line.published, publishedSource: stamp.source };
  if (content.published) return { published: content.published, publishedSource: content.publishedSource ?? null };
  const updated = stamp?.line.modified?.slice(0, 10);
  return stamp && updated ? { published: updated, publishedSource: { ...stamp.source, inferred: true } } : null;
}

interface TitleStamp {
  line: MetadataLine;
  source: PublishedSource;
}

/**
 * A record's title that is only its page's date stamp ("23 July 2013 Last updated at 13:42 GMT",
 * "MONDAY, MAY 23, 2005"), as scrapers store the first line above a headline: no headline, so the
 * text's own is the title, but a dateline, read as a dump's is.
 */
function stampedTitle(stated: StatedMetadata): TitleStamp | null {
  const title = stated.title?.replace(/\s+/gu, " ").trim();
  if (!title) return null;
  const language = stated.language ? normalizeLanguageTag(stated.language) : null;
  const cuesList = cuesFor(language);
  const line = readDateStamp(title, cuesList, language);
  return line ? { line, source: datelineSource(line, title, cuesList) } : null;
}

/**
 * A record's stated title replaced the headline line its text opens with (a feed's shortened
 * headline over the page's own): that line is still the article's words, so it stays, as the
 * body's first paragraph, instead of being lost with the title it lost to.
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
