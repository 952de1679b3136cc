/** Reading a page's <meta> tags and elements' visible text, as every metadata reader needs them. */

/** The content of <meta property|name|itemprop="name">, names compared without case as pages vary them; undefined when empty. */
export function metaContent(document: Document, name: string): string | undefined {
  const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`) ?? document.querySelector(`meta[name="${name.toLowerCase()}" i]`);
  return element?.getAttribute("content")?.trim() || undefined;
}

/** An element's text with its spacing collapsed; undefined when there is none. */
export function visibleText(element: Element | null | undefined): string | undefined {
  return element?.textContent?.replace(/\s+/gu, " ").trim() || undefined;
}
