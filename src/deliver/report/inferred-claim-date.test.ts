/**
 * A date no source states reads as inferred in the report, with what it was inferred from: the
 * publication's (the lead's news) or the story's dates (an undated article's day), in both languages.
 */
import { describe, expect, it } from "vitest";
import { annotateArticle } from "../../annotate/annotate-article.js";
import { CorpusConnector } from "../../connect/connect-corpus.js";
import { makeArticle } from "../../../test/make-article.js";
import type { ReportLanguage } from "../readable-date.js";
import { buildStoryReport, type ArticleInfo } from "./report-model.js";
import { renderMarkdown } from "./render-markdown.js";

function reports(texts: ReadonlyArray<{ text: string; published: string | null; outlet: string }>, language: ReportLanguage) {
  const connector = new CorpusConnector();
  const infos = new Map<string, ArticleInfo>();
  for (const { text, published, outlet } of texts) {
    const { article } = makeArticle(text, { published, outlet, title: text.split(".")[0]!, language: "fr" });
    connector.add(annotateArticle(article));
    infos.set(article.id, { id: article.id, title: article.title, outlet, published, publishedSource: null, source: article.source, url: null, text, warnings: [] });
  }
  const { entities, stories } = connector.result();
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  return stories.map((story) => buildStoryReport(story, infos, byId, language));
}

const LEAD = { text: "La police algérienne a arrêté trois manifestants à Alger. Le calme est revenu dans la soirée.", published: "2024-05-15", outlet: "Journal A" };

describe("an inferred claim date in the report", () => {
  it("writes the lead's news dated by its publication « ≈ date (date de publication) », the key event's date « ≈ date » with its evidence", () => {
    const [fr] = reports([LEAD], "fr");
    expect(fr!.timeline.map((line) => line.text)).toContainEqual(expect.stringMatching(/^≈ 15 mai 2024 \(date de publication\) : /u));
    expect(fr!.keyEvent).toMatchObject({ dateText: "≈ 15 mai 2024", dateInferredFrom: "publication" });
    expect(fr!.whatHappened[0]!.text).toContain("vers le 15 mai 2024");
    expect(renderMarkdown([fr!])).toContain("quand : ≈ 15 mai 2024 (date de publication)");
    const [en] = reports([LEAD], "en");
    expect(en!.timeline[0]!.text).toMatch(/^≈ 15 May 2024 \(the publication's date\): /u);
    expect(en!.whatHappened[0]!.text).toContain("around 15 May 2024");
  });

  it("writes an undated article's day read against the story's dates « ≈ date (déduite des dates du sujet) », and a stated date plainly", () => {
    const stories = reports(
      [
        { text: "Le gouvernement algérien a annoncé une enquête à Alger après les manifestations de la semaine. Le ministre de l'Intérieur Kamel Beldjoud a promis des sanctions.", published: "2021-11-26", outlet: "Journal A" },
        { text: "La police algérienne a arrêté mercredi 24 novembre trois manifestants à Alger. Le ministre de l'Intérieur Kamel Beldjoud a promis une enquête sur les manifestations.", published: null, outlet: "Journal B" },
      ],
      "fr",
    );
    const lines = stories.flatMap((story) => story.timeline.map((line) => line.text));
    expect(lines).toContainEqual(expect.stringMatching(/^≈ 24 novembre 2021 \(déduite des dates du sujet\) : /u));
    const [stated] = reports([{ ...LEAD, text: "La police algérienne a arrêté mardi trois manifestants à Alger." }], "fr");
    expect(stated!.timeline[0]!.text).toMatch(/^14 mai 2024 : /u);
  });
});
