/**
 * A story's claims cite only the story's own articles. Claims are aligned over the story's
 * records and its related stories' (a follow-up's background paragraph recalls the first event),
 * so a span of another story's article may support a claim; such spans are moved out of the
 * claim's sources into `relatedSupport`, named by their story, so a reader sees corroboration
 * from elsewhere as such and the source counts count the story's own sources.
 */
import type { Claim } from "./align-claims.js";
import type { SourceSpan } from "./corpus-entities.js";

export interface RelatedSupport {
  story: string;
  /** With the value it gives, for an attribute claim's variant. */
  sources: Array<SourceSpan & { value?: string }>;
}

export type ConfinedClaim = Claim & { relatedSupport: RelatedSupport[] };

export interface StoryScope {
  own: ReadonlySet<string>;
  storyOf: (articleId: string) => string;
  outletOf: (articleId: string) => string | null;
}

/** The claim with its sources cut to the story's articles, or null when none of them reports it. */
export function confineClaim(claim: Claim, scope: StoryScope): ConfinedClaim | null {
  const isOwn = (span: SourceSpan) => scope.own.has(span.articleId);
  const supportedBy = claim.supportedBy.filter(isOwn);
  const contradictedBy = claim.contradictedBy.filter(isOwn);
  if (supportedBy.length === 0 && contradictedBy.length === 0) return null;
  const elsewhere = new Map<string, RelatedSupport["sources"]>();
  // Spans already listed, by article and start: a related story of thousands of reports lists each once without searching its list.
  const listed = new Set<string>();
  const valued = [...(claim.variants ?? []).flatMap((variant) => variant.sources.map((span) => ({ ...span, value: variant.value }))), ...claim.supportedBy];
  for (const span of valued) {
    const key = `${span.articleId}:${span.start}`;
    if (isOwn(span) || listed.has(key)) continue;
    listed.add(key);
    const story = scope.storyOf(span.articleId);
    const list = elsewhere.get(story) ?? [];
    list.push(span);
    elsewhere.set(story, list);
  }
  const variants = claim.variants?.map((variant) => ({ ...variant, sources: variant.sources.filter(isOwn) })).filter((variant) => variant.sources.length > 0);
  const articles = new Set(supportedBy.map((span) => span.articleId));
  return {
    ...claim,
    ...(variants ? { variants } : {}),
    supportedBy,
    contradictedBy,
    singleSource: articles.size <= 1,
    outlets: [...new Set([...articles].map((id) => scope.outletOf(id) ?? id))].sort(),
    relatedSupport: [...elsewhere].sort((a, b) => a[0].localeCompare(b[0])).map(([story, sources]) => ({ story, sources })),
  };
}
