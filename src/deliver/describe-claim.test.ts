/** Statements of event claims never state as fact what the sources deny, plan or only report. */
import { describe, expect, it } from "vitest";
import type { Claim } from "../connect/align-claims.js";
import { describeClaim, eventLabel, attributeNoun, inferredDatePhrase } from "./describe-claim.js";
import { annotateArticle } from "../annotate/annotate-article.js";
import { englishAttributeLexicon, englishAttributeWords } from "../annotate/lang/en/attribute-lexicon.js";
import { frenchAttributeLexicon, frenchAttributeWords } from "../annotate/lang/fr/attribute-lexicon.js";
import { CorpusConnector } from "../connect/connect-corpus.js";
import { makeArticle } from "../../test/make-article.js";

const claim = (mode: string): Claim => ({
  id: "c1",
  kind: "event",
  statement: "",
  category: "ASSAULT",
  mode,
  actors: ["police"],
  targets: ["protesters"],
  date: "2011-01-25",
  place: null,
  supportedBy: [],
  contradictedBy: [],
  singleSource: true,
  outlets: [],
});
const name = (id: string) => ({ police: "la police", protesters: "des manifestants" })[id] ?? id;

describe("describeClaim and polarity", () => {
  it.each([
    ["attack", "en", "La police attacked des manifestants on 25 January 2011."],
    ["attack~negated", "en", "Did not happen: la police attacked des manifestants on 25 January 2011."],
    ["attack~reported", "fr", "Rapporté, non confirmé : la police a attaqué des manifestants le 25 janvier 2011."],
    ["attack~planned", "fr", "Prévu : la police a attaqué des manifestants le 25 janvier 2011."],
  ] as const)("%s (%s)", (mode, language, expected) => {
    expect(describeClaim(claim(mode), name, language)).toBe(expected);
  });

  it("names who reports an event no source asserts", () => {
    expect(describeClaim({ ...claim("attack~reported"), reportedBy: ["protesters"] }, name, "fr")).toBe("Selon des manifestants, la police a attaqué des manifestants le 25 janvier 2011.");
    expect(describeClaim({ ...claim("attack~reported"), reportedBy: ["protesters"] }, name, "en")).toBe("According to des manifestants, la police attacked des manifestants on 25 January 2011.");
  });

  it("says who said a quote in the reader's language, by their corpus name", () => {
    const quote: Claim = { ...claim(""), kind: "quote", speaker: "police", statement: "Préfecture: « Nous avons agi dans le respect de la loi : rien d'autre »" };
    expect(describeClaim(quote, name, "fr")).toBe("La police a déclaré : « Nous avons agi dans le respect de la loi : rien d'autre »");
    expect(describeClaim(quote, name, "en")).toBe("La police said: « Nous avons agi dans le respect de la loi : rien d'autre »");
  });

  it("says an actor reports their own deed in their own words, and puts a plural group's verb in the plural", () => {
    const own = { ...claim("attack~reported"), actors: ["protesters"], targets: [], reportedBy: ["protesters"] };
    expect(describeClaim(own, name, "fr")).toBe("Selon leurs propres déclarations, des manifestants ont attaqué le 25 janvier 2011.");
    expect(describeClaim({ ...own, actors: ["police"], reportedBy: ["police"] }, name, "fr")).toBe("Selon ses propres déclarations, la police a attaqué le 25 janvier 2011.");
    expect(describeClaim(own, name, "en")).toBe("By their own account, des manifestants attacked on 25 January 2011.");
  });

  it("gives a country its article and contracts it with the verb's preposition, in French and English", () => {
    const countries = (id: string) => ({ ma: "Maroc", us: "États-Unis", il: "Israël", fr: "France", usa: "United States", rabat: "Rabat" })[id] ?? id;
    const agreement = { ...claim("sign-agreement"), category: "AGREE", actors: ["us"], targets: ["ma", "il"], date: "2021-11-24", place: "ma" };
    expect(describeClaim(agreement, countries, "fr")).toBe("Les États-Unis ont signé un accord avec le Maroc et Israël le 24 novembre 2021 au Maroc.");
    expect(describeClaim({ ...agreement, actors: ["ma"], targets: ["fr"], place: "fr" }, countries, "fr")).toBe("Le Maroc a signé un accord avec la France le 24 novembre 2021 en France.");
    expect(describeClaim({ ...agreement, mode: "approve", actors: ["il"], targets: ["ma", "us"], place: "rabat" }, countries, "fr", { town: (id) => id === "rabat" })).toBe("Israël a approuvé la demande du Maroc et des États-Unis le 24 novembre 2021 à Rabat.");
    expect(describeClaim({ ...agreement, mode: "concede", actors: ["fr"], targets: ["us"], place: "rabat" }, countries, "fr")).toBe("La France a fait une concession aux États-Unis le 24 novembre 2021 (Rabat).");
    expect(describeClaim({ ...agreement, actors: ["usa"], targets: ["police"], place: "usa" }, countries, "en")).toBe("The United States signed an agreement with police on 24 November 2021 in the United States.");
  });

  it("says an inferred date as one, without a preposition clash", () => {
    expect(inferredDatePhrase("2021-11-24", "fr")).toBe("vers le 24 novembre 2021");
    expect(inferredDatePhrase("2022-04", "fr")).toBe("vers avril 2022");
    expect(inferredDatePhrase("2022-04", "en")).toBe("around April 2022");
    expect(inferredDatePhrase("2021-W48", "fr")).toBe("≈ la semaine du 29 novembre 2021");
  });

  it("labels an event kind with its polarity", () => {
    expect(eventLabel("ASSAULT", "attack~conditional", "en")).toBe("attack (under a condition)");
    expect(eventLabel("PROTEST", "demonstrate", "fr")).toBe("manifestation");
  });
});

