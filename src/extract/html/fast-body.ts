/**
 * The cascade's fast step: the paragraphs of the block that holds the page's prose
 * (article-body.ts) read directly, without Readability, and the reasons to doubt them. As
 * trafilatura's own extractor does before its fallbacks, what is structurally not prose is
 * dropped from the block: blocks that are mostly links (related stories, tag lists), blocks
 * Readability would strip for their names or their links, the article's <header>, and short
 * unpunctuated lines outside paragraphs and lists (stamps, bylines, gallery controls). What is
 * left is trusted only when it looks like an article: enough text, most of it in <p>
 * paragraphs, few links, no furniture too big to have been removed. Otherwise the caller runs
 * Readability, as trafilatura's compare_extraction does for doubtful extractions.
 */
import { type AnyNode, type Element, isTag, isText } from "domhandler";
import { hasFurnitureName } from "./page-boilerplate.js";
import { textOf } from "./page-dom.js";
import { BLOCK_ELEMENTS, closestNamed, collapse, walkParagraphs } from "./paragraph-walk.js";

/** A block whose text is more than this share link text is navigation, not prose (Readability's _cleanConditionally uses 0.5 for weighted blocks)… */
const MAX_BLOCK_LINK_DENSITY = 0.5;
/**
 * …unless it is a paragraph or a heading among prose, whose block has at most this share of link text:
 * a product named by its link, a source's address. Teaser lists are link-heavy as a whole.
 */
const MAX_PROSE_BLOCK_LINK_DENSITY = 0.1;
/**
 * Class or id words of blocks Readability removes before it scores the page (its unlikelyCandidates),
 * unless a word of UNLIKELY_NAME_EXCEPTIONS says the block may hold the article (its okMaybeItsACandidate).
 */
const UNLIKELY_NAMES = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/iu;
const UNLIKELY_NAME_EXCEPTIONS = /and|article|body|column|content|main|shadow/iu;
/** Class or id words that make a block look like the article (Readability's positive class weight). */
const ARTICLE_NAMES = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/iu;
/**
 * Elements that group blocks: the ones Readability's _cleanConditionally judges by their links and commas.
 * Not lists, which it spares that test ("See it now: <a>Amazon</a>" items): they are judged by MAX_BLOCK_LINK_DENSITY only.
 */
const CONTAINER_TAGS = new Set(["div", "section", "dl", "table", "form", "aside", "footer", "nav"]);
/** A container with fewer commas than this is not running prose (Readability's _cleanConditionally)… */
const PROSE_MIN_COMMAS = 10;
/** …and, unless its name looks like the article's, is dropped above this share of link text (Readability's 0.2). */
const MAX_CONTAINER_LINK_DENSITY = 0.2;
/**
 * A line this short without closing punctuation, outside a paragraph, a list item and a heading, is a
 * label, a stamp, a byline or a gallery control ("5:53 PM", "Image 1 of 8", "By Jane Doe"): dropped.
 * In a <p> or an <li> such lines are the article's (a score, an ingredient), and kept.
 */
const SHORT_LINE_CHARS = 40;
const HEADING_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
/** Blocks that hold one paragraph of text. */
const LEAF_TAGS = new Set(["p", ...HEADING_TAGS]);
const PARAGRAPH_TAGS = new Set(["p"]);
const LIST_ITEM_TAGS = new Set(["li"]);
/**
 * A neighbour of an unstated prose block is read with it when it is a paragraph of text (a <p>, or a
 * <div> of inline content: a standfirst set apart) of more than SIBLING_MIN_CHARS with less than
 * SIBLING_MAX_LINK_DENSITY link text, or a shorter one with no link that reads as a sentence:
 * the siblings Readability appends to its top candidate.
 */
const SIBLING_MIN_CHARS = 80;
const SIBLING_MAX_LINK_DENSITY = 0.25;
const SIBLING_TAGS = new Set(["p", "div"]);
/** Below this much text the page is no article, or the block missed it: trafilatura's min_extracted_size is 250, and it skips its fallback only far above it. */
const MIN_TRUSTED_CHARS = 1000;
/** Share of the text that must sit in <p> elements: trafilatura falls back when its extraction has no paragraph text or is table-dominated. */
const MIN_PARAGRAPH_SHARE = 0.8;
/** Share of link text left after dropping link blocks above which menus or teasers are likely still inside. */
const MAX_LINK_SHARE = 0.1;

export interface FastBody {
  paragraphs: string[];
  /** Why the result should be checked with Readability; empty when it is trusted. */
  doubts: string[];
}

interface TextStats {
  chars: number;
  linkChars: number;
  commas: number;
}

