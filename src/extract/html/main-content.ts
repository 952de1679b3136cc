/**
 * The article body of a page as paragraphs, by a cascade. Elements that are boilerplate by
 * markup (figures, share bars, related lists, comment forms) are removed first. Then the
 * fast step (fast-body.ts) reads the block that holds the page's prose; when its result looks
 * doubtful, @mozilla/readability finds the main content, as trafilatura falls back on it.
 * Fallbacks when Readability finds too little: <article>/articleBody, then all <p>.
 */
import { Readability } from "@mozilla/readability";
import { message, type Message } from "../../core/message.js";
import { readFastBody } from "./fast-body.js";

/** Class and id words that mark page furniture, matched as whole words of the attribute. */
const BOILERPLATE_WORDS = new Set([
  "share", "sharing", "social", "related", "newsletter", "comment", "comments", "promo", "advert", "advertisement", "ad", "ads",
  "caption", "credit", "credits", "breadcrumb", "breadcrumbs", "subscribe", "subscription", "paywall", "cookie", "cookies",
  "popup", "modal", "outbrain", "taboola", "recommended", "recirculation", "read-more", "tags", "toolbar", "sidebar",
]);
/** Any of the words as a substring: the cheap test that rules most class names out before they are split into words. */
const BOILERPLATE_SUBSTRING = new RegExp([...BOILERPLATE_WORDS].join("|"), "u");
/** Never article text. */
const NON_TEXT_TAGS = new Set(["figure", "figcaption", "iframe", "noscript", "script", "style", "template", "svg", "button"]);
/**
 * Usually furniture, but some sites wrap the whole page in one (ASP.NET pages live inside a <form>):
 * these tags, and elements [hidden], [aria-hidden=true], [role=navigation] or [role=complementary].
 */
const FURNITURE_TAGS = new Set(["aside", "nav", "footer", "form"]);
/** A furniture-named element holding more prose than this is a page wrapper ("has-sidebar"), not furniture. */
const MAX_FURNITURE_PARAGRAPHS = 2;
const MAX_FURNITURE_CHARS = 1500;
/**
 * Posts embedded from social networks, as their embed code writes them before its script runs:
 * quoted text the article cites, whatever wrapper ("social-embed", a figure) the site puts around them.
 */
const EMBEDDED_POST_CLASSES = [
  "twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "bluesky-embed", "mastodon-embed", "reddit-embed-bq", "fb-xfbml-parse-ignore",
];
/** An element whose text is at least this share one embedded post's is that post's frame. */
const MIN_EMBED_FRAME_SHARE = 0.8;
/** A post's frame never reaches past these: they hold the article, quote the post, or are the page's own furniture (a sidebar feed). */
const POST_FRAME_LIMITS = "article, main, body, html, blockquote, [itemprop=articleBody], aside, nav, footer, header";
/** A stated article body holds at least this share of the page's paragraph text; less, and the article is elsewhere (a lone <article> that is a teaser). */
const MIN_STATED_BODY_SHARE = 0.8;
/** How pages mark their article's body, most specific first. */
const STATED_BODY_SELECTORS = ['[itemprop="articleBody"]', "article", "main, [role=main]"];
/** Readability's result is trusted when it holds at least this much text. */
const MIN_READABILITY_CHARS = 250;
export const BLOCK_ELEMENTS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "dd", "dt", "div", "section", "article", "ul", "ol", "table", "tr", "header", "main"]);

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
 * `reparse` rebuilds the page for the fallbacks, since Readability consumes the document it reads.
 * `fastPath: false` sends every page to Readability (the caller needs its title, say).
 */
export function readMainContent(document: Document, reparse: () => Document, { fastPath }: { fastPath: boolean }): MainContent {
  // Markup without a single element ("<!doctype html>") has no root, which Readability refuses.
  if (!document.documentElement) return { paragraphs: [], extractor: "all paragraphs", readabilityTitle: null, readabilityByline: null, messages: [] };
  // Where the markup states the article's body, the rest of the page is not read at all.
  const candidate = articleBodyCandidate(document);
  if (candidate?.stated) candidate.body.replaceChildren(candidate.element);
  removeBoilerplate(document);
  if (fastPath && candidate && candidate.body.contains(candidate.element)) {
    const fast = readFastBody(candidate.element);
    if (fast.doubts.length === 0) return { paragraphs: fast.paragraphs, extractor: "fast", readabilityTitle: null, readabilityByline: null, messages: [] };
  }
  // The article element itself, not its HTML: serialising it only to parse it again cost a third of a page's time.
  // Its class attributes are kept: only its text is read, so stripping them is a walk for nothing.
  const result = new Readability<Node>(document, { charThreshold: MIN_READABILITY_CHARS, keepClasses: true, serializer: (node) => node }).parse();
  const fromReadability = result?.content ? paragraphsOf(result.content as Element) : [];
  if (textLength(fromReadability) >= MIN_READABILITY_CHARS) {
    return { paragraphs: fromReadability, extractor: "readability", readabilityTitle: result?.title ?? null, readabilityByline: result?.byline ?? null, messages: [] };
  }
  const fallbackSource = reparse();
  removeBoilerplate(fallbackSource);
  const container = fallbackSource.querySelector('[itemprop="articleBody"], article, main, [role=main]');
  const fromContainer = container ? paragraphsOf(container) : [];
  if (textLength(fromContainer) >= MIN_READABILITY_CHARS) {
    return { paragraphs: fromContainer, extractor: "article element", readabilityTitle: null, readabilityByline: null, messages: [fallback("the article element")] };
  }
  const fromParagraphs = Array.from(fallbackSource.querySelectorAll("p")).map((p) => collapse(p.textContent ?? "")).filter(Boolean);
  const best = [fromReadability, fromContainer, fromParagraphs].sort((a, b) => textLength(b) - textLength(a))[0]!;
  return { paragraphs: best, extractor: "all paragraphs", readabilityTitle: result?.title ?? null, readabilityByline: null, messages: [fallback("all paragraphs of the page")] };
}

