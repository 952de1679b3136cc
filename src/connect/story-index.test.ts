import { afterEach, describe, expect, it } from "vitest";
import { makeArticle } from "../../test/make-article.js";
import { DATED_ARREST, OTHER_NEWS, UNDATED_ARREST } from "../../test/two-arrests.js";
import { annotateArticle } from "../annotate/annotate-article.js";
import { articleFeatures } from "./article-features.js";
import { STORY_CLUSTERING, StoryIndex } from "./story-index.js";

function build(undatedShare = STORY_CLUSTERING.mergeCohesionUndated) {
  const saved = STORY_CLUSTERING.mergeCohesionUndated;
  STORY_CLUSTERING.mergeCohesionUndated = undatedShare;
  const index = new StoryIndex();
  const texts = [...DATED_ARREST, ...UNDATED_ARREST];
  const ids = texts.map((text, index_) => {
    const published = index_ < DATED_ARREST.length ? `2021-03-0${index_ + 1}` : null;
    const { article } = makeArticle(text, { language: "en", title: text.split(".")[0]!, published });
    const features = articleFeatures(annotateArticle(article));
    index.add(features);
    return features.id;
  });
  for (const text of OTHER_NEWS) index.add(articleFeatures(annotateArticle(makeArticle(text, { language: "en", title: text.split(".")[0]!, published: "2021-03-02" }).article)));
  try {
    const { members } = index.stories();
    const storyOf = (id: string) => members.findIndex((story) => story.includes(id));
    return { dated: new Set(ids.slice(0, DATED_ARREST.length).map(storyOf)), undated: new Set(ids.slice(DATED_ARREST.length).map(storyOf)) };
  } finally {
    STORY_CLUSTERING.mergeCohesionUndated = saved;
  }
}

describe("StoryIndex merges", () => {
  afterEach(() => expect(STORY_CLUSTERING.mergeCohesionUndated).toBeGreaterThan(STORY_CLUSTERING.mergeCohesion));

  it("keeps an undated event apart from a dated one of the same kind, which the share asked of stories of the same days would mix", () => {
    const kept = build();
    expect(kept.dated.size).toBe(1);
    expect(kept.undated.size).toBe(1);
    expect([...kept.dated][0]).not.toBe([...kept.undated][0]);
    const lenient = build(STORY_CLUSTERING.mergeCohesion);
    expect([...lenient.undated].some((story) => lenient.dated.has(story))).toBe(true);
  });
});
