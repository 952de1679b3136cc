/**
 * What the story page needs in one response: the story dossier, its briefing (the report model
 * without article texts), the entity graph, one English sentence per claim, the names of the
 * entities claims refer to, and the metadata of its articles and of the related stories'
 * articles its claims also cite.
 */
import type { Story } from "../connect/connect-corpus.js";
import { buildEntityGraph, type EntityGraph } from "../deliver/entity-graph.js";
import { buildStoryReport, describeClaim, reportLanguage, townsOf, type StoryReport } from "../deliver/report/report-model.js";
import type { CorpusSnapshot } from "./corpus-snapshot.js";
import type { ArticleMeta } from "./story-catalog.js";
import { keyWords } from "../connect/article-features.js";

export interface StoryBriefing {
  story: Story;
  /** The report model without article texts, nor its per-source comparison: the page draws that from the story's own. */
  report: Omit<StoryReport, "articles" | "comparison">;
  graph: EntityGraph;
  /** Names of the corpus entities the claims refer to by id. */
  names: Record<string, string>;
  /** Each claim in one English sentence, by claim id. */
  sentences: Record<string, string>;
  /** The story's own articles. */
  articles: ArticleMeta[];
  /** Articles of related stories that its claims also cite. */
  citedArticles: ArticleMeta[];
}

export function storyBriefing(snapshot: CorpusSnapshot, story: Story): StoryBriefing {
  const metasOf = (ids: readonly string[]) => ids.flatMap((id) => snapshot.articles.get(id) ?? []);
  const articles = metasOf(story.articleIds);
  const members = new Set(story.articleIds);
  const cited = [...new Set(story.claims.flatMap((claim) => [...claim.supportedBy, ...claim.contradictedBy].map((span) => span.articleId)))].filter((id) => !members.has(id));
  const nameOf = (id: string) => snapshot.entitiesById.get(id)?.name ?? keyWords(id);
  // The report model quotes no text of its own; the page fetches an article's text when it opens it.
  const { articles: _members, comparison: _comparison, ...report } = buildStoryReport(story, new Map(articles.map((meta) => [meta.id, { ...meta, text: "" }])), snapshot.entitiesById);
  const town = townsOf(snapshot.entitiesById);
  const referenced = story.claims.flatMap((claim) => [...(claim.actors ?? []), ...(claim.targets ?? []), ...(claim.place ? [claim.place] : []), ...(claim.speaker ? [claim.speaker] : [])]);
  return {
    story,
    report,
    graph: buildEntityGraph(story, snapshot.entitiesById),
    names: Object.fromEntries(referenced.filter((id) => snapshot.entitiesById.has(id)).map((id) => [id, nameOf(id)])),
    sentences: Object.fromEntries(story.claims.map((claim) => [claim.id, describeClaim(claim, nameOf, reportLanguage(story), { town })])),
    articles,
    citedArticles: metasOf(cited),
  };
}
