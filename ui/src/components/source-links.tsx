/** Citations: one link per source span, named by outlet, opening the span highlighted in its article. */
import { sourceLabel } from "../../../src/core/source-label.js";
import type { ArticleMeta } from "../api.js";
import { spanHref } from "../router.js";

export type ArticleIndex = ReadonlyMap<string, ArticleMeta>;

interface Span {
  articleId: string;
  start: number;
  end: number;
}

/** One link per article (its first span), so an outlet is named once however often it says it. */
export function SourceLinks({ spans, articles, limit = 6 }: { spans: readonly Span[]; articles: ArticleIndex; limit?: number }) {
  const seen = new Set<string>();
  const firsts = spans.filter((span) => !seen.has(span.articleId) && Boolean(seen.add(span.articleId)));
  const shown = firsts.slice(0, limit);
  return (
    <span class="sources">
      {shown.map((span, index) => (
        <>
          {index > 0 && " "}
          <a class="source" href={spanHref(span)} title={`${articleLabel(articles, span.articleId)}, characters ${span.start}–${span.end}`}>
            {articleLabel(articles, span.articleId)}
          </a>
        </>
      ))}
      {firsts.length > limit && <span class="more"> +{firsts.length - limit}</span>}
    </span>
  );
}

export function articleLabel(articles: ArticleIndex, id: string): string {
  const meta = articles.get(id);
  return meta ? sourceLabel(meta) : id;
}
