import { describe, expect, it } from "vitest";
import { makeArticle } from "../../test/make-article.js";
import { annotateArticle } from "./annotate-article.js";
import { objectArray, uniformEntity, uniformQuote } from "./uniform-shapes.js";

describe("uniform shapes", () => {
  const { article } = makeArticle(
    "La Suède a protesté. Stockholm a rappelé son ambassadeur mardi. « Nous ne céderons pas », a déclaré Karel Novak, ministre de la Défense. Les manifestants soudanais ont affirmé que la police avait tiré à Khartoum.",
    { published: "2025-10-15" },
  );
  const { entities, quotes } = annotateArticle(article).annotations;

  it("keeps every value of entities and quotes, the optional fields included", () => {
    expect(entities.some((entity) => entity.generic) && entities.some((entity) => entity.mentions.some((mention) => mention.metonymFor))).toBe(true);
    expect(quotes.map((quote) => quote.direct)).toEqual(expect.arrayContaining([true, false]));
    for (const entity of entities) expect(JSON.parse(JSON.stringify(uniformEntity(entity)))).toEqual(JSON.parse(JSON.stringify(entity)));
    for (const quote of quotes) expect(JSON.parse(JSON.stringify(uniformQuote(quote)))).toEqual(JSON.parse(JSON.stringify(quote)));
  });

  it("gives the same items in order, in a new array", () => {
    const items = [{ start: 0 }, { start: 4 }];
    const copy = objectArray(items);
    expect(copy).toEqual(items);
    expect(copy).not.toBe(items);
    expect(objectArray([])).toEqual([]);
  });
});
