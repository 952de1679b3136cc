/**
 * The eld language detector, over the compact copy of its n-gram table that `npm run build`
 * writes beside this module (scripts/build-language-ngrams.ts) when there is one, else over the
 * copy a run from the sources keeps in node_modules/.cache, else over eld's own table (kept
 * there for the next run). A built file for another eld version is set aside, and said.
 */
import { builtTableOrNull, keepBuild, moduleBeside, readCachedBuild, type BuildCache } from "../core/prebuilt-table.js";
import { eldFileUrl, eldTableFingerprint, encodeNgramTable, ngramTable, type EldNgramsData } from "./language-ngram-table.js";

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

/** The code a cached copy of the table depends on beyond eld's version: its encoding and the envelope's. */
const TABLE_CODE = [moduleBeside(import.meta.url, "./language-ngram-table"), moduleBeside(import.meta.url, "../core/prebuilt-table")];

export async function loadEldDetector(tableUrl: URL = new URL(`./${ELD_TABLE_FILE}`, import.meta.url), cacheFolder?: string | null): Promise<EldDetector> {
  const fingerprint = eldTableFingerprint(ELD_TABLE);
  const factory = eldFileUrl("src/languageDetector.js");
  if (fingerprint && factory) {
    const cache = { table: ngramTable(fingerprint), code: TABLE_CODE, folder: cacheFolder };
    const table = builtTableOrNull(cache.table, tableUrl) ?? readCachedBuild(cache) ?? (await eldsOwnTable(cache));
    if (table) {
      const { createEld } = (await import(factory.href)) as EldFactory;
      const { instance, loadData } = createEld();
      loadData(table);
      return instance;
    }
  }
  return (await import("eld/small")).eld;
}

/** eld's own table, compiled from its JavaScript (a quarter-second), kept in the cache so the next run from the sources reads the compact copy. */
async function eldsOwnTable(cache: BuildCache<EldNgramsData, object>): Promise<EldNgramsData | null> {
  const source = eldFileUrl(`src/ngrams/${ELD_TABLE}.js`);
  if (!source) return null;
  const { ngramsData } = (await import(source.href)) as { ngramsData: EldNgramsData };
  keepBuild(cache, encodeNgramTable(ngramsData));
  return ngramsData;
}
