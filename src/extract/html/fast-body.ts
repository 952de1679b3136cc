/**
 * The cascade's fast step: the paragraphs of the block that holds the page's prose
 * (main-content.ts) read directly, without Readability, and the reasons to doubt them. As
 * trafilatura's own extractor does before its fallbacks, blocks that are mostly links
 * (related stories, tag lists, author archives) are dropped; what is left is trusted only when
 * it looks like an article: enough text, most of it in <p> paragraphs, few links, few stray
 * short lines, no furniture too big to have been removed. Otherwise the caller runs
 * Readability, as trafilatura's compare_extraction does for doubtful extractions.
 */
import { collapse, hasFurnitureName, walkParagraphs } from "./main-content.js";

/** A block whose text is more than this share link text is navigation, not prose (Readability's _cleanConditionally uses 0.5 for weighted blocks). */
const MAX_BLOCK_LINK_DENSITY = 0.5;
/** Below this much text the page is no article, or the block missed it: trafilatura's min_extracted_size is 250, and it skips its fallback only far above it. */
const MIN_TRUSTED_CHARS = 1000;
/** Share of the text that must sit in <p> elements: trafilatura falls back when its extraction has no paragraph text or is table-dominated. */
const MIN_PARAGRAPH_SHARE = 0.8;
/** Share of link text left after dropping link blocks above which menus or teasers are likely still inside. */
const MAX_LINK_SHARE = 0.1;
/** A line this short without closing punctuation is a label, a stamp or a menu entry ("5:53 PM", "Read Next"), unless it is a heading. */
const SHORT_LINE_CHARS = 40;
/**
 * Share of such stray lines in the text above which the block holds furniture Readability would drop.
 * Strict: at 0.02 or 0.05 more pages skip Readability, but extraction-en's F1 falls below its pin
 * (0.9681, 0.9673 against 0.9687 at this value).
 */
const MAX_STRAY_SHARE = 0.01;

export interface FastBody {
  paragraphs: string[];
  /** Why the result should be checked with Readability; empty when it is trusted. */
  doubts: string[];
}

interface TextStats {
  chars: number;
  linkChars: number;
}

export function readFastBody(root: Element): FastBody {
  const stats = new Map<Element, TextStats>();
  measure(root, false, stats);
  const paragraphs: string[] = [];
  let paragraphChars = 0;
  let linkChars = 0;
  let strayChars = 0;
  let furniture = false;
  const enter = (block: Element) => {
    if (block === root) return true;
    const own = stats.get(block);
    if (own && own.chars > 0 && own.linkChars > MAX_BLOCK_LINK_DENSITY * own.chars) return false;
    if (hasFurnitureName(block)) furniture = true;
    return true;
  };
  walkParagraphs(
    root,
    (text, block, inlineNodes) => {
      const paragraph = collapse(text);
      if (!paragraph) return;
      paragraphs.push(paragraph);
      if (block.tagName === "P" || block.closest("p")) paragraphChars += paragraph.length;
      const parts = inlineNodes ? inlineNodes.filter((node): node is Element => node.nodeType === 1) : [block];
      linkChars += parts.reduce((sum, part) => sum + (stats.get(part)?.linkChars ?? 0), 0);
      if (paragraph.length < SHORT_LINE_CHARS && !/[.!?:;"”’)]$/u.test(paragraph) && !/^H[1-6]$/u.test(block.tagName)) strayChars += paragraph.length;
    },
    enter,
  );
  const total = paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
  const doubts: string[] = [];
  if (total < MIN_TRUSTED_CHARS) doubts.push("short");
  if (paragraphChars < MIN_PARAGRAPH_SHARE * total) doubts.push("few paragraphs");
  if (linkChars > MAX_LINK_SHARE * total) doubts.push("links");
  if (strayChars > MAX_STRAY_SHARE * total) doubts.push("stray lines");
  if (furniture) doubts.push("furniture");
  return { paragraphs, doubts };
}

/** Characters of text and of link text under each element, in one walk (textContent per element would be quadratic). */
function measure(element: Element, inLink: boolean, stats: Map<Element, TextStats>): TextStats {
  const own: TextStats = { chars: 0, linkChars: 0 };
  const linked = inLink || element.tagName === "A";
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === 3) {
      const length = (node.textContent ?? "").trim().length;
      own.chars += length;
      if (linked) own.linkChars += length;
    } else if (node.nodeType === 1) {
      const child = measure(node as Element, linked, stats);
      own.chars += child.chars;
      own.linkChars += child.linkChars;
    }
  }
  stats.set(element, own);
  return own;
}
