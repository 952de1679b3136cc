import { describe, expect, it } from "vitest";
import { annotateArticle } from "../annotate/annotate-article.js";
import { makeArticle } from "../../test/make-article.js";
import { connectStateOf, packConnectState, packVector, unpackConnectState, unpackVector } from "./article-connect-state.js";
import { withoutTerms } from "./article-features.js";
import { DocumentFrequencies, storyVector } from "./story-vectors.js";

const article = (text: string) => annotateArticle({ ...makeArticle(text, { published: "2021-03-02", title: text.split(".")[0]! }).article, language: "en" });
const REPORTS = [
  "Police in Lyon arrested two men on Tuesday after a raid on a warehouse. The prosecutor, Anne Morel, said the men would appear before a judge on Friday.",
  "Two men were arrested in Lyon after Tuesday's warehouse raid, prosecutor Anne Morel said, adding that “the investigation is far from over”.",
  "The warehouse raided in Lyon held stolen engines, according to the police, who arrested two men.",
].map(article);

describe("article connect state", () => {
  it("reads back as the connector made it: features with their signature, claim records, unread names", () => {
    for (const report of REPORTS) {
      const state = connectStateOf(report);
      expect(state.records.length).toBeGreaterThan(0);
      expect(state.features.signature.length).toBeGreaterThan(0);
      const read = unpackConnectState(packConnectState(state));
      expect(read).toEqual(state);
      expect(read.features.signature).toBeInstanceOf(Uint32Array);
      expect(read.names.starts).toBeInstanceOf(Uint32Array);
      // Without its terms, for a reader that has the vector: the rest as made.
      const light = unpackConnectState(packConnectState(state), { withTerms: false });
      expect(light.features.terms.keys).toEqual([]);
      expect(light).toEqual({ ...state, features: withoutTerms(state.features) });
    }
  });

  it("keeps a story vector exactly, and none in the state itself", () => {
    const frequencies = new DocumentFrequencies();
    const states = REPORTS.map(connectStateOf);
    for (const state of states) frequencies.add(state.features);
    const vector = storyVector(states[0]!.features, frequencies);
    expect(vector.keys.length).toBeGreaterThan(2);
    expect(unpackVector(packVector(vector))).toEqual(vector);
    expect(unpackVector(packVector({ keys: [], weights: [] }))).toEqual({ keys: [], weights: [] });
    expect(unpackConnectState(packConnectState({ ...states[0]!, vector })).vector).toBeUndefined();
  });
});