/**
 * The article's body when the markup states it: of the elements marked as the article's body
 * ([itemprop=articleBody]), else as an article (<article>), else as the page's main content, the
 * one holding the most paragraph text, if that is most of the page's; null otherwise. Readability
 * then reads that element alone: a fraction of the page, and no sidebar or teaser list to take for
 * the article.
 */
export function statedArticleBody(document: Document): { element: Element; body: Element } | null {
  const candidate = articleBodyCandidate(document);
  return candidate?.stated ? candidate : null;
}

/**
 * The block the fast step reads: the stated article body, else the smallest element holding
 * most of the page's paragraph text (the block a text-density extractor would pick; `stated`
 * false, so the page is not cut down to it before Readability).
 */
export function articleBodyCandidate(document: Document): { element: Element; body: Element; stated: boolean } | null {
  // querySelector, not document.body, which linkedom makes up (and moves elements into) when the markup has none.
  const body = document.querySelector("body");
  if (!body) return null;
  const prose = paragraphTextByAncestor(document);
  const total = prose.get(document.documentElement) ?? 0;
  const holdsMost = (element: Element) => (prose.get(element) ?? 0) >= MIN_STATED_BODY_SHARE * total;
  for (const selector of STATED_BODY_SELECTORS) {
    const candidates = Array.from(document.querySelectorAll(selector)).filter((element) => element !== body && body.contains(element));
    const best = candidates.sort((a, b) => (prose.get(b) ?? 0) - (prose.get(a) ?? 0))[0];
    if (best && holdsMost(best)) return { element: best, body, stated: true };
  }
  if (total === 0) return null;
  let densest: Element = body;
  for (let child = Array.from(densest.children).find(holdsMost); child; child = Array.from(densest.children).find(holdsMost)) densest = child;
  return densest === body ? null : { element: densest, body, stated: false };
}

/** How many characters of <p> text each element holds, counted once per paragraph up its ancestors. */
function paragraphTextByAncestor(document: Document): Map<Element, number> {
  const prose = new Map<Element, number>();
  for (const paragraph of Array.from(document.querySelectorAll("p"))) {
    const length = collapse(paragraph.textContent ?? "").length;
    for (let ancestor = paragraph.parentElement; ancestor; ancestor = ancestor.parentElement) prose.set(ancestor, (prose.get(ancestor) ?? 0) + length);
  }
  return prose;
}

/**
 * The three removals read one list of the page's elements, taken once the posts and quotes are
 * lifted: an element an earlier removal took out with its ancestor is skipped, so the result is
 * what a query per removal gives, for a third of the walks over the DOM.
 */
function removeBoilerplate(document: Document): void {
  liftEmbeddedPosts(document);
  liftQuotesOutOfFigures(document);
  const elements = Array.from(document.querySelectorAll("*"));
  for (const element of elements) if (NON_TEXT_TAGS.has(element.localName)) element.remove();
  for (const element of elements) if (isFurnitureElement(element) && isAttached(element, document) && isSmall(element)) element.remove();
  for (const element of elements) {
    if ((element.hasAttribute("class") || element.hasAttribute("id")) && isAttached(element, document) && hasFurnitureName(element) && isSmall(element)) element.remove();
  }
}

