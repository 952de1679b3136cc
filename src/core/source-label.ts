/** How a source is named to a reader: its outlet, else its web host, else its file name. */
export function sourceLabel(article: { outlet: string | null; url: string | null; source: string }): string {
  if (article.outlet) return article.outlet;
  if (article.url) {
    try {
      return new URL(article.url).hostname || article.url;
    } catch {
      // not a URL: fall through to the source's name
    }
  }
  return article.source.split(/[\\/]/u).at(-1) || article.source;
}
