import { describe, expect, it } from "vitest";
import { englishQuoteLexicon } from "../../lang/en/quote-lexicon.js";
import { frenchQuoteLexicon } from "../../lang/fr/quote-lexicon.js";
import { findPostedQuotes } from "./find-posted-quotes.js";

const posted = (text: string, lexicon = frenchQuoteLexicon) =>
  findPostedQuotes(text, lexicon).map((quote) => ({ said: text.slice(quote.start, quote.end), by: quote.speaker?.text ?? null, kind: quote.speakerKind }));

describe("findPostedQuotes", () => {
  it("quotes the paragraph after an introduction ending in a colon, its subject speaking", () => {
    const text = "La grève se poursuit.\n\nÀ Lyon, la syndicaliste Claire Ménard tweete :\n\nLes dépôts sont bloqués depuis six heures. On ne lâchera rien.\n\nLe cortège est parti à midi.";
    expect(posted(text)).toEqual([{ said: "Les dépôts sont bloqués depuis six heures. On ne lâchera rien.", by: "la syndicaliste Claire Ménard", kind: "named" }]);
  });
  it("reads handles, named handles and retweets at a paragraph's start", () => {
    const text = "@marie_l: la place est pleine #grève\n\nPaul Brun @pbrun : les bus ne circulent plus\n\n#grève RT @infotrafic: périphérique fermé\n\n@jdupont Je confirme, tout est bloqué.";
    expect(posted(text).map(({ said, by }) => [said, by])).toEqual([
      ["la place est pleine #grève", "@marie_l"],
      ["les bus ne circulent plus", "Paul Brun @pbrun"],
      ["périphérique fermé", "@infotrafic"],
      ["Je confirme, tout est bloqué.", "@jdupont"],
    ]);
  });
  it("gives a handle's tweets to the person an introduction names, and a translation to the original's author", () => {
    const text = "Le député Karim Haddad ajoute sur Twitter :\n\n@khaddad : الحكومة تشترى\n\n@khaddad : Le gouvernement dépense sans compter.\n\nSalma Idrissi écrit :\n\nشكرًا مصر\n\nMerci à tous pour votre soutien.";
    expect(posted(text).map(({ said, by }) => [said, by])).toEqual([
      ["الحكومة تشترى", "Le député Karim Haddad"],
      ["Le gouvernement dépense sans compter.", "Le député Karim Haddad"],
      ["شكرًا مصر", "Salma Idrissi"],
      ["Merci à tous pour votre soutien.", "Salma Idrissi"],
    ]);
  });
  it("resolves nothing itself for a pronoun, and takes an inverted subject after the verb", () => {
    expect(posted("Elle ajoute :\n\nNous reviendrons demain.")).toEqual([{ said: "Nous reviendrons demain.", by: null, kind: "pronoun" }]);
    expect(posted("Mais comme l'a noté sur Twitter le correspondant Marc Olivier :\n\nLa police laisse passer les cortèges.")[0]?.by).toBe("sur Twitter le correspondant Marc Olivier");
  });
  it("continues a long blog post into its next paragraph, not into a caption or the next introduction", () => {
    const post = "Ce que nous avons vu hier soir dépasse tout ce que la ville avait connu depuis des années, et personne ne semble vouloir en tirer les leçons. Les autorités parlent d'incidents isolés alors que les témoignages se comptent par dizaines dans tous les quartiers du centre.";
    const next = "Il faudra bien un jour que les responsables rendent des comptes devant les habitants qui ont tout perdu cette nuit-là, sans exception.";
    const text = `Le blogueur Samir écrit sur son blog :\n\n${post}\n\n${next}\n\nPhoto : Jean Roux, les rues du centre le lendemain matin, prise depuis le pont.\n\nAnne écrit :\n\nCourt.`;
    expect(posted(text).map(({ said, by }) => [said.slice(0, 20), by])).toEqual([
      [post.slice(0, 20), "Le blogueur Samir"],
      [next.slice(0, 20), "Le blogueur Samir"],
      ["Court.", "Anne"],
    ]);
  });
  it("finds the subject behind a relative clause, and lets a group's tweets speak under their handles", () => {
    expect(posted("Le cortège a été dispersé, selon le quotidien Le Matin, qui écrit :\n\nLa police a chargé à midi.")[0]?.by).toBe("Le Matin");
    expect(posted("Les habitants de Sfax ont tweeté pendant la nuit :\n\n@amal_s: Des tirs près du port #Sfax\n\n@karim_b: Les blindés arrivent")).toEqual([
      { said: "Des tirs près du port #Sfax", by: "@amal_s", kind: "named" },
      { said: "Les blindés arrivent", by: "@karim_b", kind: "named" },
    ]);
  });
  it("takes any colon-ended sentence as the introduction of a tweet that follows it", () => {
    expect(posted("La journaliste Nadia Sami est elle aussi atterrée :\n\nC'est une honte. #LibérezLes")[0]?.by).toBe("La journaliste Nadia Sami");
  });
  it("keeps unintroduced tweets as unnamed posters' words", () => {
    expect(posted("Revue des tweets.\n\n#Grève Les dépôts sont fermés ce matin\n\nOn annonce un cortège à midi. #grève")).toEqual([
      { said: "#Grève Les dépôts sont fermés ce matin", by: null, kind: "unspecified" },
      { said: "On annonce un cortège à midi. #grève", by: null, kind: "unspecified" },
    ]);
  });
  it("reads English introductions with the same rules", () => {
    expect(posted("In Cairo, reporter Sarah Miles tweeted:\n\nTanks are moving towards the square.", englishQuoteLexicon)).toEqual([
      { said: "Tanks are moving towards the square.", by: "Sarah Miles", kind: "named" },
    ]);
  });
  it.each([
    ["a journalist's colon before a list", "Le plan compte trois volets :\n\nla santé, l'école et le logement.\n\nIl sera voté en mars."],
    ["a colon before bulleted items", "Le ministre a annoncé trois mesures :\n\n- la hausse des salaires ;\n\n- un gel des loyers."],
    ["a caption or credit", "Photo : Jean Roux\n\nSource : AFP, 12 mars 2021\n\nPhoto @jroux."],
    ["a video presented, not quoted", "Voici une vidéo de la manifestation :\n\nLe cortège a rejoint la place vers midi, selon les organisateurs."],
    ["a passive participle before its agent", "Le premier entretien, tweeté par @radio, est ci-dessous :\n\nLe second a été diffusé ce soir."],
    ["prose that mentions a hashtag in a sentence", "Les militants ont lancé le mot-clé #Libérez_les sur Twitter, qui a été repris des milliers de fois en une journée par des internautes du monde entier."],
    ["prose opening on a handle as a subject", "@marie_l a ensuite supprimé son message."],
    ["a title in « »", "Le film « Vol de nuit » sort mercredi.\n\nLe réalisateur a été salué."],
    ["an English list", "The plan has three parts:\n\nhealth, schools and housing."],
  ])("yields no quote for %s", (_, text) => {
    expect(posted(text, /^The/u.test(text) ? englishQuoteLexicon : frenchQuoteLexicon)).toEqual([]);
  });
});
