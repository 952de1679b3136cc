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

export function SourceLinks({ spans, articles, limit = 6 }: { spans: readonly Span[]; articles: ArticleIndex; limit?: number }) {
  const shown = spans.slice(0, limit);
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
      {spans.length > limit && <span class="more"> +{spans.length - limit}</span>}
    </span>
  );
}

export function articleLabel(articles: ArticleIndex, id: string): string {
  const meta = articles.get(id);
  return meta ? sourceLabel(meta) : id;
}
