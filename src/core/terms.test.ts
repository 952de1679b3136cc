import { describe, expect, it } from "vitest";
import { foldAccents, normalizeWord, terms, tokenize } from "./terms.js";

describe("terms", () => {
  it("splits elisions and keeps hyphenated words whole", () => {
    expect(tokenize("l’armée d'armes qu’il porte-parole").map((token) => token.text)).toEqual(["armée", "armes", "il", "porte-parole"]);
  });

  it("keeps token offsets into the original text", () => {
    const text = "Vente d’armes";
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it("stems French inflections to one folded term", () => {
    expect(new Set(["coopération", "Coopérations", "coopérer"].map((word) => normalizeWord(word, "fr")))).toEqual(new Set(["cooper"]));
    expect(normalizeWord("défenses", "fr")).toBe(normalizeWord("Défense", "fr"));
    expect(normalizeWord("signé", "fr")).toBe(normalizeWord("signera", "fr"));
  });

  it("folds accents and ligatures", () => {
    expect(foldAccents("Œuvre sécurité Israël")).toBe("OEuvre securite Israel");
  });

  it("does not stem a language it does not know", () => {
    expect(terms("Coopérations", "xx")).toEqual(["cooperations"]);
    expect(terms("Coopérations", null)).toEqual(["cooperations"]);
  });

  it("keeps words that only share a prefix apart", () => {
    expect(normalizeWord("marine", "fr")).not.toBe(normalizeWord("mariage", "fr"));
    expect(normalizeWord("accord", "fr")).not.toBe(normalizeWord("accordéon", "fr"));
  });
});
