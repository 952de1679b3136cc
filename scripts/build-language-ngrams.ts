/**
 * Writes eld's n-gram table in its compact form beside the compiled language detector
 * (dist/extract/eld-small.bin), so a run of the built CLI and each of its worker threads reads it
 * in milliseconds instead of compiling eld's 1.6 MB JavaScript table (language-ngram-table.ts).
 * Run by `npm run build` after tsc:
 *   npx tsx scripts/build-language-ngrams.ts [outDir]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ELD_TABLE, ELD_TABLE_FILE } from "../src/extract/eld-detector.js";
import { encodePrebuiltTable } from "../src/core/prebuilt-table.js";
import { eldFileUrl, eldTableFingerprint, encodeNgramTable, ngramTable, type EldNgramsData } from "../src/extract/language-ngram-table.js";

const outDir = process.argv[2] ?? fileURLToPath(new URL("../dist/extract/", import.meta.url));
const source = eldFileUrl(`src/ngrams/${ELD_TABLE}.js`);
const fingerprint = eldTableFingerprint(ELD_TABLE);
if (!source || !fingerprint) throw new Error("eld is not installed: run `npm ci` first.");
const { ngramsData } = (await import(source.href)) as { ngramsData: EldNgramsData };
const file = encodePrebuiltTable(ngramTable(fingerprint), encodeNgramTable(ngramsData));
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, ELD_TABLE_FILE), file);
process.stdout.write(`language n-grams (${fingerprint}): ${(file.length / 1e6).toFixed(1)} MB\n`);
