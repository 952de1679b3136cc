/** Reading a page's <meta> tags and elements' visible text, as every metadata reader needs them. */
import { attributeOf, type PageDocument, type PageElement, selectAll, textOf } from "./page-dom.js";

/** Each document's meta tags by lower-cased property, name and itemprop, read in one pass: a page is asked for some forty names. */
const metaTables = new WeakMap<PageDocument, Map<string, string>>();

/** The content of the first <meta property|name|itemprop="name"> (names compared without case, as pages vary them); undefined when empty. */
export function metaContent(document: PageDocument, name: string): string | undefined {
  let table = metaTables.get(document);
  if (!table) {
    table = new Map();
    for (const element of selectAll("meta[content]", document)) {
      const content = attributeOf(element, "content")?.trim();
      if (!content) continue;
      for (const attribute of ["property", "name", "itemprop"]) {
        const key = attributeOf(element, attribute)?.trim().toLowerCase();
        if (key && !table.has(key)) table.set(key, content);
      }
    }
    metaTables.set(document, table);
  }
  return table.get(name.toLowerCase());
}

/** An element's text with its spacing collapsed; undefined when there is none. */
export function visibleText(element: PageElement | null | undefined): string | undefined {
  return element ? textOf(element).replace(/\s+/gu, " ").trim() || undefined : undefined;
}
