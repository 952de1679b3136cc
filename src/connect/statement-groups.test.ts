import { describe, expect, it } from "vitest";
import { foldAccents } from "../core/terms.js";
import { contentTerms } from "./article-features.js";
import type { QuoteRecord } from "./claim-records.js";
import { StatementGroups } from "./statement-groups.js";

let next = 0;
/** A quote record as claim-records.ts makes one: its first eight words folded, its content terms. */
function quote(speaker: string, text: string): QuoteRecord {
  const words = foldAccents(text.toLowerCase()).split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 8).join(" ");
  return { kind: "quote", speaker, words, terms: contentTerms(text, "fr"), text, source: { articleId: `a_${next++}`, start: 0, end: text.length }, outlet: null };
}

const SIGNED = "Cet accord de défense renforce la surveillance commune de la mer du Nord et nos exercices conjoints";
const CUT = "renforce la surveillance commune de la mer du Nord et nos exercices conjoints, cet accord de défense";
const OTHER = "Les pêcheurs des deux pays pourront travailler dans les mêmes eaux dès le printemps prochain";

describe("StatementGroups", () => {
  it("gathers one statement reported word for word or cut differently, and keeps another apart", () => {
    const statements = new StatementGroups();
    for (const record of [quote("berg", SIGNED), quote("berg", OTHER), quote("berg", CUT), quote("berg", SIGNED)]) statements.add("berg", record);
    expect(statements.groups().map((group) => group.map((record) => record.text))).toEqual([[SIGNED, CUT, SIGNED], [OTHER]]);
  });

  it("keeps two speakers' same words apart, speakers in the order first quoted", () => {
    const statements = new StatementGroups();
    statements.add("lund", quote("lund", OTHER));
    statements.add("berg", quote("berg", SIGNED));
    statements.add("lund", quote("lund", SIGNED));
    expect(statements.groups().map((group) => [group[0]!.speaker, group.length])).toEqual([["lund", 1], ["lund", 1], ["berg", 1]]);
  });

  it("finds among a thousand statements of one speaker the first one a quote matches", () => {
    const statements = new StatementGroups();
    for (let index = 0; index < 1000; index += 1) statements.add("berg", quote("berg", `Déclaration numéro ${index} sur le budget ${index * 7} et la réforme ${index * 13}`));
    statements.add("berg", quote("berg", SIGNED));
    statements.add("berg", quote("berg", CUT));
    const groups = statements.groups();
    expect(groups).toHaveLength(1001);
    expect(groups[1000]!.map((record) => record.text)).toEqual([SIGNED, CUT]);
  });
});
