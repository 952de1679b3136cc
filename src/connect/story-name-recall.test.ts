import { describe, expect, it } from "vitest";
import { annotateArticle } from "../annotate/annotate-article.js";
import type { AnnotatedArticle } from "../annotate/annotation.js";
import { makeArticle } from "../../test/make-article.js";
import { CorpusEntityIndex } from "./corpus-entities.js";
import { StoryNameRecall, articleNames, withStoryMentions } from "./story-name-recall.js";

function annotated(text: string): AnnotatedArticle {
  const { article } = makeArticle(text, { published: "2009-02-03" });
  return annotateArticle({ ...article, language: "en" });
}

const NAMING = [
  annotated("The San Diego Chargers said on Monday that defensive lineman Jamal Williams had been arrested. The Chargers declined further comment, and his lawyer Mark Heller said he would plead not guilty."),
  annotated("Jamal Williams of the San Diego Chargers was arrested on suspicion of drunk driving, the Chargers said. Mark Heller, his lawyer, said the test was flawed."),
  annotated("The Chargers confirmed that Jamal Williams was held overnight. His attorney Mark Heller called the arrest a mistake, and the Chargers said they would wait."),
];
// Alone, this article reads neither "Chargers" (a word, opening a sentence) nor "Heller" (a word too) as a name.
const UNSURE = annotated("Police arrested a football player on Monday. Chargers defensive lineman Jamal Williams was held on suspicion of drunk driving. Heller argued that the case was weak.");

function recalled(story: readonly AnnotatedArticle[], recallFrom: readonly AnnotatedArticle[] = story) {
  const index = new CorpusEntityIndex();
  const recall = new StoryNameRecall();
  for (const article of recallFrom) {
    index.add(article);
    recall.addNames(article.id, articleNames(article));
  }
  return withStoryMentions(index.entities(), [story.map((article) => article.id)], recall);
}

const spansIn = (article: AnnotatedArticle, entities: ReturnType<typeof recalled>) =>
  entities.flatMap((entity) => (entity.storyMentions ?? []).filter((span) => span.articleId === article.id).map((span) => `${entity.name}: ${article.text.slice(span.start, span.end)}`));

describe("StoryNameRecall", () => {
  it("finds in an article the names its story's other articles establish, where the article alone was unsure", () => {
    const own = UNSURE.annotations.entities.flatMap((entity) => entity.mentions.map((mention) => mention.text));
    expect(own).not.toContain("Chargers");
    expect(own).not.toContain("Heller");
    const found = spansIn(UNSURE, recalled([...NAMING, UNSURE]));
    expect(found).toContainEqual(expect.stringMatching(/Chargers: Chargers$/u));
    expect(found).toContainEqual(expect.stringMatching(/Heller: Heller$/u));
  });

  it("adds nothing where the article already names it, and nothing from articles outside the story", () => {
    const all = recalled([...NAMING, UNSURE]);
    for (const article of NAMING) expect(spansIn(article, all)).toEqual([]);
    // The naming articles are in the corpus but not in the article's story.
    expect(spansIn(UNSURE, recalled([UNSURE], [...NAMING, UNSURE]))).toEqual([]);
  });

  it("needs more than one other article: one article's reading is no establishment", () => {
    expect(spansIn(UNSURE, recalled([NAMING[0]!, UNSURE]))).toEqual([]);
  });

  it("gives the same mentions whatever the order of arrival", () => {
    const forward = recalled([...NAMING, UNSURE]).map((entity) => [entity.id, entity.storyMentions]);
    const backward = recalled([UNSURE, ...[...NAMING].reverse()]).map((entity) => [entity.id, entity.storyMentions]);
    expect(new Map(backward as Array<[string, unknown]>)).toEqual(new Map(forward as Array<[string, unknown]>));
  });
});
