/**
 * Writes the answers of matchPrefixes, and the prefix tries built from them, for every pattern the
 * annotation stages build, in every language, beside the compiled module
 * (dist/core/match-prefixes.bin; see core/match-prefixes-table.ts), so a run of the built CLI and
 * each of its worker threads reads them instead of parsing each pattern and building each trie at
 * start. Run by `npm run build` after tsc:
 *   npx tsx scripts/build-match-prefixes.ts [outDir]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { annotateArticle } from "../src/annotate/annotate-article.js";
import { annotatedLanguages } from "../src/annotate/lang/index.js";
import { MATCH_PREFIXES_TABLE_FILE, matchPrefixesFingerprint, matchPrefixesTable, matchPrefixesTableFile } from "../src/core/match-prefixes-table.js";
import { encodePrebuiltTable } from "../src/core/prebuilt-table.js";
import { extractArticle } from "../src/extract/extract-article.js";

const outDir = process.argv[2] ?? fileURLToPath(new URL("../dist/core/", import.meta.url));
// The table is valid for the compiled module this build wrote (tsc runs first).
const fingerprint = matchPrefixesFingerprint(readFileSync(join(outDir, "match-prefixes.js")));
// Annotating one sentence in a language builds each stage's patterns for it, which records their answers.
for (const language of annotatedLanguages()) {
  const raw = "Le 3 mars 2024, le ministre a signé un accord à Paris. On March 3, 2024, the minister signed an agreement in Paris.";
  const extracted = extractArticle({ source: `build-match-prefixes.${language}`, container: "text", format: "text", raw, encoding: "utf-8", byteLength: raw.length, metadata: { language, published: "2024-03-04" }, messages: [] });
  if (!extracted.ok) throw new Error(`could not read the sample text in ${language}: ${extracted.error.reason}`);
  // The language is set, not detected: the stages build the patterns of the language they are told.
  annotateArticle({ ...extracted.article, language });
}
const table = encodePrebuiltTable(matchPrefixesTableFile(fingerprint), matchPrefixesTable().contents());
writeFileSync(join(outDir, MATCH_PREFIXES_TABLE_FILE), table);
process.stdout.write(`match prefixes (${annotatedLanguages().join(", ")}): ${(table.length / 1e3).toFixed(0)} kB\n`);