/** Furniture by its tag or its hidden or navigation role (FURNITURE_TAGS). */
function isFurnitureElement(element: Element): boolean {
  if (FURNITURE_TAGS.has(element.localName) || element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true") return true;
  const role = element.getAttribute("role");
  return role === "navigation" || role === "complementary";
}

function isAttached(element: Element, document: Document): boolean {
  let node: Node = element;
  while (node.parentNode) node = node.parentNode;
  return node === document;
}

/**
 * A figure is dropped with its image and caption, but a blockquote in it (an embedded tweet, a
 * pull quote) is text the article quotes: it takes the figure's place.
 */
function liftQuotesOutOfFigures(document: Document): void {
  for (const figure of elementsNamed(document, "figure")) {
    const quotes = elementsNamed(figure, "blockquote").filter((quote) => quote.parentElement?.closest("blockquote") == null);
    if (quotes.length > 0) figure.replaceWith(...quotes);
  }
}

/**
 * "<div class="social-embed"><blockquote class="twitter-tweet">…": the frames sites put around an
 * embedded post carry furniture class names (which Readability strips too), so each post takes
 * the place of the outermost frame that holds little else.
 */
function liftEmbeddedPosts(document: Document): void {
  const isPost = (quote: Element) => (quote.getAttribute("class") ?? "").split(/\s+/u).some((name) => EMBEDDED_POST_CLASSES.includes(name));
  for (const post of elementsNamed(document, "blockquote").filter(isPost)) {
    const postChars = collapse(post.textContent ?? "").length;
    let frame: Element = post;
    for (let parent = post.parentElement; parent && !parent.matches(POST_FRAME_LIMITS); parent = parent.parentElement) {
      if (postChars < MIN_EMBED_FRAME_SHARE * collapse(parent.textContent ?? "").length) break;
      frame = parent;
    }
    if (frame !== post) frame.replaceWith(post);
  }
}

/**
 * The elements of a tag in document order, as querySelectorAll gives them (outside <template>),
 * from a walk that compares tag names instead of running a CSS selector on every element.
 */
function elementsNamed(root: Document | Element, tag: string): Element[] {
  return Array.from(root.getElementsByTagName(tag)).filter((element) => !element.parentElement?.closest("template"));
}

/** Whether the element's class or id names page furniture ("share-bar", "related_posts"); the page's own frame never does. */
export function hasFurnitureName(element: Element): boolean {
  const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`.toLowerCase();
  // Most class names hold none of the words even as a substring: they are ruled out without splitting.
  if (!BOILERPLATE_SUBSTRING.test(names)) return false;
  const words = names.split(/[\s_]+|(?<=[a-z])-(?=[a-z])/);
  return words.some((word) => BOILERPLATE_WORDS.has(word)) && !element.matches("article, main, body, html");
}

/**
 * At most MAX_FURNITURE_PARAGRAPHS <p> and MAX_FURNITURE_CHARS characters of text. Counted with an
 * early exit: a furniture-named page wrapper is told apart after its first few paragraphs, not
 * after its whole text is built.
 */
function isSmall(element: Element): boolean {
  let paragraphs = 0;
  let chars = 0;
  const within = (node: Node): boolean => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        chars += (child as Text).data.length;
        if (chars > MAX_FURNITURE_CHARS) return false;
      } else if (child.nodeType === 1) {
        if ((child as Element).localName === "p" && ++paragraphs > MAX_FURNITURE_PARAGRAPHS) return false;
        if (!within(child)) return false;
      }
    }
    return true;
  };
  return within(element);
}

/** A paragraph as the walk finds it: its text, the block it lies in, and, for text beside block children, the inline nodes it is made of. */
export type ParagraphVisitor = (text: string, block: Element, inlineNodes: Node[] | null) => void;

/**
 * Leaf blocks become paragraphs: a block whose children are all inline gives one paragraph.
 * `enter` may refuse a block, whose text is then skipped.
 */
export function walkParagraphs(root: Element, visitor: ParagraphVisitor, enter: (block: Element) => boolean = () => true): void {
  const visit = (element: Element) => {
    if (!enter(element)) return;
    const hasBlockChild = Array.from(element.children).some((child) => BLOCK_ELEMENTS.has(child.tagName.toLowerCase()));
    if (!hasBlockChild) {
      visitor(element.textContent ?? "", element, null);
      return;
    }
    // Text directly inside a block that also has block children ("<div>text<p>…</p></div>") is its own paragraph.
    let inline = "";
    let nodes: Node[] = [];
    for (const node of Array.from(element.childNodes)) {
      if (node.nodeType === 1 && BLOCK_ELEMENTS.has((node as Element).tagName.toLowerCase())) {
        visitor(inline, element, nodes);
        inline = "";
        nodes = [];
        visit(node as Element);
      } else if (node.nodeType === 1 || node.nodeType === 3) {
        inline += node.textContent ?? ""; // comments (type 8) are not text
        nodes.push(node);
      }
    }
    visitor(inline, element, nodes);
  };
  visit(root);
}

export function paragraphsOf(root: Element): string[] {
  const paragraphs: string[] = [];
  walkParagraphs(root, (text) => {
    const collapsed = collapse(text);
    if (collapsed) paragraphs.push(collapsed);
  });
  return paragraphs;
}

export function collapse(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

function textLength(paragraphs: string[]): number {
  return paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
}

function fallback(what: string): Message {
  return message("extract", "readability-fallback", `The main-content extractor found too little text; used ${what} instead.`, "info");
}
