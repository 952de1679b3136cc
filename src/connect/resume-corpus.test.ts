import { describe, expect, it } from "vitest";
import { annotateArticle } from "../annotate/annotate-article.js";
import type { AnnotatedArticle } from "../annotate/annotation.js";
import { makeArticle } from "../../test/make-article.js";
import { DATED_ARREST, OTHER_NEWS, UNDATED_ARREST } from "../../test/two-arrests.js";
import { connectStateOf, packConnectState, unpackConnectState } from "./article-connect-state.js";
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

/** The stored articles' connect states as a store gives them back: packed, then read. */
const statesOf = (articles: readonly AnnotatedArticle[]) => async (ids: readonly string[]) =>
  articles.filter((article) => ids.includes(article.id)).map((article) => unpackConnectState(packConnectState(connectStateOf(article))));

/** The names found through the story, as "article: entity name = the words found". */
const recalled = (corpus: Pick<ConnectedCorpus, "entities">, articles: readonly AnnotatedArticle[]) =>
  corpus.entities.flatMap((entity) => (entity.storyMentions ?? []).map((span) => `${span.articleId}: ${entity.name} = ${articles.find((article) => article.id === span.articleId)!.text.slice(span.start, span.end)}`)).sort();

describe("resumeBuild", () => {
  it("finds in an added article the names its story's other articles establish, as a full build does", async () => {
    const all = [...NAMING, UNSURE];
    const full = connected(all).corpus;
    expect(full.stories).toHaveLength(1);
    const { stored } = connected(NAMING);
    const resumed = await resumeBuild(stored, [UNSURE], statesOf(NAMING));
    expect(resumed.stories.map(({ story }) => story.articleIds)).toEqual(full.stories.map((story) => story.articleIds));
    expect(recalled(full, all)).toEqual(expect.arrayContaining([expect.stringMatching(/Chargers = Chargers$/u), expect.stringMatching(/Heller = Heller$/u)]));
    expect(recalled(resumed, all)).toEqual(recalled(full, all));
  });

  it("splits a story it changes into the events it holds, as a full build does", async () => {
    const article = (text: string, published: string | null) => annotateArticle({ ...makeArticle(text, { published, title: text.split(".")[0]! }).article, language: "en" });
    // Two arrests of one kind, both undated: the second's reports, added, are alike enough to the first's story to merge with it.
    const other = OTHER_NEWS.map((text) => article(text, "2021-03-02"));
    const first = DATED_ARREST.map((text) => article(text, null));
    const second = UNDATED_ARREST.map((text) => article(text, null));
    const arrests = new Set([...first, ...second].map((item) => item.id));
    const partition = (stories: ReadonlyArray<{ articleIds: string[] }>) =>
      stories
        .map((story) => story.articleIds.filter((id) => arrests.has(id)).sort())
        .filter((ids) => ids.length > 0)
        .sort((a, b) => a[0]!.localeCompare(b[0]!));
    const full = connected([...other, ...first, ...second]).corpus;
    expect(partition(full.stories).length).toBeGreaterThan(1);
    const { stored } = connected([...other, ...first]);
    const resumed = await resumeBuild(stored, second, statesOf([...other, ...first]));
    expect(partition(resumed.stories.map(({ story }) => story))).toEqual(partition(full.stories));
    // The stored story's id goes to the part holding most of its articles; the other part begins.
    const storedId = stored.stories.find(({ story }) => story.articleIds.includes(first[0]!.id))!.story.id;
    expect(resumed.replaced).toContain(storedId);
    expect(resumed.stories.filter(({ continues }) => continues === storedId)).toHaveLength(1);
  });
});
