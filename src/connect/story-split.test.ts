import { describe, expect, it } from "vitest";
import { annotateArticle } from "../annotate/annotate-article.js";
import { makeArticle } from "../../test/make-article.js";
import { FIRST_RAID, SECOND_RAID } from "../../test/two-raids.js";
import { articleFeatures } from "./article-features.js";
import type { Placed } from "./story-cluster.js";
import { canonicalOrder } from "./story-index.js";
import { splitIntoEvents } from "./story-split.js";
import { articleSpan } from "./story-time.js";
import { DocumentFrequencies, storyVector } from "./story-vectors.js";


function placed(texts: readonly string[], published: (index: number) => string | null = () => null): Placed[] {
  const features = texts.map((text, index) => {
    const { article } = makeArticle(text, { language: "en", title: text.split(".")[0]!, published: published(index) });
    return articleFeatures(annotateArticle(article));
  });
  const frequencies = new DocumentFrequencies();
  for (const item of features) frequencies.add(item);
  return features.sort(canonicalOrder).map((item) => ({ features: item, vector: storyVector(item, frequencies), time: articleSpan(item) }));
}

const sorted = (parts: Placed[][]) => parts.map((part) => part.map((member) => member.features.id).sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));

describe("splitIntoEvents", () => {
  it("tells two events of one kind apart by what each event's reports share and the other's lack", () => {
    const members = placed([...FIRST_RAID, ...SECOND_RAID]);
    const ids = (texts: readonly string[]) => members.filter((member) => texts.some((text) => text.startsWith(member.features.title!))).map((member) => member.features.id).sort();
    expect(sorted(splitIntoEvents(members))).toEqual(sorted([FIRST_RAID, SECOND_RAID].map((texts) => members.filter((member) => ids(texts).includes(member.features.id)))));
  });

  it("keeps the reports of one event together, however their wording differs", () => {
    expect(splitIntoEvents(placed(FIRST_RAID))).toHaveLength(1);
  });

  it("keeps halves published in the same days together: two angles of one event, not two events", () => {
    const sameWeek = placed([...FIRST_RAID, ...SECOND_RAID], (index) => `2024-03-0${1 + index}`);
    expect(splitIntoEvents(sameWeek)).toHaveLength(1);
  });
});
