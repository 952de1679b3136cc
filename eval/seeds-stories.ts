/**
 * Stories on the seed articles against the gold `story` of each document: B³ precision, recall
 * and F1 (each article scored on how its found story overlaps its gold story), the articles
 * connected in file order and in reverse to show the order does not matter, and whether the
 * follow-up's story is related to the first one's. Scored twice: with the gold publication dates
 * given to the seeds that state none (as the annotation scores are), and as extracted.
 */
import { CorpusConnector, type ConnectedCorpus } from "../src/connect/connect-corpus.js";
import { loadSeedCases, type SeedCase } from "./seed-articles.js";

export interface SeedStoriesResult {
  precision: number;
  recall: number;
  f1: number;
  sameInReverseOrder: boolean;
  goldStoriesRelated: boolean;
  stories: Array<{ id: string; articles: string[] }>;
}

function connect(cases: readonly SeedCase[]): ConnectedCorpus {
  const connector = new CorpusConnector();
  for (const { article } of cases) connector.add(article);
  return connector.result();
}

/** With `goldDates: false` the two undated seeds stay undated, as in a user's run. */
export function evaluateSeedsStories(sharedDir: string, options: { goldDates?: boolean } = {}): SeedStoriesResult {
  const cases = loadSeedCases(sharedDir, options);
  const corpus = connect(cases);
  const reversed = connect([...cases].reverse());
  const label = new Map(cases.map((seed) => [seed.article.id, seed.label]));
  const goldOf = new Map(cases.map((seed) => [seed.article.id, (seed.gold as unknown as { story: string }).story]));
  const foundOf = new Map(corpus.stories.flatMap((story) => story.articleIds.map((id) => [id, story.id] as const)));
  let precision = 0;
  let recall = 0;
  for (const { article } of cases) {
    const found = [...foundOf].filter(([, story]) => story === foundOf.get(article.id)).map(([id]) => id);
    const gold = [...goldOf].filter(([, story]) => story === goldOf.get(article.id)).map(([id]) => id);
    const both = found.filter((id) => gold.includes(id)).length;
    precision += both / found.length;
    recall += both / gold.length;
  }
  precision /= cases.length;
  recall /= cases.length;
  const stories = corpus.stories.map((story) => ({ id: story.id, articles: story.articleIds.map((id) => label.get(id)!) }));
  const goldStories = [...new Set(goldOf.values())];
  const storyOfGold = (gold: string) => new Set(cases.filter((seed) => goldOf.get(seed.article.id) === gold).map((seed) => foundOf.get(seed.article.id)));
  const [first, second] = goldStories.map(storyOfGold);
  const goldStoriesRelated = !!first && !!second && corpus.stories.some((story) => first.has(story.id) && story.relatedStories.some((other) => second.has(other)));
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    sameInReverseOrder: JSON.stringify(reversed.stories.map((story) => story.articleIds)) === JSON.stringify(corpus.stories.map((story) => story.articleIds)),
    goldStoriesRelated,
    stories,
  };
}
