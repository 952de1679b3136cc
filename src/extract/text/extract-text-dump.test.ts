import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toRawSpan } from "../../core/offset-map.js";
import type { RawDocument } from "../../ingest/raw-document.js";
import { extractTextDump } from "./extract-text-dump.js";

function dump(raw: string, source = "dump.txt"): RawDocument {
  return { source, container: "text", format: "text", raw, encoding: "utf-8", byteLength: raw.length, metadata: {}, messages: [] };
}

describe("extractTextDump on an English scraped page", () => {
  const raw = readFileSync(new URL("../../../test/fixtures/extract-text/harbour-strike-en.txt", import.meta.url), "utf8");
  const content = extractTextDump(dump(raw), { language: "en" });

  it("finds the title, byline, date and the outlet of the trailing domain", () => {
    expect(content).toMatchObject({
      title: "Dockers end three-day strike at Port Halden",
      authors: ["Maria Costa", "Reuters", "Tom Reyes"],
      published: "2025-03-12T16:20",
      outlet: "haldenharbournews.example",
    });
  });

  it("keeps the paragraphs and the intertitle, drops every widget", () => {
    expect(content.text.split("\n\n")).toEqual([
      "Dockers at Port Halden voted on Wednesday to end a three-day strike after the port authority agreed to hire forty permanent staff, union officials said.",
      "The strike had halted container traffic since Monday, leaving more than thirty ships waiting offshore.",
      "What the deal says",
      '"This is a fair deal for the people who keep this port running," said union leader Ines Valk. The port authority said work would resume on the night shift.',
    ]);
  });

  it("maps every word of the clean text back to the same word in the dump", () => {
    for (const match of content.text.matchAll(/\p{L}+/gu)) {
      const span = toRawSpan(content.offsetMap, { start: match.index, end: match.index + match[0].length });
      expect(raw.slice(span!.start, span!.end)).toBe(match[0]);
    }
  });
});

describe("extractTextDump without metadata", () => {
  it("returns nulls rather than guesses, and collapses sloppy whitespace", () => {
    const content = extractTextDump(dump("Le conseil  municipal a voté, mardi soir, le budget de la commune pour l’année prochaine.\n\nLa séance a duré trois heures et s’est terminée tard.\n"), { language: "fr" });
    expect(content).toMatchObject({ title: null, authors: [], published: null, outlet: null });
    expect(content.text).toBe("Le conseil municipal a voté, mardi soir, le budget de la commune pour l’année prochaine.\n\nLa séance a duré trois heures et s’est terminée tard.");
  });

  it("returns empty text for a page with only navigation", () => {
    expect(extractTextDump(dump("Accueil\nSport\nMétéo\nCulture\n"), { language: "fr" }).text).toBe("");
  });
});

describe("extractTextDump on a subscriber page", () => {
  const raw = readFileSync(new URL("../../../test/fixtures/extract-text/abonnes-fr.txt", import.meta.url), "utf8");
  const content = extractTextDump(dump(raw), { language: "fr" });

  it("takes the publication date, not the modification date", () => {
    expect(content).toMatchObject({ title: "Le Parlement de Kostrana ratifie l’accord sur l’eau", authors: ["Léa Fontaine", "Samir Haddad"], published: "2025-11-20T10:02" });
  });

  it("drops reading-time, subscription and listening widgets and the modification stamp", () => {
    expect(content.text.split("\n\n")).toEqual([
      "Les députés kostraniens ont ratifié jeudi, par 212 voix contre 41, le protocole d’accord signé en octobre avec Valmeria sur le partage des eaux de la Lys.",
      "L’opposition reprochait au texte de ne rien dire des barrages prévus en amont de Corvalle, mais plusieurs de ses élus ont finalement voté pour.",
      "« Nous avons voté pour la paix de la vallée, pas pour un chèque en blanc », a expliqué l’un d’eux à la tribune.",
    ]);
  });
});

describe("extractTextDump: where the date was read", () => {
  const prose = "The council voted on Tuesday to approve the new budget after a long debate that lasted late into the night, officials said.\n\nThe mayor welcomed the decision and said works would start in the spring.";

  it("keeps the line that states it, not inferred when the line calls it the publication", () => {
    const raw = readFileSync(new URL("../../../test/fixtures/extract-text/abonnes-fr.txt", import.meta.url), "utf8");
    expect(extractTextDump(dump(raw), { language: "fr" }).publishedSource).toEqual({
      kind: "dateline",
      inferred: false,
      evidence: "Publié le 20 novembre 2025 à 10h02, modifié le 20 novembre 2025 à 11h30",
    });
  });

  it("flags a bare dateline as inferred, and gives no date and no source for an update stamp alone", () => {
    const dated = extractTextDump(dump(`Sport\n\nMay 3rd, 2013 2:00pm EDT\n\n${prose}`), { language: "en" });
    expect(dated).toMatchObject({ published: "2013-05-03T14:00", publishedSource: { kind: "dateline", inferred: true, evidence: "May 3rd, 2013 2:00pm EDT" } });
    const updated = extractTextDump(dump(`Updated May 3, 2013\n\n${prose}`), { language: "en" });
    expect(updated).toMatchObject({ published: null, publishedSource: null });
  });
});

describe("extractTextDump: the modification date, apart from the publication", () => {
  const prose = "The council voted on Tuesday to approve the new budget after a long debate that lasted late into the night, officials said.\n\nThe mayor welcomed the decision and said works would start in the spring.";
  const proseFr = "Les députés ont adopté mardi le budget de la ville après un long débat qui a duré jusque tard dans la nuit, selon les élus.\n\nLe maire a salué la décision et annoncé que les travaux commenceraient au printemps.";

  it("reads the publication and the modification of one French line, each with its evidence", () => {
    const raw = readFileSync(new URL("../../../test/fixtures/extract-text/abonnes-fr.txt", import.meta.url), "utf8");
    expect(extractTextDump(dump(raw), { language: "fr" })).toMatchObject({
      published: "2025-11-20T10:02",
      modified: "2025-11-20T11:30",
      modifiedSource: { kind: "dateline", inferred: false, evidence: "Publié le 20 novembre 2025 à 10h02, modifié le 20 novembre 2025 à 11h30" },
    });
  });

  it.each([
    ["fr", `Publié le 24 novembre 2021\n\nMis à jour le 25 novembre 2021 à 18h04\n\n${proseFr}`, "2021-11-24", "2021-11-25T18:04"],
    ["fr", `Modifié le 3 mars 2024\n\n${proseFr}`, null, "2024-03-03"],
    ["en", `Published: March 3, 2024\n\nUpdated: March 4, 2024 6:15 PM\n\n${prose}`, "2024-03-03", "2024-03-04T18:15"],
    ["en", `Updated May 3, 2013\n\n${prose}`, null, "2013-05-03"],
  ])("%s: a stamp line of its own gives the modification, never the publication (%#)", (language, raw, published, modified) => {
    const content = extractTextDump(dump(raw), { language });
    expect(content).toMatchObject({ published, modified });
    expect(content.text).not.toMatch(/Mis à jour|Modifié|Updated/u);
  });

  it("leaves out a modification no later than the publication, and gives none where no line states one", () => {
    expect(extractTextDump(dump(`Publié le 24 novembre 2021 à 10h00\n\nMis à jour le 24 novembre 2021\n\n${proseFr}`), { language: "fr" })).not.toHaveProperty("modified");
    expect(extractTextDump(dump(`Publié le 24 novembre 2021\n\n${proseFr}`), { language: "fr" })).not.toHaveProperty("modified");
  });
});
