import { describe, expect, it } from "vitest";
import { segmentSentences } from "./sentences.js";

const texts = (text: string, language: string | null = "fr") => segmentSentences(text, language).map((span) => text.slice(span.start, span.end));

describe("segmentSentences", () => {
  it("does not break inside names with titles or initials", () => {
    expect(texts("M. Dupont est arrivé mardi soir. Plus tard mercredi, Mme Durand l’a reçu. Le Dr. Martin était absent.")).toEqual([
      "M. Dupont est arrivé mardi soir.",
      "Plus tard mercredi, Mme Durand l’a reçu.",
      "Le Dr. Martin était absent.",
    ]);
    expect(texts("Né en 52 av. J.-C. à Rome, il régna dix ans. Sa mort fut soudaine.")).toEqual([
      "Né en 52 av. J.-C. à Rome, il régna dix ans.",
      "Sa mort fut soudaine.",
    ]);
    expect(texts("John F. Kennedy visited Berlin. Mr. Brandt met him.", "en")).toEqual(["John F. Kennedy visited Berlin.", "Mr. Brandt met him."]);
  });

  it("splits at questions and exclamations, and inside quotes as ICU does (quotes are found across sentences)", () => {
    expect(texts("« Nous signerons. Nous continuerons », a-t-il déclaré. Est-ce la fin ? Non !")).toEqual([
      "« Nous signerons.",
      "Nous continuerons », a-t-il déclaré.",
      "Est-ce la fin ?",
      "Non !",
    ]);
  });

  it("never runs a sentence across a paragraph break, even after an abbreviation", () => {
    expect(texts("Il a salué M.\n\nLe lendemain, tout a changé.")).toEqual(["Il a salué M.", "Le lendemain, tout a changé."]);
  });

  it("returns spans whose text is trimmed", () => {
    const text = "  Une phrase.   Une autre.  ";
    for (const span of segmentSentences(text, "fr")) {
      expect(text.slice(span.start, span.end)).toBe(text.slice(span.start, span.end).trim());
    }
  });

  it("joins every abbreviation and initial of a sentence, however many", () => {
    expect(texts("Il a vu M. Dupont. Puis J. Martin et Mme. Leroy sont venus en 52 av. J.-C. à Rome.")).toEqual([
      "Il a vu M. Dupont.",
      "Puis J. Martin et Mme. Leroy sont venus en 52 av. J.-C. à Rome.",
    ]);
    const run = "M. Dupont, Mme. X, J.-C., etc. ".repeat(2_000);
    expect(texts(run)).toEqual([run.trim()]);
  });

  it("splits a long text read in windows exactly as ICU splits it whole", () => {
    const paragraph = [
      "Le 3.5 % annoncé mardi… Vraiment ?",
      "« Oui ! » dit-il (sans rire).",
      "Les 12 membres, 7 absents, ont voté : 1. oui 2. non.",
      "Rien n’était décidé...",
      "Est-ce la fin?!",
      "Non.",
    ].join(" ");
    const text = Array.from({ length: 100 }, (_, i) => `${paragraph} Phrase numéro ${i} du texte.`).join(" ");
    const icu = Array.from(new Intl.Segmenter("fr", { granularity: "sentence" }).segment(text), (segment) => segment.segment.trim());
    expect(text.length).toBeGreaterThan(4 * 2048);
    expect(texts(text)).toEqual(icu);
  });

  it.each([
    ["Il a parlé à 10 h. Puis il est parti.", 2],
    ["Le prix est de 3,5 M€. Il augmente.", 2],
    ["Voir le chapitre II. Ensuite le III.", 2],
  ])("still ends sentences at real periods: %s", (text, count) => {
    expect(texts(text)).toHaveLength(count);
  });
});
