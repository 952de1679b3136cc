import { describe, expect, it } from "vitest";
import { annotateArticle } from "../annotate/annotate-article.js";
import { CorpusConnector } from "../connect/connect-corpus.js";
import { makeArticle } from "../../test/make-article.js";
import { storyTitleOf } from "./story-title.js";

function storyOf(text: string, title: string | null) {
  const { article } = makeArticle(text, { published: "2024-09-20", outlet: "Journal D", title });
  const connector = new CorpusConnector();
  connector.add(annotateArticle({ ...article, language: "fr" }));
  const { stories, entities } = connector.result();
  const names = new Map(entities.map((entity) => [entity.id, entity.name]));
  return { story: stories[0]!, name: (id: string) => names.get(id) ?? id };
}

describe("storyTitleOf", () => {
  const call = "Jonas Berg s'est entretenu au téléphone avec Mette Lund jeudi. Les deux ministres ont fait le point sur la défense.";

  it("keeps an article's title", () => {
    const { story, name } = storyOf(call, "Appel entre ministres");
    expect(storyTitleOf(story, name)).toBe("Appel entre ministres");
  });

  it("tells an untitled story by its best-supported event, its people by name", () => {
    const { story, name } = storyOf(call, null);
    expect(story.title).toBeNull();
    expect(storyTitleOf(story, name)).toBe("Jonas Berg s'est entretenu par téléphone avec Mette Lund le 19 septembre 2024");
  });
});
