/**
 * Elements that are page furniture by their markup, removed before the body is read: figures,
 * scripts and forms, share bars, related lists and comment threads (by tag, role or class
 * name), while the posts a page embeds and the quotes its figures hold are kept as text.
 * Works on the domhandler document htmlparser2 builds (source-text.ts).
 */
import { type AnyNode, type Document, type Element, isTag, isText } from "domhandler";
import { prepend, removeElement, replaceElement } from "domutils";
import { matches, parentElement, selectAll, textOf } from "./page-dom.js";
import { closestNamed, collapse, isWithin } from "./paragraph-walk.js";

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
/** The page's own frame, never furniture whatever its class. */
const PAGE_FRAME_TAGS = new Set(["article", "main", "body", "html"]);
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

/**
 * The three removals read one list of the page's elements, taken once the posts and quotes are
 * lifted: an element an earlier removal took out with its ancestor is skipped, so the result is
 * what a query per removal gives, for a third of the walks over the DOM.
 */
export function removeBoilerplate(document: Document): void {
  liftEmbeddedPosts(document);
  liftQuotesOutOfFigures(document);
  const elements = selectAll("*", document);
  for (const element of elements) if (NON_TEXT_TAGS.has(element.name)) removeElement(element);
  for (const element of elements) if (isFurnitureElement(element) && isWithin(element, document) && isSmall(element)) removeElement(element);
  for (const element of elements) {
    if ((element.attribs.class !== undefined || element.attribs.id !== undefined) && isWithin(element, document) && hasFurnitureName(element) && isSmall(element)) removeElement(element);
  }
}

/** Whether the element's class or id names page furniture ("share-bar", "related_posts"); the page's own frame never does. */
export function hasFurnitureName(element: Element): boolean {
  const names = `${element.attribs.class ?? ""} ${element.attribs.id ?? ""}`.toLowerCase();
  // Most class names hold none of the words even as a substring: they are ruled out without splitting.
  if (!BOILERPLATE_SUBSTRING.test(names)) return false;
  const words = names.split(/[\s_]+|(?<=[a-z])-(?=[a-z])/u);
  return words.some((word) => BOILERPLATE_WORDS.has(word)) && !PAGE_FRAME_TAGS.has(element.name);
}

/** Furniture by its tag or its hidden or navigation role (FURNITURE_TAGS). */
function isFurnitureElement(element: Element): boolean {
  const { attribs } = element;
  if (FURNITURE_TAGS.has(element.name) || attribs.hidden !== undefined || attribs["aria-hidden"] === "true") return true;
  return attribs.role === "navigation" || attribs.role === "complementary";
}

/**
 * A figure is dropped with its image and caption, but a blockquote in it (an embedded tweet, a
 * pull quote) is text the article quotes: it takes the figure's place.
 */
function liftQuotesOutOfFigures(document: Document): void {
  for (const figure of selectAll("figure", document)) {
    const quotes = selectAll("blockquote", figure).filter((quote) => !isInsideQuote(quote));
    if (quotes.length === 0) continue;
    for (const quote of quotes) prepend(figure, quote);
    removeElement(figure);
  }
}

/**
 * "<div class="social-embed"><blockquote class="twitter-tweet">…": the frames sites put around an
 * embedded post carry furniture class names (which Readability strips too), so each post takes
 * the place of the outermost frame that holds little else.
 */
function liftEmbeddedPosts(document: Document): void {
  const isPost = (quote: Element) => (quote.attribs.class ?? "").split(/\s+/u).some((name) => EMBEDDED_POST_CLASSES.includes(name));
  for (const post of selectAll("blockquote", document).filter(isPost)) {
    const postChars = collapse(textOf(post)).length;
    let frame: Element = post;
    for (let parent = parentElement(post); parent && !matches(parent, POST_FRAME_LIMITS); parent = parentElement(parent)) {
      if (postChars < MIN_EMBED_FRAME_SHARE * collapse(textOf(parent)).length) break;
      frame = parent;
    }
    if (frame === post) continue;
    removeElement(post);
    replaceElement(frame, post);
  }
}

const BLOCKQUOTE = new Set(["blockquote"]);

/** A quote nested in another, which is lifted with it. */
function isInsideQuote(quote: Element): boolean {
  const parent = parentElement(quote);
  return parent !== null && closestNamed(parent, BLOCKQUOTE) !== null;
}

/**
 * At most MAX_FURNITURE_PARAGRAPHS <p> and MAX_FURNITURE_CHARS characters of text. Counted with an
 * early exit: a furniture-named page wrapper is told apart after its first few paragraphs, not
 * after its whole text is built.
 */
function isSmall(element: Element): boolean {
  let paragraphs = 0;
  let chars = 0;
  const within = (node: AnyNode): boolean => {
    if (!isTag(node)) return true;
    for (const child of node.children) {
      if (isText(child)) {
        chars += child.data.length;
        if (chars > MAX_FURNITURE_CHARS) return false;
      } else if (isTag(child)) {
        if (child.name === "p" && ++paragraphs > MAX_FURNITURE_PARAGRAPHS) return false;
        if (!within(child)) return false;
      }
    }
    return true;
  };
  return within(element);
}
