/**
 * Writes each language's gazetteer in its compact form beside the compiled entity stage
 * (dist/annotate/stages/entities/gazetteer-data/<lang>.bin), so a run of the built CLI and each
 * of its worker threads reads it in milliseconds instead of building it (gazetteer-file.ts).
 * Run by `npm run build` after tsc:
 *   npx tsx scripts/build-gazetteers.ts [outDir]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { annotatedLanguages, entityLexiconFor } from "../src/annotate/lang/index.js";
import { buildGazetteer } from "../src/annotate/stages/entities/gazetteer.js";
import { encodeGazetteer, gazetteerTable } from "../src/annotate/stages/entities/gazetteer-file.js";
import { encodePrebuiltTable } from "../src/core/prebuilt-table.js";

const outDir = process.argv[2] ?? fileURLToPath(new URL("../dist/annotate/stages/entities/gazetteer-data/", import.meta.url));
mkdirSync(outDir, { recursive: true });
for (const language of annotatedLanguages()) {
  const lexicon = entityLexiconFor(language);
  if (!lexicon) continue;
  const file = encodePrebuiltTable(gazetteerTable(lexicon, language), encodeGazetteer(buildGazetteer(lexicon, language)));
  writeFileSync(join(outDir, `${language}.bin`), file);
  process.stdout.write(`gazetteer ${language}: ${(file.length / 1e6).toFixed(1)} MB\n`);
}
