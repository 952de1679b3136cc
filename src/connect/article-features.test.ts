import { describe, expect, it } from "vitest";
import { makeArticle } from "../../test/make-article.js";
import { annotateArticle } from "../annotate/annotate-article.js";
import { articleFeatures } from "./article-features.js";

const BODY =
  "A strong earthquake struck the island of Kavros on Sunday, killing nine people and damaging hundreds of homes, the provincial governor said. " +
  "Rescue teams reached the villages of the north coast by helicopter. The island was last hit in December 2003, when a quake of similar strength destroyed its old harbour.";

function features(title: string, published: string | null = null) {
  const { article } = makeArticle(`${title}\n\n${BODY}`, { language: "en", title, published });
  return articleFeatures(annotateArticle(article));
}

describe("articleFeatures dates", () => {
  it("takes a headline that is only a date stamp for the article's own date, not the background date its text recalls", () => {
    const stamped = features("Last Updated: Monday, 28 November 2005, 02:24 GMT");
    expect(stamped.published).toBe("2005-11-28T02:24");
    expect(stamped.mainDate).toBe("2005-11-28");
  });

  it("reads no date from a headline that says more than a stamp", () => {
    const headline = features("Quake kills nine on Kavros");
    expect(headline.published).toBeNull();
    expect(headline.mainDate).not.toBe("2005-11-28");
  });

  it("keeps the record's publication date over a stamp", () => {
    expect(features("28 November 2005 Last updated at 02:24 GMT", "2005-11-29").mainDate).toBe("2005-11-29");
  });
});
