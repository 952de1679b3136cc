import { describe, expect, it } from "vitest";
import { makeArticle } from "../../test/make-article.js";
import { createPipeline, type AnnotationStage } from "./pipeline.js";
import { segmentSentences } from "./stages/sentences.js";

const sentences: AnnotationStage<"sentences"> = {
  name: "sentences",
  requires: [],
  produces: "sentences",
  run: (article) => segmentSentences(article.text, article.language),
};
const times: AnnotationStage<"times"> = { name: "times", requires: ["sentences"], produces: "times", run: () => [] };

describe("createPipeline", () => {
  it("runs the stages in order and fills their fields", () => {
    const { article } = makeArticle("M. Dupont est arrivé. Il repart demain.");
    const annotated = createPipeline([sentences, times]).run(article);
    expect(annotated.annotations.sentences).toHaveLength(2);
    expect(annotated.annotations.times).toEqual([]);
    expect(annotated.text).toBe(article.text);
  });

  it("refuses a stage whose requirement comes later or is switched off, and says what to do", () => {
    expect(() => createPipeline([times, sentences])).toThrow(/stage "times" needs sentences.*enable the stage that does, or put it first/);
    expect(() => createPipeline([sentences, times], new Set(["times"]))).toThrow(/needs sentences/);
  });

  it("leaves the fields of switched-off stages empty", () => {
    const { article } = makeArticle("Une phrase.");
    expect(createPipeline([sentences, times], new Set(["sentences"])).run(article).annotations.times).toEqual([]);
  });

  it("is frozen once built", () => {
    const pipeline = createPipeline([sentences]);
    expect(() => (pipeline.stages as AnnotationStage[]).push(times)).toThrow();
  });
});
