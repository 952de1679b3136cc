/**
 * The article body of a page as paragraphs. @mozilla/readability finds the main content;
 * before it runs, elements that are boilerplate by markup (figures, share bars, related
 * lists, comment forms) are removed, since Readability keeps some of them inside articles.
 * Fallbacks when Readability finds too little: <article>/articleBody, then all <p>.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { message, type Message } from "../../core/message.js";

/** Class and id words that mark page furniture, matched as whole words of the attribute. */
const BOILERPLATE_WORDS = new Set([
  "share", "sharing", "social", "related", "newsletter", "comment", "comments", "promo", "advert", "advertisement", "ad", "ads",
  "caption", "credit", "credits", "breadcrumb", "breadcrumbs", "subscribe", "subscription", "paywall", "cookie", "cookies",
  "popup", "modal", "outbrain", "taboola", "recommended", "recirculation", "read-more", "tags", "toolbar", "sidebar",
]);
/** Never article text. */
const NON_TEXT_ELEMENTS = "figure, figcaption, iframe, noscript, script, style, template, svg, button";
/** Usually furniture, but some sites wrap the whole page in one (ASP.NET pages live inside a <form>). */
const FURNITURE_ELEMENTS = "aside, nav, footer, form, [hidden], [aria-hidden=true], [role=navigation], [role=complementary]";
/** A furniture-named element holding more prose than this is a page wrapper ("has-sidebar"), not furniture. */
const MAX_FURNITURE_PARAGRAPHS = 2;
const MAX_FURNITURE_CHARS = 1500;
/** Readability's result is trusted when it holds at least this much text. */
const MIN_READABILITY_CHARS = 250;
export const BLOCK_ELEMENTS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "dd", "dt", "div", "section", "article", "ul", "ol", "table", "tr", "header", "main"]);

export interface MainContent {
  paragraphs: string[];
  readabilityTitle: string | null;
  readabilityByline: string | null;
  messages: Message[];
}

/** `reparse` rebuilds the page for the fallbacks, since Readability consumes the document it reads. */
export function readMainContent(document: Document, reparse: () => Document): MainContent {
  // Markup without a single element ("<!doctype html>") has no root, which Readability refuses.
  if (!document.documentElement) return { paragraphs: [], readabilityTitle: null, readabilityByline: null, messages: [] };
  removeBoilerplate(document);
  const result = new Readability(document, { charThreshold: MIN_READABILITY_CHARS }).parse();
  const fromReadability = result?.content ? paragraphsOf(parseHTML(`<html><body>${result.content}</body></html>`).document.body) : [];
  if (textLength(fromReadability) >= MIN_READABILITY_CHARS) {
    return { paragraphs: fromReadability, readabilityTitle: result?.title ?? null, readabilityByline: result?.byline ?? null, messages: [] };
  }
  const fallbackSource = reparse();
  removeBoilerplate(fallbackSource);
  const container = fallbackSource.querySelector('[itemprop="articleBody"], article, main, [role=main]');
  const fromContainer = container ? paragraphsOf(container) : [];
  if (textLength(fromContainer) >= MIN_READABILITY_CHARS) {
    return { paragraphs: fromContainer, readabilityTitle: null, readabilityByline: null, messages: [fallback("the article element")] };
  }
  const fromParagraphs = Array.from(fallbackSource.querySelectorAll("p")).map((p) => collapse(p.textContent ?? "")).filter(Boolean);
  const best = [fromReadability, fromContainer, fromParagraphs].sort((a, b) => textLength(b) - textLength(a))[0]!;
  return { paragraphs: best, readabilityTitle: result?.title ?? null, readabilityByline: null, messages: [fallback("all paragraphs of the page")] };
}

function removeBoilerplate(document: Document): void {
  for (const element of Array.from(document.querySelectorAll(NON_TEXT_ELEMENTS))) element.remove();
  for (const element of Array.from(document.querySelectorAll(FURNITURE_ELEMENTS))) if (isSmall(element)) element.remove();
  for (const element of Array.from(document.querySelectorAll("[class], [id]"))) {
    const words = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`.toLowerCase().split(/[\s_]+|(?<=[a-z])-(?=[a-z])/);
    if (!words.some((word) => BOILERPLATE_WORDS.has(word)) || element.matches("article, main, body, html")) continue;
    if (isSmall(element)) element.remove();
  }
}

function isSmall(element: Element): boolean {
  return element.querySelectorAll("p").length <= MAX_FURNITURE_PARAGRAPHS && (element.textContent?.length ?? 0) <= MAX_FURNITURE_CHARS;
}

/** Leaf blocks become paragraphs: a block whose children are all inline gives one paragraph. */
export function paragraphsOf(root: Element): string[] {
  const paragraphs: string[] = [];
  const visit = (element: Element) => {
    const hasBlockChild = Array.from(element.children).some((child) => BLOCK_ELEMENTS.has(child.tagName.toLowerCase()));
    if (!hasBlockChild) {
      const text = collapse(element.textContent ?? "");
      if (text) paragraphs.push(text);
      return;
    }
    // Text directly inside a block that also has block children ("<div>text<p>…</p></div>") is its own paragraph.
    let inline = "";
    for (const node of Array.from(element.childNodes)) {
      if (node.nodeType === 1 && BLOCK_ELEMENTS.has((node as Element).tagName.toLowerCase())) {
        if (collapse(inline)) paragraphs.push(collapse(inline));
        inline = "";
        visit(node as Element);
      } else if (node.nodeType === 1 || node.nodeType === 3) {
        inline += node.textContent ?? ""; // comments (type 8) are not text
      }
    }
    if (collapse(inline)) paragraphs.push(collapse(inline));
  };
  visit(root);
  return paragraphs;
}

function collapse(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

function textLength(paragraphs: string[]): number {
  return paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
}

function fallback(what: string): Message {
  return message("extract", "readability-fallback", `The main-content extractor found too little text; used ${what} instead.`, "info");
}
