import { describe, expect, it } from "vitest";
import { makeArticle } from "../../test/make-article.js";
import { annotateArticle } from "./annotate-article.js";

describe("annotateArticle", () => {
  it("adds sentences and time expressions resolved against the publication date", () => {
    const { article } = makeArticle("M. Durand est arrivé mardi soir. Il repartira jeudi.", { published: "2025-10-15" });
    const annotated = annotateArticle(article);
    expect(annotated.annotations.sentences.map((s) => article.text.slice(s.start, s.end))).toEqual(["M. Durand est arrivé mardi soir.", "Il repartira jeudi."]);
    expect(annotated.annotations.times.map((t) => [t.text, t.value])).toEqual([
      ["mardi soir", "2025-10-14TEV"],
      ["jeudi", "2025-10-16"],
    ]);
    expect(annotated.warnings).toEqual([]);
  });

  it("warns, with a span, when relative times cannot be resolved", () => {
    const { article } = makeArticle("Il est arrivé hier, et repart demain.", { published: null });
    const annotated = annotateArticle(article);
    expect(annotated.annotations.times.map((t) => t.value)).toEqual([null, null]);
    expect(annotated.warnings).toEqual([
      expect.objectContaining({ ruleId: "relative-time-unresolved", stage: "annotate", span: { start: article.text.indexOf("hier"), end: article.text.indexOf("hier") + 4 } }),
    ]);
  });

  it("lists a work's title in quotation marks as a name, not as unattributed speech", () => {
    const { article } = makeArticle("Karel Novak a revu le film « Vol de nuit » mardi. « Nous partirons demain », a dit Karel Novak.", { published: "2025-10-15" });
    const { quotes, entities } = annotateArticle(article).annotations;
    expect(quotes.map((quote) => [article.text.slice(quote.content.start, quote.content.end), quote.speaker?.text ?? null])).toEqual([["Nous partirons demain", "Karel Novak"]]);
    expect(entities.find((entity) => entity.name === "Vol de nuit")?.type).toBe("MISC");
    // A paper's name in quotation marks is no speech either.
    const paper = makeArticle("On mande de Tokio au « Daily Courier » que le traité est signé.", { published: "2025-10-15" }).article;
    expect(annotateArticle(paper).annotations.quotes.filter((quote) => quote.direct)).toEqual([]);
  });
});
