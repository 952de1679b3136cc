/**
 * A page's blocks read as paragraphs, on the domhandler document htmlparser2 builds
 * (source-text.ts): a block whose children are all inline gives one paragraph, and text beside
 * block children is a paragraph of its own, as a browser lays it out.
 */
import { type AnyNode, type Element, isTag, isText } from "domhandler";
import { textOf } from "./page-dom.js";

export const BLOCK_ELEMENTS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "dd", "dt", "div", "section", "article", "ul", "ol", "table", "tr", "header", "main"]);

/** A paragraph as the walk finds it: its text, the block it lies in, and, for text beside block children, the inline nodes it is made of. */
export type ParagraphVisitor = (text: string, block: Element, inlineNodes: AnyNode[] | null) => void;

/** `enter` may refuse a block, whose text is then skipped. */
export function walkParagraphs(root: Element, visitor: ParagraphVisitor, enter: (block: Element) => boolean = () => true): void {
  const visit = (element: Element) => {
    if (!enter(element)) return;
    if (!element.children.some((child) => isTag(child) && BLOCK_ELEMENTS.has(child.name))) {
      visitor(textOf(element), element, null);
      return;
    }
    // Text directly inside a block that also has block children ("<div>text<p>…</p></div>") is its own paragraph.
    let inline = "";
    let nodes: AnyNode[] = [];
    for (const node of element.children) {
      if (isTag(node) && BLOCK_ELEMENTS.has(node.name)) {
        visitor(inline, element, nodes);
        inline = "";
        nodes = [];
        visit(node);
      } else if (isTag(node) || isText(node)) {
        inline += textOf(node); // comments are not text
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

/** Whether `node` is `ancestor` or lies inside it, as the DOM's contains. */
export function isWithin(node: AnyNode, ancestor: AnyNode): boolean {
  for (let current: AnyNode | null = node; current; current = current.parent) if (current === ancestor) return true;
  return false;
}

/** The element itself or its nearest ancestor with one of these tag names, as the DOM's closest. */
export function closestNamed(element: Element, names: ReadonlySet<string>): Element | null {
  for (let current: AnyNode | null = element; current && isTag(current); current = current.parent) if (names.has(current.name)) return current;
  return null;
}
