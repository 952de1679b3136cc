/** Country names written with their article and contracted prepositions, and what must stay bare. */
import { describe, expect, it } from "vitest";
import { definiteName, frenchPreposition, placePhrase } from "./country-names.js";

describe("French country names", () => {
  it.each([
    // name, definite, « de », « à », where
    ["Maroc", "le Maroc", "du Maroc", "au Maroc", "au Maroc"],
    ["France", "la France", "de la France", "à la France", "en France"],
    ["États-Unis", "les États-Unis", "des États-Unis", "aux États-Unis", "aux États-Unis"],
    ["Etats-Unis", "les Etats-Unis", "des Etats-Unis", "aux Etats-Unis", "aux Etats-Unis"],
    ["Égypte", "l'Égypte", "de l'Égypte", "à l'Égypte", "en Égypte"],
    ["Iran", "l'Iran", "de l'Iran", "à l'Iran", "en Iran"],
    ["Israël", "Israël", "d'Israël", "à Israël", "en Israël"],
    ["Cuba", "Cuba", "de Cuba", "à Cuba", "à Cuba"],
    ["Mexique", "le Mexique", "du Mexique", "au Mexique", "au Mexique"],
    ["Honduras", "le Honduras", "du Honduras", "au Honduras", "au Honduras"],
    ["Hongrie", "la Hongrie", "de la Hongrie", "à la Hongrie", "en Hongrie"],
    ["Royaume-Uni", "le Royaume-Uni", "du Royaume-Uni", "au Royaume-Uni", "au Royaume-Uni"],
    ["Émirats arabes unis", "les Émirats arabes unis", "des Émirats arabes unis", "aux Émirats arabes unis", "aux Émirats arabes unis"],
    ["Côte d’Ivoire", "la Côte d’Ivoire", "de la Côte d’Ivoire", "à la Côte d’Ivoire", "en Côte d’Ivoire"],
    ["Yémen", "le Yémen", "du Yémen", "au Yémen", "au Yémen"],
  ])("%s", (name, definite, of, to, where) => {
    expect(definiteName(name, "fr")).toBe(definite);
    expect(frenchPreposition("de", name)).toBe(of);
    expect(frenchPreposition("à", name)).toBe(to);
    expect(placePhrase(name, "fr")).toBe(where);
  });

  it("leaves people, towns and unknown places bare; a town is « à », an unknown place has no preposition", () => {
    for (const name of ["Paris", "Jean Dupont", "Cisjordanie", "Ruritanie"]) expect(definiteName(name, "fr")).toBe(name);
    expect(frenchPreposition("de", "Jean Dupont")).toBe("de Jean Dupont");
    expect(placePhrase("Lyon", "fr", true)).toBe("à Lyon");
    expect(placePhrase("Cisjordanie", "fr")).toBeNull();
  });
});

describe("English country names", () => {
  it.each([
    ["United States", "the United States"],
    ["US", "the US"],
    ["Netherlands", "the Netherlands"],
    ["United Kingdom", "the United Kingdom"],
    ["Gambia", "the Gambia"],
    ["France", "France"],
    ["Morocco", "Morocco"],
    ["United Airlines", "United Airlines"],
  ])("%s", (name, definite) => {
    expect(definiteName(name, "en")).toBe(definite);
  });

  it("places any place after « in »", () => {
    expect(placePhrase("United States", "en")).toBe("in the United States");
    expect(placePhrase("Lyon", "en")).toBe("in Lyon");
  });
});
