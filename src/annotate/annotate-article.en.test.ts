/**
 * English through the same stages as French, from the English resource modules only: names with
 * capitalised titles, a surname that is also a town or a word, quotes attributed subject-first,
 * events, agreement attributes and times.
 */
import { describe, expect, it } from "vitest";
import { makeArticle } from "../../test/make-article.js";
import { annotateArticle } from "./annotate-article.js";

const TEXT = [
  "Norway and Denmark signed a defence memorandum of understanding in Oslo on Tuesday, the first agreement of its kind between the two countries.",
  'Norwegian Defence Minister Jonas Berg met his Danish counterpart, Anna Lund, at the castle. "This is a historic day for our two nations," Berg said after the ceremony.',
  "The agreement covers intelligence sharing, joint exercises and training, according to the Ministry of Defence.",
  '"We will not comment on arms sales," Lund told reporters. Mr. Berg later flew to Stockholm for talks with Swedish officials.',
].join("\n\n");

describe("annotating an English article", () => {
  const { article } = makeArticle(TEXT, { published: "2024-05-15", language: "en" });
  const { annotations } = annotateArticle(article);
  const entity = (name: string) => annotations.entities.find((candidate) => candidate.name === name);
  const words = (span: { start: number; end: number }) => TEXT.slice(span.start, span.end);

  it("finds people without their capitalised title, and joins a surname that is also a word or a town", () => {
    expect(entity("Jonas Berg")?.type).toBe("PER");
    expect(entity("Jonas Berg")!.mentions.map(words)).toEqual(["Jonas Berg", "Berg", "Mr. Berg"]);
    expect(entity("Anna Lund")!.mentions.map(words)).toEqual(["Anna Lund", "Lund"]);
    expect(entity("Anna Lund")!.roles.map((role) => role.text)).toContain("counterpart");
    expect(entity("Stockholm")?.type).toBe("LOC");
    expect(entity("Ministry of Defence")?.type).toBe("ORG");
  });

  it("attributes quotes whose speaker comes before the verb", () => {
    const speakers = annotations.quotes.filter((quote) => quote.direct).map((quote) => [words(quote.content).slice(0, 20), annotations.entities.find((candidate) => candidate.id === quote.speakerEntity)?.name]);
    expect(speakers).toEqual([
      ["This is a historic d", "Jonas Berg"],
      ["We will not comment ", "Anna Lund"],
    ]);
  });

  it("codes the signing, dated and placed, and the agreement's kind, scope and first", () => {
    const signing = annotations.events.find((event) => event.mode === "sign-agreement")!;
    expect(signing).toMatchObject({ category: "AGREE", date: "2024-05-14" });
    expect(entity("Oslo")!.id).toBe(signing.place);
    const attributes = (annotations.attributes ?? []).map((attribute) => `${attribute.slot}:${attribute.value}`);
    expect(attributes).toEqual(expect.arrayContaining(["instrument:memorandum-of-understanding", "scope:intelligence", "scope:exercises", "scope:training"]));
    expect(annotations.attributes!.find((attribute) => attribute.slot === "first")).toMatchObject({ subject: "agreement" });
  });

  it("reads an attribution closing the sentence, speaker first", () => {
    const text = "Denmark will receive two frigates by June, the Norwegian Ministry of Defence said.";
    const { article: other } = makeArticle(text, { published: "2024-05-15", language: "en" });
    const [quote] = annotateArticle(other).annotations.quotes;
    expect(quote).toMatchObject({ direct: false });
    expect(text.slice(quote!.content.start, quote!.content.end)).toBe("Denmark will receive two frigates by June");
    expect(quote!.speaker?.text).toBe("the Norwegian Ministry of Defence");
  });
});
