import { describe, expect, it } from "vitest";
import { englishEntityLexicon } from "../../lang/en/entity-lexicon.js";
import { frenchEntityLexicon } from "../../lang/fr/entity-lexicon.js";
import { segmentSentences } from "../sentences.js";
import { findTimeExpressions } from "../time/find-time-expressions.js";
import { findEntities } from "./find-entities.js";

/** Named entities as "TYPE name: mention kinds with their counts", for comparing a paragraph with its repetition. */
function linked(text: string, language: "fr" | "en" = "fr"): string[] {
  const sentences = segmentSentences(text, language);
  const times = findTimeExpressions(text, { language, published: "2024-05-15", sentences });
  return findEntities(text, language === "fr" ? frenchEntityLexicon : englishEntityLexicon, { language, sentences, times })
    .filter((entity) => !entity.generic)
    .map((entity) => {
      const kinds = new Map<string, number>();
      for (const mention of entity.mentions) kinds.set(`${mention.kind} ${mention.text}`, (kinds.get(`${mention.kind} ${mention.text}`) ?? 0) + 1);
      return `${entity.type} ${entity.name}: ${[...kinds].map(([kind, count]) => `${kind} ×${count}`).join(" | ")}`;
    });
}

describe("linkEntities", () => {
  // Every kind of link: a role beside a name and standing alone, an organisation noun, a country's official form, "les deux pays".
  const paragraph =
    "Le ministre suédois de la Défense Erik Lund a rencontré M. Karel Novak à Rabat. La société Nexacorp a publié un rapport. " +
    "Le média a ensuite cité le royaume du Maroc. Le ministre de la Défense a salué l'accord entre la Suède et le Maroc. Les deux pays ont signé. Selon le royaume, Lund a parlé.";

  it("links each kind of reference in one paragraph", () => {
    expect(linked(paragraph)).toEqual([
      "PER Erik Lund: description Le ministre suédois de la Défense ×1 | name Erik Lund ×1 | description Le ministre de la Défense ×1 | name Lund ×1",
      "LOC Suède: demonym suédois ×1 | name Suède ×1 | reference Les deux pays ×1",
      "PER Karel Novak: name M. Karel Novak ×1",
      "LOC Rabat: name Rabat ×1",
      "ORG Nexacorp: name Nexacorp ×1 | reference Le média ×1",
      "LOC Maroc: description le royaume du Maroc ×1 | name Maroc ×2 | reference Les deux pays ×1 | description le royaume ×1",
    ]);
  });

  it("links a book-length repetition of it the same way, every copy, in seconds", () => {
    const copies = 1500;
    const single = linked(paragraph);
    const repeated = linked(Array.from({ length: copies }, () => paragraph).join("\n\n"));
    expect(repeated).toEqual(single.map((line) => line.replace(/×(\d+)/gu, (_, count: string) => `×${Number(count) * copies}`)));
  }, 60_000);
});

