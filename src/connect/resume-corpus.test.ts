import { describe, expect, it } from "vitest";
import { annotateArticle } from "../annotate/annotate-article.js";
import type { AnnotatedArticle } from "../annotate/annotation.js";
import { makeArticle } from "../../test/make-article.js";
import { CorpusConnector, type ConnectedCorpus } from "./connect-corpus.js";
import { resumeBuild, type StoredBuild } from "./resume-corpus.js";

function annotated(text: string, published: string): AnnotatedArticle {
  const { article } = makeArticle(text, { published });
  return annotateArticle({ ...article, language: "en" });
}

const NAMING = [
  annotated("The San Diego Chargers said on Monday that defensive lineman Jamal Williams had been arrested. The Chargers declined further comment, and his lawyer Mark Heller said he would plead not guilty.", "2009-02-02"),
  annotated("Jamal Williams of the San Diego Chargers was arrested on suspicion of drunk driving, the Chargers said. Mark Heller, his lawyer, said the test was flawed.", "2009-02-02"),
  annotated("The Chargers confirmed that Jamal Williams was held overnight. His attorney Mark Heller called the arrest a mistake, and the Chargers said they would wait.", "2009-02-03"),
];
// Alone, this article reads neither "Chargers" (a word, opening a sentence) nor "Heller" (a word too) as a name: its story's other articles do.
const UNSURE = annotated("Police arrested a football player on Monday. Chargers defensive lineman Jamal Williams was held on suspicion of drunk driving. Heller argued that the case was weak.", "2009-02-03");

function connected(articles: readonly AnnotatedArticle[]): { corpus: ConnectedCorpus; stored: StoredBuild } {
  const connector = new CorpusConnector({ resumable: true });
  for (const article of articles) connector.add(article);
  const corpus = connector.result();
  const resumable = connector.takeResumable()!;
  const stories = corpus.stories.map((story) => ({ story, cluster: resumable.clusters.get(story.id)! }));
  return { corpus, stored: { stories, entities: corpus.entities, frequencies: resumable.frequencies, entityKeys: resumable.entityKeys } };
}

/** The names found through the story, as "article: entity name = the words found". */
const recalled = (corpus: Pick<ConnectedCorpus, "entities">, articles: readonly AnnotatedArticle[]) =>
  corpus.entities.flatMap((entity) => (entity.storyMentions ?? []).map((span) => `${span.articleId}: ${entity.name} = ${articles.find((article) => article.id === span.articleId)!.text.slice(span.start, span.end)}`)).sort();

describe("resumeBuild", () => {
  it("finds in an added article the names its story's other articles establish, as a full build does", async () => {
    const all = [...NAMING, UNSURE];
    const full = connected(all).corpus;
    expect(full.stories).toHaveLength(1);
    const { stored } = connected(NAMING);
    const resumed = await resumeBuild(stored, [UNSURE], async (ids) => NAMING.filter((article) => ids.includes(article.id)));
    expect(resumed.stories.map(({ story }) => story.articleIds)).toEqual(full.stories.map((story) => story.articleIds));
    expect(recalled(full, all)).toEqual(expect.arrayContaining([expect.stringMatching(/Chargers = Chargers$/u), expect.stringMatching(/Heller = Heller$/u)]));
    expect(recalled(resumed, all)).toEqual(recalled(full, all));
  });
});
