/**
 * An undated article of a dated story: the day it names without a year takes the story's year,
 * its claim flagged inferred, and a date another source states wins over it.
 */
import { describe, expect, it } from "vitest";
import { makeArticle } from "../../test/make-article.js";
import { annotateArticle } from "../annotate/annotate-article.js";
import type { AnnotatedArticle } from "../annotate/annotation.js";
import { CorpusConnector } from "./connect-corpus.js";

function annotated(text: string, published: string | null, outlet: string): AnnotatedArticle {
  const { article } = makeArticle(text, { published, outlet, title: text.split(".")[0]! });
  return annotateArticle({ ...article, language: "fr" });
}

const DATED = annotated(
  "Le Maroc et Israël ont conclu un accord de coopération sécuritaire. Le ministre israélien de la Défense Benny Gantz est arrivé à Rabat pour une visite de deux jours. Il s'entretiendra avec son homologue marocain Abdellatif Loudiyi sur la coopération militaire entre les deux pays.",
  "2021-11-25",
  "Journal A",
);
const UNDATED = annotated(
  "Benny Gantz a signé mercredi 24 novembre à Rabat un protocole d'accord avec Abdellatif Loudiyi. Le Maroc et Israël coopéreront dans le renseignement et l'industrie de défense. La visite du ministre israélien de la Défense au Maroc est une première.",
  null,
  "Journal B",
);

function storyOf(articles: readonly AnnotatedArticle[]) {
  const connector = new CorpusConnector();
  for (const article of articles) connector.add(article);
  const { stories } = connector.result();
  return stories.find((story) => story.articleIds.includes(UNDATED.id))!;
}

describe("an undated article of a dated story", () => {
  it("dates its « mercredi 24 novembre » by the story's year, flagged inferred", () => {
    expect(UNDATED.annotations.times.map((time) => time.value)).toContain("XXXX-11-24");
    const story = storyOf([DATED, UNDATED]);
    expect(story.articleIds).toContain(DATED.id);
    const signing = story.claims.find((claim) => claim.kind === "event" && claim.supportedBy.some((span) => span.articleId === UNDATED.id) && claim.date !== null);
    expect(signing).toMatchObject({ date: "2021-11-24", dateInferred: true });
    expect(signing!.datedByPublication).toBeUndefined();
    expect(story.timeline.find((entry) => entry.claim === signing!.id)).toMatchObject({ date: "2021-11-24", dateInferred: true, datedByPublication: false });
  });

  it("leaves it undated alone, with no story date to resolve it against", () => {
    const story = storyOf([UNDATED]);
    expect(story.claims.filter((claim) => claim.kind === "event").every((claim) => claim.date === null && !claim.dateInferred)).toBe(true);
  });
});
