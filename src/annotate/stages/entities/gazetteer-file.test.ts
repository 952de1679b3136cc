import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { frenchEntityLexicon } from "../../lang/fr/entity-lexicon.js";
import { buildGazetteer } from "./gazetteer.js";
import { builtTableOrNull, encodePrebuiltTable } from "../../../core/prebuilt-table.js";
import { encodeGazetteer, gazetteerTable } from "./gazetteer-file.js";

const dir = mkdtempSync(join(tmpdir(), "recoupe-gazetteer-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the gazetteer's compact file", () => {
  const built = buildGazetteer(frenchEntityLexicon, "fr");
  const table = gazetteerTable(frenchEntityLexicon, "fr");
  const url = pathToFileURL(join(dir, "fr.bin"));
  writeFileSync(url, encodePrebuiltTable(table, encodeGazetteer(built)));
  const read = builtTableOrNull(table, url)!;

  it("holds every key and value of the gazetteer built in memory, in the same order", () => {
    for (const name of ["places", "smallTowns", "countries", "demonyms"] as const) {
      expect([...read[name]]).toEqual([...built[name]]);
    }
    for (const name of ["firstNames", "words", "foldedWords", "companies"] as const) {
      expect(read[name].size).toBe(built[name].size);
      expect([...read[name]]).toEqual([...built[name]]);
    }
    expect([...read.placePhrases.get("la")!.get("paz")!].map(({ words, place }) => [words, place.name])).toEqual([...built.placePhrases.get("la")!.get("paz")!].map(({ words, place }) => [words, place.name]));
  });

  it("answers lookups as the built one does, misses included, and keeps one object per place", () => {
    for (const key of ["paris", "londres", "tel aviv", "evidemment", "absent-de-tout", "", "é"]) {
      expect(read.places.get(key)).toEqual(built.places.get(key));
      expect(read.foldedWords.has(key)).toBe(built.foldedWords.has(key));
    }
    expect(read.places.get("paris")).toBe(read.places.get("paris"));
  });

  it("is set aside, saying why in one line, when built from other inputs or cut short; missing, silently", () => {
    const lines: string[] = [];
    expect(builtTableOrNull(gazetteerTable(frenchEntityLexicon, "en"), url, (line) => lines.push(line))).toBeNull();
    expect(builtTableOrNull(table, pathToFileURL(join(dir, "missing.bin")), (line) => lines.push(line))).toBeNull();
    expect(lines).toEqual([expect.stringMatching(/fr\.bin was built from other inputs than the en gazetteer's; building it in memory/u)]);
    const whole = readFileSync(url);
    for (const length of [3, 100, Math.floor(whole.length / 2)]) {
      const cut = pathToFileURL(join(dir, `cut-${length}.bin`));
      writeFileSync(cut, whole.subarray(0, length));
      lines.length = 0;
      expect(builtTableOrNull(table, cut, (line) => lines.push(line))).toBeNull();
      expect(lines).toEqual([expect.stringMatching(new RegExp(`cut-${length}\\.bin is not a readable prebuilt table \\(.+\\); building the fr gazetteer in memory`, "u"))]);
    }
  });
});
