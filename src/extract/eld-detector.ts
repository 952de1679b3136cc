/**
 * The eld language detector, over the compact copy of its n-gram table that `npm run build`
 * writes beside this module (scripts/build-language-ngrams.ts) when there is one, else over
 * eld's own table (a run from the sources, or a file built for another eld version, which is said).
 */
import { builtTableOrNull } from "../core/prebuilt-table.js";
import { eldFileUrl, eldTableFingerprint, ngramTable, type EldNgramsData } from "./language-ngram-table.js";

/** eld's "small" table (see detect-language.ts for why eld). */
export const ELD_TABLE = "small";
export const ELD_TABLE_FILE = `eld-${ELD_TABLE}.bin`;

export interface EldDetector {
  detect(text: string): { language: string; isReliable(): boolean };
}

/** eld's languageDetector.js: a detector over the table it is handed. */
interface EldFactory {
  createEld(): { instance: EldDetector; loadData(data: EldNgramsData): string };
}

export async function loadEldDetector(tableUrl: URL = new URL(`./${ELD_TABLE_FILE}`, import.meta.url)): Promise<EldDetector> {
  const fingerprint = eldTableFingerprint(ELD_TABLE);
  const table = fingerprint ? builtTableOrNull(ngramTable(fingerprint), tableUrl) : null;
  const factory = table ? eldFileUrl("src/languageDetector.js") : null;
  if (table && factory) {
    const { createEld } = (await import(factory.href)) as EldFactory;
    const { instance, loadData } = createEld();
    loadData(table);
    return instance;
  }
  return (await import("eld/small")).eld;
}