describe("one type per entity within an article", () => {
  it("gives a lone surname or first name typed by a weak default to the person named in full", () => {
    expect(linked("Les partisans de Novak se sont réunis. Karel Novak a pris la parole mardi.")).toContain("PER Karel Novak: name Novak ×1 | name Karel Novak ×1");
    expect(linked("Ils protestent contre la détention de Rima. Rima Dali avait déployé une bannière.")).toContain("PER Rima Dali: name Rima ×1 | name Rima Dali ×1");
  });

  it("settles a name typed by defaults only by the reading most of its mentions give, a bare name a person", () => {
    expect(linked("On parle beaucoup de Zorvan. Zorvan a répondu hier aux critiques.")).toContain("PER Zorvan: name Zorvan ×2");
    // "à Zorvan" is evidence, not a default: the place stays.
    expect(linked("Ils sont arrivés à Zorvan. Zorvan a accueilli le sommet.")[0]).toMatch(/^LOC Zorvan/u);
  });

  it("reads a lone unknown name its members belong to as their group, and « en » after an elided pronoun as no preposition", () => {
    expect(linked("Deux dirigeants du Zarkam ont annoncé que le Zarkam ne soutiendrait pas l'offensive.")[0]).toMatch(/^ORG Zarkam: name Zarkam ×2/u);
    expect(linked("Les manifestants crient : « Va t'en Zorvan ! »")).toContain("PER Zorvan: name Zorvan ×1");
  });

  it("reads a name the text derives a demonym from as a state, and the name coordinated with it", () => {
    const found = linked("Le ministère valmérien a confirmé que Valmeria et Kostrana ont signé l'accord entre Valmeria et Kostrana.");
    expect(found.filter((line) => /Valmeria|Kostrana/u.test(line)).map((line) => line.split(":")[0])).toEqual(["LOC Valmeria", "LOC Kostrana"]);
    // The capitalised demonym is the state's demonym mention, not a name of its own.
    expect(linked("The deal was signed on Monday, and Kostranan officials said Kostrana would keep it.", "en").filter((line) => line.includes("Kostran"))).toEqual(["LOC Kostrana: demonym Kostranan ×1 | name Kostrana ×1"]);
  });

  it("leaves a person named in full a person, whatever adjective the text derives from the surname", () => {
    expect(linked("La ligne novakienne divise. Karel Novak a répondu, et Novak a maintenu sa position.")).toContain("PER Karel Novak: name Karel Novak ×1 | name Novak ×1");
  });
});

describe("capitals standing for their state", () => {
  /** Each capital's name mentions as "capital → the entity it stands for" (or "place"). */
  function seats(text: string): string[] {
    const sentences = segmentSentences(text, "fr");
    const times = findTimeExpressions(text, { language: "fr", published: "2012-02-07", sentences });
    const found = findEntities(text, frenchEntityLexicon, { language: "fr", sentences, times });
    const nameOf = (id: string | undefined) => (id ? found.find((entity) => entity.id === id)?.name : "place");
    return found.flatMap((entity) => entity.mentions.filter((mention) => mention.kind === "name" && entity.placeKind === "city").map((mention) => `${mention.text} → ${nameOf(mention.metonymFor)}`));
  }

  it("reads a capital after a noun of a state's act as its state, created though the article never names it", () => {
    expect(seats("Les internautes sont indignés par le double veto de Pékin et Moscou lors de la séance du Conseil de sécurité.")).toEqual(["Pékin → Chine", "Moscou → Russie"]);
  });

  it("reads a capital subject of a verb as its state when the article names that state", () => {
    expect(seats("Moscou a opposé son veto à la résolution, a déclaré l'ambassadeur de Russie.")).toEqual(["Moscou → Russie"]);
  });

  it("leaves a capital after another noun a place", () => {
    expect(seats("Des milliers de personnes ont rejoint la manifestation de Damas vendredi.")).toEqual(["Damas → place"]);
  });
});

describe("a role described before its holder is named", () => {
  it("joins a definite role to the one holder the article names later, not an indefinite one", () => {
    const text =
      "Le ministre suédois de la Défense a démenti jeudi toute livraison d'armes. Un ministre suédois de la Défense n'avait jamais fait ce voyage. " +
      "Erik Lund, ministre suédois de la Défense, a ensuite rencontré la presse.";
    expect(linked(text)).toContain(
      "PER Erik Lund: description Le ministre suédois de la Défense ×1 | name Erik Lund ×1 | description ministre suédois de la Défense ×1",
    );
  });

  it("leaves it alone when the article names two holders of that role", () => {
    const text = "Le ministre de la Défense a démenti. Erik Lund, ministre de la Défense, et Karel Novak, ministre de la Défense, ont signé.";
    expect(linked(text).filter((entity) => entity.includes("Le ministre de la Défense"))).toEqual([]);
  });
});
