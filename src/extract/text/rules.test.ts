/** Each text-dump rule on its own, with tables of blocks it must leave alone. */
import { describe, expect, it } from "vitest";
import { cuesFor } from "../lang/index.js";
import { domainOf, isProse, isTitleLike } from "./block-shape.js";
import { segmentBlocks } from "./blocks.js";
import { isMetadataOnly, readMetadataLine } from "./metadata-line.js";
import { noiseKind } from "./noise-rules.js";
import { outletFromDomain } from "./outlet-from-domain.js";

const fr = cuesFor("fr");
const en = cuesFor("en");

describe("segmentBlocks", () => {
  it("splits a line of links glued by runs of non-breaking spaces, keeping raw offsets", () => {
    const raw = "Sport : victoire\u00a0\u00a0\u00a0\u00a0Météo : orages\u00a0\u00a0\u00a0\u00a0Culture : le festival\n\nUn paragraphe  avec deux espaces.";
    const blocks = segmentBlocks(raw);
    expect(blocks.map((block) => [block.text, block.segmentsInLine])).toEqual([
      ["Sport : victoire", 3],
      ["Météo : orages", 3],
      ["Culture : le festival", 3],
      ["Un paragraphe  avec deux espaces.", 1],
    ]);
    for (const block of blocks) expect(raw.slice(block.start, block.end)).toBe(block.text);
  });
});

describe("block shape", () => {
  it.each([
    "Le conseil municipal a adopté hier soir le budget de la ville pour l’année prochaine.",
    "« Nous ne céderons pas », a-t-il déclaré.",
    "Il pleuvait depuis trois jours sans interruption.",
  ])("reads prose: %s", (text) => expect(isProse(text)).toBe(true));

  it.each(["Le Maroc et l’Espagne signent un accord « sans précédent »", "Trois ans de négociations", "close", "Photo : AFP"])(
    "does not read prose: %s",
    (text) => expect(isProse(text)).toBe(false),
  );

  it.each(["Trois ans de négociations", "Sécheresse : la Lys au plus bas", "2026, l’année de tous les dangers"])("reads a title: %s", (text) =>
    expect(isTitleLike(text)).toBe(true),
  );

  it.each(["et ensuite il est parti", "Une phrase complète.", "Seul", "Liste, virgule,"])("does not read a title: %s", (text) => expect(isTitleLike(text)).toBe(false));

  it.each([
    ["journal-du-port.example", "journal-du-port.example"],
    ["https://www.lemonde.fr/", "lemonde.fr"],
    ["Le site lemonde.fr a publié", null],
    ["M. Dupont", null],
  ])("domain of %s is %s", (text, expected) => expect(domainOf(text)).toBe(expected));
});

describe("readMetadataLine", () => {
  it("reads a byline with credits, its publication date and, apart, the modification date", () => {
    const line = "Par\u00a0\u00a0Anne Morel\u00a0, AFP\u00a0et personnel JDP\u00a0\u00a0Publié le\u00a0\u00a003-02-2024 07:45\u00a0Dernière modification\u00a0: 03-02-2024 11:00";
    expect(readMetadataLine(line, fr, "fr")).toEqual({ authors: ["Anne Morel", "AFP", "personnel JDP"], published: "2024-02-03T07:45", outlet: null, modified: "2024-02-03T11:00", consumed: line.length });
  });

  it("reads an aggregator's republication note", () => {
    expect(readMetadataLine("Publié dans La Voix du Port le 03 - 02 - 2024", fr, "fr")).toMatchObject({ outlet: "La Voix du Port", published: "2024-02-03" });
  });

  it("reads a date stamp glued to the text after it, and says where the stamp ends", () => {
    const line = " date 2024-02 Les élus réunis en séance.".trim();
    const found = readMetadataLine(line, fr, "fr");
    expect(found).toMatchObject({ published: "2024-02" });
    expect(line.slice(found!.consumed).trim()).toBe("Les élus réunis en séance.");
  });

  it("reads English bylines", () => {
    expect(readMetadataLine("By Jane Doe and John Roe", en, "en")).toMatchObject({ authors: ["Jane Doe", "John Roe"] });
  });

  it.each([
    "Par ailleurs, le maire a annoncé sa candidature.",
    "Par la suite, les négociations ont repris.",
    "By the end of the year the port will be finished.",
    "Date limite de dépôt des candidatures",
    "Publié le programme complet du festival",
  ])("leaves article text alone: %s", (text) => {
    expect(readMetadataLine(text, [...fr, ...en], "fr")).toBeNull();
  });

  it("tells datelines from sentences that contain a date", () => {
    expect(isMetadataOnly("Mercredi 15 octobre 2025", fr, "fr")).toBe(true);
    expect(isMetadataOnly("Le traité a été signé le 15 octobre 2025.", fr, "fr")).toBe(false);
    expect(isMetadataOnly("— Le Port (@leport) October 9, 2018", en, "en")).toBe(false);
  });
});

describe("noiseKind", () => {
  it.each([
    ["close", "interface"],
    ["Partager", "interface"],
    ["Suivez-nous et partagez", "widget"],
    ["Votre adresse de messagerie ne sera pas publiée.", "widget"],
    ["Follow Me", "widget"],
    ["Lire aussi : Le port agrandi", "related-link"],
    ["© Copyright : DR", "credit"],
    ["Photo : Jean Morel / Agence", "credit"],
    ["Le maire inaugure le port, le 3 février |\u00a0Photo : Agence Lysienne", "caption"],
    ["Cliquez ici pour lire l'article depuis sa source.", "end-of-article"],
    ["journal-du-port.example", "end-of-article"],
  ])("%s is %s", (text, kind) => expect(noiseKind(text, [...fr, ...en])).toBe(kind));

  it.each([
    "Les commentaires du ministre ont surpris les élus.",
    "Le photographe a saisi le moment où le maire a pris la parole, devant une foule nombreuse et silencieuse.",
    "Partager l’eau, c’est partager le pouvoir, résume un négociateur.",
    "Lire aussi les conclusions du rapport permet de comprendre l’enjeu.",
    "Menu unique pour les cantines scolaires dès la rentrée",
    "Twitter a suspendu le compte du ministre mardi soir, selon plusieurs médias.",
  ])("leaves article text alone: %s", (text) => expect(noiseKind(text, [...fr, ...en])).toBeNull());
});

describe("outletFromDomain", () => {
  it("recovers the written name when the text spells the domain's letters", () => {
    expect(outletFromDomain("journaldeport.example", "Selon le Journal de Port, le chantier commence.")).toBe("Journal de Port");
    expect(outletFromDomain("www.lavoixdunord.fr", "a appris La Voix du Nord mardi")).toBe("La Voix du Nord");
  });

  it("keeps the domain when the text does not name the outlet", () => {
    expect(outletFromDomain("journaldeport.example", "Le chantier commence lundi.")).toBe("journaldeport.example");
  });
});

describe("wordCount", () => {
  it.each([
    ["Le – ministre | a dit : « oui »", 5],
    ["l’État hébreu", 2],
    ["  ", 0],
    ["2021\u00a0novembre\u202f24", 3],
  ])("%s has %i words", async (text, expected) => {
    const { wordCount } = await import("./block-shape.js");
    expect(wordCount(text)).toBe(expected);
  });
});
