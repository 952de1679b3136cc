import { describe, expect, it } from "vitest";
import { frenchQuoteLexicon } from "../../lang/fr/quote-lexicon.js";
import { findQuotationMarks, findQuotes } from "./find-quotes.js";

const quotes = (text: string) =>
  findQuotes(text, frenchQuoteLexicon).map((quote) => ({ said: text.slice(quote.content.start, quote.content.end), by: quote.speaker?.text ?? null, kind: quote.speakerKind }));

describe("findQuotes", () => {
  it("attributes a quote to the speaker after it", () => {
    expect(quotes("« Nous ne céderons pas », a déclaré Marie Lenoir mardi soir.")).toEqual([{ said: "Nous ne céderons pas", by: "Marie Lenoir", kind: "named" }]);
    expect(quotes("« Le texte est prêt », a souligné le ministre de l’Intérieur devant la presse.")).toEqual([{ said: "Le texte est prêt", by: "le ministre de l’Intérieur", kind: "named" }]);
    expect(quotes("« Tout ira bien », explique un négociateur sous couvert d’anonymat.")).toEqual([{ said: "Tout ira bien", by: "un négociateur", kind: "named" }]);
  });

  it("attributes a quote to the speaker before it", () => {
    expect(quotes("Le maire de Corvalle a déclaré : « La ville est prête. »")).toEqual([{ said: "La ville est prête.", by: "Le maire de Corvalle", kind: "named" }]);
    expect(quotes("L’accord a été signé, indique Le Courrier du Port, permettant « une coopération plus fluide ».")).toEqual([
      { said: "une coopération plus fluide", by: "Le Courrier du Port", kind: "named" },
    ]);
  });

  it("resolves an inverted pronoun to the last speaker, or else the last person named", () => {
    expect(quotes("Anne Morel est arrivée mardi. « Je suis venue écouter », a-t-elle expliqué.")).toEqual([{ said: "Je suis venue écouter", by: "Anne Morel", kind: "pronoun" }]);
    expect(quotes("« Un », a dit Paul Brun. Puis Marie Lenoir est arrivée. « Deux », a-t-il ajouté.").map((quote) => quote.by)).toEqual(["Paul Brun", "Paul Brun"]);
  });

  it("keeps an unspecified source and an unattributed fragment apart", () => {
    expect(quotes("« Rien n’est joué », a-t-on précisé. Le texte est jugé « sans précédent ».")).toEqual([
      { said: "Rien n’est joué", by: null, kind: "unspecified" },
      { said: "sans précédent", by: null, kind: "unattributed" },
    ]);
  });

  it("continues a quote across paragraphs that reopen with «, and gives the next paragraph's quote the same speaker", () => {
    const text = "« Nous avons signé.\n\n« Et nous tiendrons parole », a déclaré Marie Lenoir.\n\n« Ensuite viendra la ratification. »";
    expect(quotes(text)).toEqual([
      { said: "Nous avons signé.\n\n« Et nous tiendrons parole", by: "Marie Lenoir", kind: "named" },
      { said: "Ensuite viendra la ratification.", by: "Marie Lenoir", kind: "named" },
    ]);
  });

  it.each([
    "Le mot « accord » n’apparaît pas, écrit-il dans une lettre ouverte.",
    "Un guillemet isolé « ne ferme jamais.\n\nLa suite sans guillemet.",
    "Les » marques » inversées ne font pas une citation.",
  ])("does not invent quotes or speakers: %s", (text) => {
    const found = findQuotes(text, frenchQuoteLexicon);
    for (const quote of found) expect(text.slice(quote.content.start, quote.content.end)).not.toMatch(/ne ferme jamais|inversées/);
  });

  it("runs a quote left open over a few paragraphs to its closing mark when none reopens it", () => {
    expect(findQuotationMarks("“Un.\n\nDeux.” Fin.").map((span) => span.content)).toEqual([{ start: 1, end: 11 }]);
    // A straight mark opening a paragraph, closed after a sentence's punctuation: `, "he said`.
    expect(findQuotationMarks('"Un.\n\nDeux, "dit-il.').map((span) => span.content)).toEqual([{ start: 1, end: 11 }]);
    // Never past another opener, nor a straight mark inside a line.
    expect(findQuotationMarks("“Un.\n\n“Deux.\n\nTrois.”")).toEqual([{ start: 6, end: 21, content: { start: 7, end: 20 } }]);
    expect(findQuotationMarks('Il dit "un.\n\nDeux" puis.')).toEqual([]);
  });

  it("pairs English and straight quotation marks too", () => {
    expect(findQuotationMarks("He said “yes” and \"no\".").map((span) => span.content)).toEqual([
      { start: 9, end: 12 },
      { start: 19, end: 21 },
    ]);
  });
});
