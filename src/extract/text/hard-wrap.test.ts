/** Hard-wrapped dumps rejoined into paragraphs, and short-lined texts that must stay as they are. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toRawOffset, type OffsetMap } from "../../core/offset-map.js";
import type { RawDocument } from "../../ingest/raw-document.js";
import { cuesFor } from "../lang/index.js";
import { extractTextDump } from "./extract-text-dump.js";
import { rejoinHardWrappedLines } from "./hard-wrap.js";

const fr = cuesFor("fr");
const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/extract-text/${name}`, import.meta.url), "utf8");

function dump(raw: string): RawDocument {
  return { source: "ocr.txt", container: "text", format: "text", raw, encoding: "utf-8", byteLength: raw.length, metadata: {}, messages: [] };
}

/** Every character maps to itself in the raw input; a space that joins two lines maps to the line break. */
function expectEveryCharacterMapsBack(text: string, offsetMap: OffsetMap, raw: string): void {
  for (let index = 0; index < text.length; index++) {
    if (text.startsWith("\n\n", index) || text[index - 1] === "\n") continue; // paragraph separators are the extractor's
    const rawIndex = toRawOffset(offsetMap, index);
    expect(rawIndex, `character ${index} (${text[index]})`).not.toBeNull();
    if (text[index] === " ") expect(raw[rawIndex!]).toMatch(/\s/u);
    else expect(raw[rawIndex!]).toBe(text[index]);
  }
}

describe("a French dump wrapped at 40 columns, with words split at line ends", () => {
  const raw = fixture("retraites-ocr-40col-fr.txt");
  const content = extractTextDump(dump(raw), { language: "fr" });

  it("rejoins the headline and each paragraph, glues split words and keeps compounds' hyphens", () => {
    expect(content).toMatchObject({ title: "Réforme des retraites : le gouvernement recule sur l'âge légal", authors: ["Hélène Marchal"] });
    expect(content.text.split("\n\n")).toEqual([
      "Le gouvernement a annoncé mercredi soir qu'il renonçait à repousser l'âge légal de départ à la retraite à soixante-quatre ans, après trois semaines de grèves dans les transports et l'énergie.",
      "« Nous avons entendu le pays », a déclaré la porte-parole du gouvernement, Claire Vasseur, à la sortie du Conseil des ministres. Les syndicats, reçus jeudi à Matignon, saluent une victoire mais maintiennent leur appel à manifester samedi à Paris.",
      "Le texte sera réécrit d'ici la fin du mois et présenté au Parlement au printemps, a précisé la porte-parole, sans donner de date.",
    ]);
    expect(content.warnings.map((warning) => warning.ruleId)).toContain("hard-wrap-rejoined");
  });

  it("maps every character of the clean text back to its place in the dump", () => {
    expectEveryCharacterMapsBack(content.text, content.offsetMap, raw);
    const at = content.text.indexOf("gouvernement,");
    expect(raw.slice(toRawOffset(content.offsetMap, at)!, toRawOffset(content.offsetMap, at + "gouvernement".length, "end")!)).toBe("gouverne-\nment");
  });

  it("reads the same paragraphs from Windows line ends", () => {
    const crlf = raw.replace(/\n/gu, "\r\n");
    const windows = extractTextDump(dump(crlf), { language: "fr" });
    expect(windows.text).toBe(content.text);
    expectEveryCharacterMapsBack(windows.text, windows.offsetMap, crlf);
  });
});

describe("rejoinHardWrappedLines leaves short-lined texts alone", () => {
  it.each([
    ["a poem in alexandrines, every line about as long", fixture("demain-des-l-aube-fr.txt")],
    ["an address block", "Mairie de Saint-Aubin-sur-Mer\nService de l'état civil\n12, place du Général-de-Gaulle\n14750 Saint-Aubin-sur-Mer\nTél. : 02 31 97 30 41\n"],
    ["a list", "Ordre du jour du conseil municipal :\n- approbation du procès-verbal de la séance\n- vote du budget primitif de la commune\n- tarifs de la cantine et de la garderie\n- questions diverses et informations\n"],
    ["a scraped page whose paragraphs are single long lines", fixture("abonnes-fr.txt")],
  ])("%s", (_, raw) => expect(rejoinHardWrappedLines(raw, fr)).toBeNull());

  it("keeps each verse of a poem a line of its own", () => {
    const content = extractTextDump(dump(fixture("demain-des-l-aube-fr.txt")), { language: "fr" });
    expect(content.text.split("\n\n")).toContain("Ni les voiles au loin descendant vers Harfleur,");
    expect(content.text.split("\n\n").every((paragraph) => !paragraph.includes(", Et") && !paragraph.includes(". J"))).toBe(true);
  });

  it("starts a new paragraph at a bullet inside wrapped text", () => {
    const raw = [
      "Le conseil municipal a adopté mardi soir",
      "le budget de la commune, après un débat",
      "de trois heures sur les investissements",
      "prévus pour l'année prochaine, dont :",
      "- la rénovation de l'école des Tilleuls",
      "- un nouveau terrain de football",
    ].join("\n");
    expect(rejoinHardWrappedLines(raw, fr)?.blocks.map((block) => block.text)).toEqual([
      "Le conseil municipal a adopté mardi soir le budget de la commune, après un débat de trois heures sur les investissements prévus pour l'année prochaine, dont :",
      "- la rénovation de l'école des Tilleuls",
      "- un nouveau terrain de football",
    ]);
  });
});
