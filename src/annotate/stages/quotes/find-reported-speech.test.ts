import { describe, expect, it } from "vitest";
import { annotateArticle } from "../../annotate-article.js";
import { makeArticle } from "../../../../test/make-article.js";

function quotes(text: string) {
  const { article } = makeArticle(text, { published: "2024-05-15" });
  const annotated = annotateArticle({ ...article, language: "fr" });
  const nameOf = (id: string | null) => annotated.annotations.entities.find((entity) => entity.id === id)?.name ?? null;
  return annotated.annotations.quotes.map((quote) => ({
    direct: quote.direct,
    said: text.slice(quote.content.start, quote.content.end),
    by: quote.speaker?.text ?? null,
    entity: nameOf(quote.speakerEntity),
  }));
}

describe("reported speech and speakers linked to entities", () => {
  it("reads 'X a déclaré que …' with the subject's entity and the clause as content", () => {
    expect(quotes("Le ministre suédois Erik Lund a déclaré que l'accord serait signé en juin.")).toEqual([
      { direct: false, said: "l'accord serait signé en juin.", by: "Erik Lund", entity: "Erik Lund" },
    ]);
  });

  it("gives words reported through a paper (« selon X, Y a déclaré ») to the one who said them, not to the paper", () => {
    const text = 'Selon le Daily Star, le ministre libanais Karim Haddad a déclaré que la ville était calme.\n\nD\'après le quotidien Al-Akhbar, Nabil Saleh a affirmé : "Nous ne partirons pas".';
    expect(quotes(text).map(({ said, entity }) => [said, entity])).toEqual([
      ["la ville était calme.", "Karim Haddad"],
      ["Nous ne partirons pas", "Nabil Saleh"],
    ]);
  });

  it("gives « la source ajoute que » to the source quoted just before", () => {
    expect(quotes("« Le contrat est signé », a annoncé le site Nordposten. La source ajoute que la livraison aura lieu en mai.")).toEqual([
      { direct: true, said: "Le contrat est signé", by: "le site Nordposten", entity: "Nordposten" },
      { direct: false, said: "la livraison aura lieu en mai.", by: "La source", entity: "Nordposten" },
    ]);
  });

  it("keeps the paper as the source of the words it states itself", () => {
    expect(quotes("Selon le Daily Star, la ville était calme mardi soir.")).toMatchObject([{ said: "la ville était calme mardi soir.", by: "le Daily Star" }]);
  });

  it("takes no name after a preposition opening the sentence for the subject, and reads an adverb between auxiliary and verb", () => {
    expect(quotes("Sur Twitter également, @abulyas a aussitôt souligné qu'il ne s'agissait pas d'une conférence.")).toEqual([
      { direct: false, said: "il ne s'agissait pas d'une conférence.", by: "@abulyas", entity: "@abulyas" },
    ]);
  });

  it("finds the subject that opens the sentence across a relative clause", () => {
    expect(quotes("Le ministre suédois Erik Lund, qui était à Oslo mardi, a déclaré que l'accord serait signé en juin.")).toEqual([
      { direct: false, said: "l'accord serait signé en juin.", by: "Le ministre suédois", entity: "Erik Lund" },
    ]);
  });

  it("reads 'selon X' before and after the claim, and a denial with a past infinitive", () => {
    expect(quotes("Selon le quotidien Dagens Nyheter, la signature aura lieu à Stockholm. La Suède nie catégoriquement avoir payé.")).toEqual([
      { direct: false, said: "la signature aura lieu à Stockholm.", by: "le quotidien Dagens Nyheter", entity: "Dagens Nyheter" },
      { direct: false, said: "payé.", by: "Suède", entity: "Suède" },
    ]);
    expect(quotes("Trois personnes ont été arrêtées, selon la police.")[0]).toMatchObject({ direct: false, said: "Trois personnes ont été arrêtées", by: "la police" });
  });

  it("links a description speaker and a pronoun speaker to the person the article names", () => {
    const found = quotes("Le ministre de l'Intérieur Paul Agostini est arrivé. « Rien n'est joué », a déclaré le ministre de l'Intérieur. « Nous verrons », a-t-il ajouté.");
    expect(found.map((quote) => [quote.said, quote.entity])).toEqual([
      ["Rien n'est joué", "Paul Agostini"],
      ["Nous verrons", "Paul Agostini"],
    ]);
  });

  it("gives a quote introduced by a long clause to the sentence's subject, and 'le média' to the outlet named before", () => {
    const found = quotes("Le ministre polonais Karel Novak, qui a quitté Oslo jeudi, a, dans une tribune, déclaré : « Nous reviendrons. » Selon un site norvégien, Nordposten, le texte est prêt. « Tout est signé », nous explique encore le média.");
    expect(found.filter((quote) => quote.direct).map((quote) => [quote.said, quote.entity])).toEqual([
      ["Nous reviendrons.", "Karel Novak"],
      ["Tout est signé", "Nordposten"],
    ]);
  });

  it("reads a pronoun that announces the subject after it", () => {
    const found = quotes("Ingrid Solberg est venue. Avant le sommet, qu'il a qualifié d'« historique », Jonas Berg a parlé.");
    expect(found.map((quote) => [quote.said, quote.entity])).toEqual([["historique", "Jonas Berg"]]);
  });

  it("reads an attribution closing the sentence, with a name in apposition, and not a direct quote's own attribution", () => {
    expect(quotes("La Norvège livrera deux frégates au Danemark d'ici juin, a annoncé mercredi un journal suédois, Nordposten.")).toEqual([
      { direct: false, said: "La Norvège livrera deux frégates au Danemark d'ici juin", by: "un journal suédois, Nordposten", entity: "Nordposten" },
    ]);
    expect(quotes("Le traité sera ratifié avant l'été, le ministère a indiqué.")).toEqual([
      { direct: false, said: "Le traité sera ratifié avant l'été", by: "le ministère", entity: null },
    ]);
    expect(quotes("« Nous signerons en juin », a déclaré Erik Lund.").filter((quote) => !quote.direct)).toEqual([]);
  });

  it("does not read a quote's inside or a plain 'que' as reported speech", () => {
    expect(quotes("Il pense que la paix est possible. « Il a déclaré que tout allait bien », lit-on.").filter((quote) => !quote.direct)).toEqual([]);
  });
});
