/**
 * The article body of a page as paragraphs, by a cascade, on the domhandler document the page
 * was parsed into once (source-text.ts). Elements that are boilerplate by markup are removed
 * first (page-boilerplate.ts). Then the fast step (fast-body.ts) reads the block that holds the
 * page's prose; only when its result looks doubtful is the cleaned page handed to linkedom and
 * @mozilla/readability, as trafilatura falls back on it. Fallbacks when Readability finds too
 * little: <article>/articleBody, then all <p>.
 */
import { Readability } from "@mozilla/readability";
import { type Document, type Element } from "domhandler";
import { getOuterHTML } from "domutils";
import { parseDocument } from "htmlparser2";
import { parseHTML } from "linkedom";
import { message, type Message } from "../../core/message.js";
import { articleBodyCandidate, keepOnlyArticleBody } from "./article-body.js";
import { readFastBody } from "./fast-body.js";
import { removeBoilerplate } from "./page-boilerplate.js";
import { rootElement, selectAll, selectFirst, textOf } from "./page-dom.js";
import { collapse, isWithin, paragraphsOf } from "./paragraph-walk.js";

/** Readability's result is trusted when it holds at least this much text. */
const MIN_READABILITY_CHARS = 250;

/** Which step of the cascade gave the paragraphs. */
export type BodyExtractor = "fast" | "readability" | "article element" | "all paragraphs";

export interface MainContent {
  paragraphs: string[];
  extractor: BodyExtractor;
  readabilityTitle: string | null;
  readabilityByline: string | null;
  messages: Message[];
}

/**
 * `document` is the page's parse, which this cleans in place (read the metadata first); `html`
 * its markup, parsed again only by the fallbacks. `fastPath: false` sends every page to
 * Readability (the caller needs its title, say).
 */
export function readMainContent(document: Document, html: string, { fastPath }: { fastPath: boolean }): MainContent {
  // Markup without a single element ("<!doctype html>") has no root, which Readability refuses.
  if (!rootElement(document)) return { paragraphs: [], extractor: "all paragraphs", readabilityTitle: null, readabilityByline: null, messages: [] };
  // Where the markup states the article's body, the rest of the page is not read at all.
  const candidate = articleBodyCandidate(document);
  if (candidate?.stated) keepOnlyArticleBody(candidate);
  removeBoilerplate(document);
  if (fastPath && candidate && isWithin(candidate.element, candidate.body)) {
    const fast = readFastBody(candidate.element, { withNeighbours: !candidate.stated });
    if (fast.doubts.length === 0) return { paragraphs: fast.paragraphs, extractor: "fast", readabilityTitle: null, readabilityByline: null, messages: [] };
  }
  // Readability reads linkedom's DOM: the cleaned page is serialised and parsed again, a smaller page than the raw one.
  const cleaned = parseHTML(getOuterHTML(document, { encodeEntities: "utf8" })).document;
  const result = cleaned.documentElement ? new Readability(cleaned, { charThreshold: MIN_READABILITY_CHARS, keepClasses: true }).parse() : null;
  const fromReadability = result?.content ? paragraphsOf(articleRoot(result.content)) : [];
  if (textLength(fromReadability) >= MIN_READABILITY_CHARS) {
    return { paragraphs: fromReadability, extractor: "readability", readabilityTitle: result?.title ?? null, readabilityByline: result?.byline ?? null, messages: [] };
  }
  const fallbackSource = parseDocument(html);
  removeBoilerplate(fallbackSource);
  const container = selectFirst('[itemprop="articleBody"], article, main, [role=main]', fallbackSource);
  const fromContainer = container ? paragraphsOf(container) : [];
  if (textLength(fromContainer) >= MIN_READABILITY_CHARS) {
    return { paragraphs: fromContainer, extractor: "article element", readabilityTitle: null, readabilityByline: null, messages: [fallback("the article element")] };
  }
  const fromParagraphs = selectAll("p", fallbackSource).map((p) => collapse(textOf(p))).filter(Boolean);
  const best = [fromReadability, fromContainer, fromParagraphs].sort((a, b) => textLength(b) - textLength(a))[0]!;
  return { paragraphs: best, extractor: "all paragraphs", readabilityTitle: result?.title ?? null, readabilityByline: null, messages: [fallback("all paragraphs of the page")] };
}

/** Readability's article HTML as one element to walk (htmlparser2 parses such a fragment in a fraction of a millisecond). */
function articleRoot(html: string): Element {
  const fragment = parseDocument(`<div>${html}</div>`);
  return rootElement(fragment)!;
}

function textLength(paragraphs: string[]): number {
  return paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
}

function fallback(what: string): Message {
  return message("extract", "readability-fallback", `The main-content extractor found too little text; used ${what} instead.`, "info");
}
