/**
 * The page's DOM as htmlparser2's DomHandler builds it (source-text.ts parses each page once),
 * queried with css-select: the few DOM operations the metadata readers need, on domhandler
 * nodes. A <template>'s content is inert, as in a browser: queries and text skip it.
 */
import { compile } from "css-select";
import { type AnyNode, type Document, type Element, hasChildren, isTag, isText } from "domhandler";

export type { Document as PageDocument, Element as PageElement } from "domhandler";

type Predicate = (element: Element) => boolean;

/** A page is asked the same selectors again and again: each is compiled once per process. */
const compiledSelectors = new Map<string, Predicate>();

function predicateOf(selector: string): Predicate {
  let predicate = compiledSelectors.get(selector);
  if (!predicate) {
    predicate = compile<AnyNode, Element>(selector) as Predicate;
    compiledSelectors.set(selector, predicate);
  }
  return predicate;
}

/**
 * The descendants of `root` matching `selector`, in document order. A walk of our own rather
 * than css-select's selectAll, which would also search <template> contents.
 */
export function selectAll(selector: string, root: AnyNode): Element[] {
  const predicate = predicateOf(selector);
  const found: Element[] = [];
  walkElements(root, (element) => {
    if (predicate(element)) found.push(element);
    return false;
  });
  return found;
}

/** The first descendant of `root` matching `selector`, or null. */
export function selectFirst(selector: string, root: AnyNode): Element | null {
  const predicate = predicateOf(selector);
  let first: Element | null = null;
  walkElements(root, (element) => {
    if (!predicate(element)) return false;
    first = element;
    return true;
  });
  return first;
}

export function matches(element: Element, selector: string): boolean {
  return predicateOf(selector)(element);
}

/** Visits the elements under `root` depth-first, template contents aside, until `visit` returns true. */
function walkElements(root: AnyNode, visit: (element: Element) => boolean): void {
  if (!hasChildren(root)) return;
  const stack: AnyNode[] = [...root.children].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!isTag(node)) continue;
    if (visit(node)) return;
    if (node.name === "template") continue;
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
  }
}

/** An attribute's value (names are lower-cased by the parser), or undefined. */
export function attributeOf(element: Element | null | undefined, name: string): string | undefined {
  return element?.attribs[name];
}

/** The parent when it is an element (not the document), as the DOM's parentElement. */
export function parentElement(node: AnyNode): Element | null {
  return node.parent && isTag(node.parent) ? node.parent : null;
}

export function childElements(element: Element): Element[] {
  return element.children.filter(isTag);
}

/** The document's first element, as the DOM's documentElement: <html>, or whatever markup without one opens with. */
export function rootElement(document: Document): Element | null {
  return document.children.find(isTag) ?? null;
}

/** The text of a node's descendant text nodes, as the DOM's textContent (comments and template contents aside). */
export function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!hasChildren(node) || (isTag(node) && node.name === "template")) return "";
  let text = "";
  for (const child of node.children) text += textOf(child);
  return text;
}
