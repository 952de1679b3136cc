/**
 * What the story page needs in one response: the story dossier, its briefing (the report model
 * without article texts), the entity graph, one English sentence per claim, the names of the
 * entities claims refer to, and the metadata of the articles it cites.
 *
 * A big story is summarised, not shipped whole: a 2,000-article story's claims each cite about
 * a thousand sources, and its briefing ran to 1.5 MB. Each claim and statement keeps its first
 * sources, one per outlet first (as the report cites them), with its counts beside; the source
 * comparison and the article records keep their first rows, with their totals. The rest is a
 * request away: `/api/stories/:id` (the whole dossier) and `/api/stories/:id/articles` (paged).
 */
import type { Story } from "../connect/connect-corpus.js";
import type { SourceSpan } from "../connect/corpus-entities.js";
import { buildEntityGraph, type EntityGraph } from "../deliver/entity-graph.js";
import { sourceCount } from "../deliver/describe-claim.js";
import { onePerOutletFirst } from "../deliver/report/citations.js";
import { buildStoryReport, describeClaim, reportLanguage, townsOf, type Cited, type StoryReport } from "../deliver/report/report-model.js";
import { independenceKeys, independentSourceCount } from "../deliver/independent-sources.js";
import { knownOnlyByFile } from "../deliver/source-name.js";
import { sourceLabel } from "../core/source-label.js";
import type { CorpusSnapshot } from "./corpus-snapshot.js";
import type { ArticleMeta } from "./story-catalog.js";
import { keyWords } from "../connect/article-features.js";

/** How much of a big story one briefing carries. */
export interface BriefingLimits {
  /** Sources kept per claim and per statement. */
  sources: number;
  /** Article records kept. */
  articles: number;
  /** Source comparison rows kept. */
  comparisonRows: number;
}

/** Twelve sources are what the page shows of a claim; a hundred articles and rows are more than it lists before "show all". */
export const BRIEFING_LIMITS: BriefingLimits = { sources: 12, articles: 100, comparisonRows: 100 };

/** An article's publication day and source, and how many of the story's articles share them. */
export type CoverageGroup = Pick<ArticleMeta, "outlet" | "url" | "source"> & { published: string | null; count: number };

export interface StoryBriefing {
  /** The story dossier, each claim's sources and its source comparison cut to `limits` (their counts in `claimSources` and `totals`). */
  story: Story;
  /** The report model without article texts, nor its per-source comparison: the page draws that from the story's own. Statements' sources cut as the claims'. */
  report: Omit<StoryReport, "articles" | "comparison">;
  graph: EntityGraph;
  /** Names of the corpus entities the claims refer to by id. */
  names: Record<string, string>;
  /** Each claim in one English sentence, by claim id. */
  sentences: Record<string, string>;
  /** The story's own articles, the first of each outlet first, cut to `limits.articles`, in the story's order. */
  articles: ArticleMeta[];
  /** The other articles (of the story or of related stories) that the sources kept cite. */
  citedArticles: ArticleMeta[];
  /** Per claim, before the cut: how many articles support it, how many independent sources (outlets, a copy counted once), how many sources contradict it. */
  claimSources: Record<string, { supporting: number; independent: number; contradicting: number }>;
  /** Sizes before the cut: the story's articles, its outlets (files apart), its source comparison rows. */
  totals: { articles: number; outlets: number; sourceComparison: number };
  /** Every article of the story by publication day and source, for the coverage chart. */
  coverage: CoverageGroup[];
}

