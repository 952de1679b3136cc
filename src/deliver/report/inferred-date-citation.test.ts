import { describe, expect, it } from "vitest";
import { annotateArticle } from "../../annotate/annotate-article.js";
import { CorpusConnector } from "../../connect/connect-corpus.js";
import type { PublishedSource } from "../../extract/article.js";
import { makeArticle } from "../../../test/make-article.js";
import { buildStoryReport, type ArticleInfo } from "./report-model.js";
import { renderMarkdown } from "./render-markdown.js";

const TEXT = "La Norvège et le Danemark ont signé mardi à Oslo un accord de défense. « C'est un jour historique », a déclaré Jonas Berg.";

function sourcesCited(publishedSource: PublishedSource | null): string[] {
  const { article } = makeArticle(TEXT, { published: "2024-05-15", outlet: "Journal A", title: "Accord de défense", language: "fr" });
  const connector = new CorpusConnector();
  connector.add(annotateArticle(article));
  const infos = new Map<string, ArticleInfo>([[article.id, { id: article.id, title: article.title, outlet: "Journal A", published: article.published, publishedSource, source: article.source, url: null, text: TEXT, warnings: [] }]]);
  const { entities, stories } = connector.result();
  const markdown = renderMarkdown(stories.map((story) => buildStoryReport(story, infos, new Map(entities.map((entity) => [entity.id, entity])), "en")));
  return markdown.split("\n").filter((line) => /^\d+\. <a id=/u.test(line));
}

describe("the report's list of sources", () => {
  it("marks a date inferred from the capture day with ≈, and leaves a stated date as it is", () => {
    const inferred = sourcesCited({ kind: "fetch", inferred: true, evidence: "captured 2024-05-15T06:41:09Z" });
    expect(inferred.length).toBeGreaterThan(0);
    for (const line of inferred) expect(line).toContain("Journal A, ≈ 15 May 2024");
    const stated = sourcesCited({ kind: "metadata", inferred: false, evidence: "article:published_time 2024-05-15" });
    for (const line of stated) expect(line).toContain("Journal A, 15 May 2024");
    expect(stated.some((line) => line.includes("≈"))).toBe(false);
  });
});
