/** Quotes and speakers through the whole pipeline (entities included), in English and French, and texts that must yield none. */
import { describe, expect, it } from "vitest";
import { makeArticle } from "../../../../test/make-article.js";
import { annotateArticle } from "../../annotate-article.js";

function quotesOf(text: string, language: "fr" | "en") {
  const { article } = makeArticle(text, { published: "2024-05-15", language });
  const { quotes, entities } = annotateArticle(article).annotations;
  return quotes.map((quote) => ({
    said: text.slice(quote.content.start, quote.content.end),
    by: quote.speaker?.text ?? null,
    entity: entities.find((entity) => entity.id === quote.speakerEntity)?.name ?? null,
  }));
}

describe("English attributions, as French ones", () => {
  it("reads 'said X', 'X said', 'told reporters that', 'according to X' and 'said in a statement'", () => {
    const text = [
      'The bridge will reopen next week, said Mayor Tom Reed. "We are ready," said Reed.',
      "Police Chief Ann Cole told reporters that two men had been arrested.",
      "The fire started at dawn, according to fire officials.",
      '"We condemn this attack," the ministry said in a statement.',
    ].join("\n\n");
    expect(quotesOf(text, "en").map(({ said, by }) => [said, by])).toEqual([
      ["The bridge will reopen next week", "Mayor Tom Reed"],
      ["We are ready,", "Reed"],
      ["two men had been arrested.", "Ann Cole"],
      ["The fire started at dawn", "fire officials"],
      ["We condemn this attack,", "the ministry"],
    ]);
  });
  it("gives a spokesman's words to the spokesman, not to his state", () => {
    const [quote] = quotesOf('"The ceasefire is holding," Israeli army spokesman Avi Cohen said on Sunday. Israel launched strikes on Gaza.', "en");
    expect(quote).toMatchObject({ said: "The ceasefire is holding,", entity: "Avi Cohen" });
  });
});

describe("texts that yield no quote and no speaker", () => {
  it.each([
    ["en", "a reporter's credit", "Three people were hurt in the blast. CBS2's Ilana Gold reported from the scene."],
    ["en", "a byline and an agency", "Miller reported. (Reuters)"],
    ["fr", "a photo credit", "Photo : Jean Roux\n\nLe pont a rouvert mardi."],
    ["fr", "a title in « »", "Le film « Vol de nuit » sort mercredi au cinéma."],
    ["fr", "a journalist's colon before a list", "Le plan compte trois volets : la santé, l'école et le logement."],
    ["fr", "a journalist's sentence naming states", "Le Maroc et Israël ont signé un accord de défense à Rabat mercredi."],
  ] as const)("%s: %s", (language, _, text) => {
    expect(quotesOf(text, language)).toEqual([]);
  });
});