/** `withNeighbours`: the block was chosen for its text, not stated by the markup, so paragraphs beside it may be the article's. */
export function readFastBody(root: Element, { withNeighbours }: { withNeighbours: boolean } = { withNeighbours: false }): FastBody {
  const stats = new Map<Element, TextStats>();
  measure(root, false, stats);
  const paragraphs: string[] = [];
  let paragraphChars = 0;
  let linkChars = 0;
  let furniture = false;
  const enter = (block: Element) => {
    if (block === root) return true;
    if (isNotProse(block, stats)) return false;
    if (hasFurnitureName(block)) furniture = true;
    return true;
  };
  walkParagraphs(
    root,
    (text, block, inlineNodes) => {
      // Text beside the prose block's own blocks, in no paragraph: hidden metadata, or a footer run together.
      if (block === root && inlineNodes) return;
      const paragraph = collapse(text);
      if (!paragraph) return;
      const inParagraph = closestNamed(block, PARAGRAPH_TAGS) !== null;
      if (!inParagraph && isStrayLine(paragraph, block)) return;
      paragraphs.push(paragraph);
      if (inParagraph) paragraphChars += paragraph.length;
      const parts = inlineNodes ? inlineNodes.filter((node): node is Element => isTag(node)) : [block];
      linkChars += parts.reduce((sum, part) => sum + (stats.get(part)?.linkChars ?? 0), 0);
    },
    enter,
  );
  const total = paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
  const doubts: string[] = [];
  if (total < MIN_TRUSTED_CHARS) doubts.push("short");
  if (paragraphChars < MIN_PARAGRAPH_SHARE * total) doubts.push("few paragraphs");
  if (linkChars > MAX_LINK_SHARE * total) doubts.push("links");
  if (furniture) doubts.push("furniture");
  return { paragraphs: withNeighbours ? withParagraphNeighbours(root, paragraphs) : paragraphs, doubts };
}

/**
 * A block inside the prose block that is not prose: mostly links (a paragraph among prose aside);
 * the article's <header> (headline, standfirst, byline, date: the metadata's part); named as
 * Readability's unlikely candidates; or a container with little punctuation and many links, not
 * named as the article nor wrapping a single paragraph.
 */
function isNotProse(block: Element, stats: Map<Element, TextStats>): boolean {
  const own = stats.get(block);
  if (!own) return false;
  if (own.linkChars > MAX_BLOCK_LINK_DENSITY * own.chars && !(LEAF_TAGS.has(block.name) && linkDensity(block.parent && isTag(block.parent) ? stats.get(block.parent) : undefined) <= MAX_PROSE_BLOCK_LINK_DENSITY)) return true;
  if (block.name === "header") return true;
  const names = `${block.attribs.class ?? ""} ${block.attribs.id ?? ""}`;
  if (UNLIKELY_NAMES.test(names) && !UNLIKELY_NAME_EXCEPTIONS.test(names)) return true;
  if (!CONTAINER_TAGS.has(block.name) || own.commas >= PROSE_MIN_COMMAS || wrapsOneParagraph(block)) return false;
  return own.linkChars > MAX_CONTAINER_LINK_DENSITY * own.chars && !ARTICLE_NAMES.test(names);
}

/** A wrapper of a single paragraph ("<div class="card"><div><p>…</p></div></div>"), which Readability reads as that paragraph. */
function wrapsOneParagraph(block: Element): boolean {
  for (let current = block; ; ) {
    const elements = current.children.filter(isTag);
    if (elements.length !== 1 || current.children.some((child) => isText(child) && child.data.trim() !== "")) return false;
    current = elements[0]!;
    if (current.name === "p") return true;
  }
}

function withParagraphNeighbours(root: Element, paragraphs: string[]): string[] {
  const before: string[] = [];
  const after: string[] = [];
  let passed = false;
  for (const sibling of root.parent?.children ?? []) {
    if (sibling === root) passed = true;
    else if (isTag(sibling) && isParagraphNeighbour(sibling)) (passed ? after : before).push(collapse(textOf(sibling)));
  }
  return [...before, ...paragraphs, ...after];
}

function isParagraphNeighbour(element: Element): boolean {
  if (!SIBLING_TAGS.has(element.name) || element.children.some((child) => isTag(child) && BLOCK_ELEMENTS.has(child.name))) return false;
  const own = measure(element, false, new Map());
  if (own.chars > SIBLING_MIN_CHARS) return own.linkChars < SIBLING_MAX_LINK_DENSITY * own.chars;
  return own.chars > 0 && own.linkChars === 0 && /\.( |$)/u.test(collapse(textOf(element)));
}

function linkDensity(stats: TextStats | undefined): number {
  return stats && stats.chars > 0 ? stats.linkChars / stats.chars : 1;
}

function isStrayLine(paragraph: string, block: Element): boolean {
  if (paragraph.length >= SHORT_LINE_CHARS || /[.!?:;"”’)]$/u.test(paragraph) || HEADING_TAGS.has(block.name)) return false;
  return closestNamed(block, LIST_ITEM_TAGS) === null;
}

/** Characters of text, of link text and commas under each element, in one walk (its text per element would be quadratic). */
function measure(element: Element, inLink: boolean, stats: Map<Element, TextStats>): TextStats {
  const own: TextStats = { chars: 0, linkChars: 0, commas: 0 };
  const linked = inLink || element.name === "a";
  for (const node of element.children as AnyNode[]) {
    if (isText(node)) {
      const length = node.data.trim().length;
      own.chars += length;
      if (linked) own.linkChars += length;
      for (let at = node.data.indexOf(","); at >= 0; at = node.data.indexOf(",", at + 1)) own.commas += 1;
    } else if (isTag(node) && node.name !== "template") {
      const child = measure(node, linked, stats);
      own.chars += child.chars;
      own.linkChars += child.linkChars;
      own.commas += child.commas;
    }
  }
  stats.set(element, own);
  return own;
}
