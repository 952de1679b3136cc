/**
 * HTML pages → the article: metadata (html-metadata.ts), body paragraphs (main-content.ts)
 * filtered with the same noise rules as text dumps, and an offset map into the raw HTML.
 * The page is parsed once (source-text.ts): its DOM serves the metadata, its source text the offsets.
 */
import { message, type Message } from "../../core/message.js";
import type { RawDocument } from "../../ingest/raw-document.js";
import type { ExtractedContent } from "../article.js";
import { cuesFor } from "../lang/index.js";
import { isMetadataOnly } from "../text/metadata-line.js";
import { noiseKind } from "../text/noise-rules.js";
import { alignToSource } from "./align-to-source.js";
import { readHtmlMetadata } from "./html-metadata.js";
import { readMainContent } from "./main-content.js";
import { MAX_PLAIN_TEXT_CHARS, pageLimitMessage, type PageLimit, type PageSize } from "./page-limits.js";
import { plainTextParagraphs, readPlainText } from "./plain-text.js";
import { parsePage } from "./source-text.js";

/** How many of the body's first paragraphs may repeat the headline: a section label or a date may come before it. */
const HEADLINE_REPEAT_WITHIN = 3;

export function extractHtml(document: RawDocument): ExtractedContent {
  const page = parsePage(document.raw);
  if (page.exceeded) return plainTextOnly(document, page.exceeded, page.size);
  const metadata = readHtmlMetadata(page.document, document.metadata.url);
  // Readability's title stands in when the metadata has none, so such pages skip the fast step.
  const content = readMainContent(page.document, document.raw, { fastPath: metadata.title !== null });
  const language = metadata.language?.slice(0, 2).toLowerCase() ?? null;
  const cues = cuesFor(language);
  const title = metadata.title ?? content.readabilityTitle;
  const paragraphs = content.paragraphs.filter((paragraph, index) => {
    if (noiseKind(paragraph, cues) || isMetadataOnly(paragraph, cues, language)) return false;
    // The headline repeated at the top of the body (after a kicker such as "Politique", at most) is not body text.
    return !(index < HEADLINE_REPEAT_WITHIN && title !== null && sameText(paragraph, title));
  });
  const aligned = alignToSource(paragraphs, page);
  const warnings: Message[] = [...content.messages];
  if (aligned.unaligned > 0) {
    warnings.push(message("extract", "offsets-partial", `${aligned.unaligned} paragraph(s) could not be traced back to the raw HTML; their spans have no raw position.`, "info"));
  }
  return {
    title,
    outlet: metadata.outlet,
    authors: metadata.authors,
    published: metadata.published,
    publishedSource: metadata.publishedSource,
    modified: metadata.modified, modifiedSource: metadata.modifiedSource,
    text: aligned.text,
    offsetMap: aligned.offsetMap,
    warnings,
    bodyExtractor: content.extractor,
  };
}

/** Too deep or too big to build a DOM: keep the visible text, one paragraph per block, and say so. */
function plainTextOnly(document: RawDocument, limit: PageLimit, size: PageSize): ExtractedContent {
  const plain = readPlainText(document.raw, MAX_PLAIN_TEXT_CHARS);
  const { paragraphs, truncated } = plainTextParagraphs(plain, MAX_PLAIN_TEXT_CHARS);
  const aligned = alignToSource(paragraphs, plain);
  return {
    title: null,
    outlet: null,
    authors: [],
    published: null,
    text: aligned.text,
    offsetMap: aligned.offsetMap,
    warnings: [pageLimitMessage(document.source, limit, size, truncated)],
  };
}

function sameText(a: string, b: string): boolean {
  const normalize = (text: string) => text.replace(/\s+/gu, " ").trim().toLowerCase();
  return normalize(a) === normalize(b);
}