export function storyBriefing(snapshot: CorpusSnapshot, story: Story, limits: BriefingLimits = BRIEFING_LIMITS): StoryBriefing {
  // The catalog already lists the story's outlets (files apart): counted once, when the snapshot was made.
  const summary = snapshot.catalog.summaryOf(story.id);
  if (!summary) throw new Error(`story ${story.id} is not in this snapshot's catalog: brief a story of the snapshot`);
  const metasOf = (ids: Iterable<string>) => [...ids].flatMap((id) => snapshot.articles.get(id) ?? []);
  const members = metasOf(story.articleIds);
  const outletOf = (articleId: string) => {
    const meta = snapshot.articles.get(articleId);
    return meta ? sourceLabel(meta) : articleId;
  };
  const cut = <T extends SourceSpan>(spans: readonly T[]): T[] => [...onePerOutletFirst(spans, (span) => outletOf(span.articleId), limits.sources)];
  const cutCited = <T extends Cited>(cited: T): T => ({ ...cited, sources: cut(cited.sources) });
  const nameOf = (id: string) => snapshot.entitiesById.get(id)?.name ?? keyWords(id);
  // The report model quotes no text of its own; the page fetches an article's text when it opens it.
  const { articles: _members, comparison: _comparison, ...report } = buildStoryReport(story, new Map(members.map((meta) => [meta.id, { ...meta, text: "" }])), snapshot.entitiesById);
  const town = townsOf(snapshot.entitiesById);
  const referenced = story.claims.flatMap((claim) => [...(claim.actors ?? []), ...(claim.targets ?? []), ...(claim.place ? [claim.place] : []), ...(claim.speaker ? [claim.speaker] : [])]);
  const shown: Story = {
    ...story,
    claims: story.claims.map((claim) => ({
      ...claim,
      supportedBy: cut(claim.supportedBy),
      contradictedBy: cut(claim.contradictedBy),
      relatedSupport: claim.relatedSupport.map((related) => ({ ...related, sources: cut(related.sources) })),
    })),
    // Cut, the sources reporting the most claims come first, one per outlet first.
    sourceComparison:
      story.sourceComparison.length <= limits.comparisonRows ? story.sourceComparison : [...onePerOutletFirst([...story.sourceComparison].sort((a, b) => b.reports.length - a.reports.length), (row) => outletOf(row.articleId), limits.comparisonRows)],
  };
  const shownReport = {
    ...report,
    whatHappened: report.whatHappened.map(cutCited),
    keyEvent: report.keyEvent && { ...report.keyEvent, sources: cut(report.keyEvent.sources), instrument: report.keyEvent.instrument && cutCited(report.keyEvent.instrument), scope: report.keyEvent.scope && cutCited(report.keyEvent.scope) },
    quotes: report.quotes.map((speaker) => ({ ...speaker, quotes: speaker.quotes.map(cutCited) })),
    timeline: report.timeline.map(cutCited),
    claims: report.claims.map((claim) => ({ ...cutCited(claim), conflicts: claim.conflicts.map(cutCited) })),
    warnings: report.warnings.map(cutCited),
  };
  const independence = independenceKeys(outletOf, story.articleIds, story.nearDuplicates);
  const order = new Map(story.articleIds.map((id, index) => [id, index]));
  const listed = [...onePerOutletFirst(members, sourceLabel, limits.articles)].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const listedIds = new Set(listed.map((meta) => meta.id));
  const citedIds = new Set<string>();
  const cite = (spans: ReadonlyArray<Pick<SourceSpan, "articleId">>) => spans.forEach((span) => listedIds.has(span.articleId) || citedIds.add(span.articleId));
  for (const claim of shown.claims) [claim.supportedBy, claim.contradictedBy, ...claim.relatedSupport.map((related) => related.sources)].forEach(cite);
  for (const cited of [...shownReport.whatHappened, ...shownReport.timeline, ...shownReport.warnings, ...shownReport.quotes.flatMap((speaker) => speaker.quotes), ...shownReport.claims.flatMap((claim) => [claim, ...claim.conflicts])]) cite(cited.sources);
  if (shownReport.keyEvent) cite(shownReport.keyEvent.sources);
  cite(shown.sourceComparison);
  return {
    story: shown,
    report: shownReport,
    graph: buildEntityGraph(story, snapshot.entitiesById),
    names: Object.fromEntries(referenced.filter((id) => snapshot.entitiesById.has(id)).map((id) => [id, nameOf(id)])),
    sentences: Object.fromEntries(story.claims.map((claim) => [claim.id, describeClaim(claim, nameOf, reportLanguage(story), { town })])),
    articles: listed,
    citedArticles: metasOf(citedIds),
    claimSources: Object.fromEntries(
      story.claims.map((claim) => [claim.id, { supporting: sourceCount(claim), independent: independentSourceCount(claim.supportedBy, independence), contradicting: claim.contradictedBy.length }]),
    ),
    totals: { articles: members.length, outlets: summary.outlets.length, sourceComparison: story.sourceComparison.length },
    coverage: coverageGroups(members),
  };
}

/** The articles grouped by publication day and source: a few hundred groups where a big story has thousands of articles. */
function coverageGroups(members: readonly ArticleMeta[]): CoverageGroup[] {
  const groups = new Map<string, CoverageGroup>();
  for (const meta of members) {
    const published = meta.published?.slice(0, 10) ?? null;
    const key = `${published}\u0000${sourceLabel(meta)}\u0000${knownOnlyByFile(meta)}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { outlet: meta.outlet, url: meta.url, source: meta.source, published, count: 1 });
  }
  return [...groups.values()];
}

/** A page of the story's articles, in the story's order. */
export function storyArticles(snapshot: CorpusSnapshot, story: Story, offset: number, limit: number): { total: number; articles: ArticleMeta[] } {
  return { total: story.articleIds.length, articles: story.articleIds.slice(offset, offset + limit).flatMap((id) => snapshot.articles.get(id) ?? []) };
}
