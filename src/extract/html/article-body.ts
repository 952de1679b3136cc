/**
 * The block of a page that holds its article: the element the markup states as the article's
 * body, else the smallest element holding most of the page's paragraph text (the block a
 * text-density extractor would pick). On the domhandler document htmlparser2 builds.
 */
import { type Document, type Element, isTag } from "domhandler";
import { parentElement, rootElement, selectAll, selectFirst, textOf } from "./page-dom.js";
import { collapse, isWithin } from "./paragraph-walk.js";

/** A stated article body holds at least this share of the page's paragraph text; less, and the article is elsewhere (a lone <article> that is a teaser). */
const MIN_STATED_BODY_SHARE = 0.8;
/** How pages mark their article's body, most specific first. */
const STATED_BODY_SELECTORS = ['[itemprop="articleBody"]', "article", "main, [role=main]"];

export interface ArticleBodyCandidate {
  element: Element;
  body: Element;
  /** Whether the markup states it (then the rest of the page need not be read at all). */
  stated: boolean;
}

/**
 * The article's body when the markup states it: of the elements marked as the article's body
 * ([itemprop=articleBody]), else as an article (<article>), else as the page's main content, the
 * one holding the most paragraph text, if that is most of the page's; null otherwise.
 */
export function statedArticleBody(document: Document): ArticleBodyCandidate | null {
  const candidate = articleBodyCandidate(document);
  return candidate?.stated ? candidate : null;
}

/**
 * The block the fast step reads: the stated article body, else the smallest element holding
 * most of the page's paragraph text (`stated` false, so the page is not cut down to it before Readability).
 */
export function articleBodyCandidate(document: Document): ArticleBodyCandidate | null {
  const body = selectFirst("body", document);
  if (!body) return null;
  const prose = paragraphTextByAncestor(document);
  const root = rootElement(document);
  const total = root ? (prose.get(root) ?? 0) : 0;
  const holdsMost = (element: Element) => (prose.get(element) ?? 0) >= MIN_STATED_BODY_SHARE * total;
  for (const selector of STATED_BODY_SELECTORS) {
    const candidates = selectAll(selector, document).filter((element) => element !== body && isWithin(element, body));
    const best = candidates.sort((a, b) => (prose.get(b) ?? 0) - (prose.get(a) ?? 0))[0];
    if (best && holdsMost(best)) return { element: best, body, stated: true };
  }
  if (total === 0) return null;
  let densest: Element = body;
  for (let child = childElementHoldingMost(densest, holdsMost); child; child = childElementHoldingMost(densest, holdsMost)) densest = child;
  return densest === body ? null : { element: densest, body, stated: false };
}

/** Cuts the page down to the stated body: the rest of the page is neither read nor handed to Readability. */
export function keepOnlyArticleBody({ element, body }: ArticleBodyCandidate): void {
  for (const child of body.children) child.parent = null;
  element.parent = body;
  element.prev = null;
  element.next = null;
  body.children = [element];
}

function childElementHoldingMost(element: Element, holdsMost: (element: Element) => boolean): Element | undefined {
  return element.children.find((child): child is Element => isTag(child) && holdsMost(child));
}

/** How many characters of <p> text each element holds, counted once per paragraph up its ancestors. */
function paragraphTextByAncestor(document: Document): Map<Element, number> {
  const prose = new Map<Element, number>();
  for (const paragraph of selectAll("p", document)) {
    const length = collapse(textOf(paragraph)).length;
    for (let ancestor = parentElement(paragraph); ancestor; ancestor = parentElement(ancestor)) prose.set(ancestor, (prose.get(ancestor) ?? 0) + length);
  }
  return prose;
}
