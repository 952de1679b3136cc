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
    kind: quote.speakerKind,
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

describe("speakers the text does not name (Global Voices, 2011)", () => {
  it.each([
    ["an indefinite subject", "Les Égyptiens et bien d'autres sur Twitter ont été captivés par l'interview de Wael Ghonim, et beaucoup l'appellent \"un héros\".", "un héros"],
    ["a placard", "Une pancarte contre le Conseil suprême de l'armée : \"Nos filles sont la ligne rouge\".", "Nos filles sont la ligne rouge"],
    ["« on » in a video", "Pour conclure, UgaritNews partage cette vidéo de manifestation à Hama, on y entend scander \"Le peuple veut renverser le régime\".", "Le peuple veut renverser le régime"],
    ["a passive naming", "Des opposants syriens se sont rencontrés pour élaborer ce qui a été qualifié de \"feuille de route pour une transition\".", "feuille de route pour une transition"],
  ] as const)("%s: a source left unnamed, not no source", (_, text, said) => {
    expect(quotesOf(text, "fr")).toEqual([{ said, by: null, kind: "unspecified", entity: null }]);
  });
  it("leaves a quote nobody introduces unattributed", () => {
    expect(quotesOf('Le comité a publié son rapport sur la "feuille de route" mardi.', "fr")).toMatchObject([{ kind: "unattributed" }]);
  });
  it("gives a described speaker (« Le blogueur ajoute ») to the last person named before", () => {
    const text = 'Bamdadi pose la question à ses lecteurs: "Quel pays a le plus haut indice de développement humain en Afrique?". Un lien permet d\'avoir la réponse: il s\'agit de la Libye ! Le blogueur ajoute, "bien sûr, avant que la guerre civile éclate dans ce pays".';
    expect(quotesOf(text, "fr").map(({ by, entity }) => [by, entity])).toEqual([
      ["Bamdadi", "Bamdadi"],
      ["Le blogueur", "Bamdadi"],
    ]);
  });
  it("reads a naming verb in the present as an attribution (« X qualifient … de « … » »)", () => {
    const text = "Alors que certains responsables ou diplomates Iraniens qualifient la révolution libyenne de \"réveil islamique\", le blogueur Bedone Onvan a publié une photo.";
    expect(quotesOf(text, "fr")).toMatchObject([{ said: "réveil islamique", by: "Alors que certains responsables ou diplomates Iraniens", kind: "named" }]);
  });
  it("resolves « elle » to the person an apposition describes, not to the institution inside it", () => {
    const text = [
      "L'universitaire américaine d'origine syrienne Mohja Kahf, professeur à l'Univerité de l'Arkansas, live-tweete la conférence.",
      "Les Syriens à la conférence d'Antalya, devant des images de martyrs syriens",
      'Mercredi soir, elle commentait : "Antalya : Ça n\'est pas la vieille conférence d\'opposition de papa."',
      "Le Dr. Kahf a aussi tweeté que les participants feraient une grève de la faim.",
    ].join("\n\n");
    expect(quotesOf(text, "fr")[0]).toMatchObject({ entity: "Mohja Kahf" });
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