describe("describeClaim of attributes", () => {
  const spans = (...articles: string[]) => articles.map((articleId, start) => ({ articleId, start, end: start + 1 }));
  const attribute = (slot: NonNullable<Claim["slot"]>, subject: string, variants: Array<[string, string, string[]]>): Claim => ({
    ...claim(""),
    kind: "attribute",
    statement: "(English statement from the connect stage)",
    slot,
    subject,
    variants: variants.map(([value, text, articles]) => ({ value, text, sources: spans(...articles) })),
  });

  it.each([
    [attribute("instrument", "agreement", [["memorandum-of-understanding", "protocole d'accord", ["a", "b"]], ["letter-of-intent", "lettre d'intention", ["c"]]]), "L'accord est un protocole d'accord (2) ; aussi appelé une lettre d'intention (1).", "The agreement is a memorandum of understanding (2); also called a letter of intent (1)."],
    [attribute("scope", "agreement", [["intelligence", "renseignement", ["a", "b"]], ["training", "formation", ["a"]], ["exercises", "exercices", ["b"]], ["energy", "énergie", ["c"]]]), "L'accord porte sur le renseignement (2), la formation (1), les exercices (1) et l'énergie (1).", "The agreement covers intelligence (2), training (1), exercises (1) and energy (1)."],
    [attribute("first", "visit", [["first", "la première visite officielle", ["a"]]]), "La visite est présentée comme une première : « la première visite officielle ».", "The visit is described as a first: “la première visite officielle”."],
    [attribute("metonym", "protesters", [["police", "Rabat", ["a", "b"]]]), "Les sources désignent des manifestants par Rabat (2).", "Des manifestants is referred to through Rabat (2)."],
    [attribute("systems", "story", [["police", "Iron Dome", ["a"]], ["protesters", "Pegasus", ["b"]]]), "Nommés dans le sujet : Iron Dome (1) et Pegasus (1).", "Named in the story: Iron Dome (1) and Pegasus (1)."],
  ] as const)("%#: in French and in English", (attributeClaim, french, english) => {
    expect(describeClaim(attributeClaim, name, "fr")).toBe(french);
    expect(describeClaim(attributeClaim, name, "en")).toBe(english);
  });

  it("names every key of both attribute lexicons in both languages", () => {
    for (const table of ["subjects", "instruments", "domains"] as const) {
      const keys = [...new Set([...frenchAttributeLexicon[table], ...englishAttributeLexicon[table]].map(({ key }) => key))];
      expect(Object.keys(frenchAttributeWords[table])).toEqual(expect.arrayContaining(keys));
      expect(Object.keys(englishAttributeWords[table])).toEqual(expect.arrayContaining(keys));
    }
    expect(attributeNoun("instruments", "memorandum-of-understanding", "fr").word).toBe("protocole d'accord");
    expect(attributeNoun("domains", "research-development", "en").word).toBe("research and development");
    // A key no table holds still reads as words.
    expect(attributeNoun("domains", "space-exploration", "fr").word).toBe("space exploration");
  });

  it("describes the attribute claims of a real French story in the reader's language", () => {
    const connector = new CorpusConnector();
    for (const [text, outlet] of [
      ["La Norvège et le Danemark ont signé mardi à Oslo un protocole d'accord, le premier du genre. La coopération portera sur le renseignement et la formation.", "Journal A"],
      ["Jonas Berg a signé mardi à Oslo un protocole d'accord de défense avec le Danemark. La coopération couvre le renseignement.", "Journal B"],
    ] as const) {
      const { article } = makeArticle(text, { published: "2024-05-15", outlet, title: "Accord" });
      connector.add(annotateArticle({ ...article, language: "fr" }));
    }
    const { entities, stories } = connector.result();
    const nameOf = (id: string) => entities.find((entity) => entity.id === id)?.name ?? id;
    const attributes = stories.flatMap((story) => story.claims).filter((candidate) => candidate.kind === "attribute");
    const french = attributes.map((candidate) => describeClaim(candidate, nameOf, "fr"));
    const english = attributes.map((candidate) => describeClaim(candidate, nameOf, "en"));
    expect(stories).toHaveLength(1);
    expect(french).toContain("L'accord est un protocole d'accord (2).");
    expect(french).toContain("L'accord porte sur le renseignement (2), la défense (1) et la formation (1).");
    expect(french).toContain("L'accord est présenté comme une première : « le premier du genre ».");
    expect(english).toContain("The agreement is a memorandum of understanding (2).");
    expect(english).toContain("The agreement covers intelligence (2), defence (1) and training (1).");
    expect(french.join(" ")).not.toMatch(/memorandum|\b[a-z]+-[a-z]+-[a-z]+\b|The |covers/u);
    // The event: a country named in the text is written with its article, a town after « à ».
    const towns = (id: string) => entities.find((entity) => entity.id === id)?.knowledgeBase.some((reference) => reference.scheme === "geonames") ?? false;
    const events = stories.flatMap((story) => story.claims).filter((candidate) => candidate.kind === "event");
    expect(events.map((candidate) => describeClaim(candidate, nameOf, "fr", { town: towns }))).toContain("Le Danemark, la Norvège et Jonas Berg ont signé un accord le 14 mai 2024 à Oslo.");
  });
});
