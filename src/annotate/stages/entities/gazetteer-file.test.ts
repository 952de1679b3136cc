import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { frenchEntityLexicon } from "../../lang/fr/entity-lexicon.js";
import { buildGazetteer } from "./gazetteer.js";
import { encodeGazetteer, gazetteerFingerprint, readGazetteerFile } from "./gazetteer-file.js";

const dir = mkdtempSync(join(tmpdir(), "recoupe-gazetteer-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the gazetteer's compact file", () => {
  const built = buildGazetteer(frenchEntityLexicon, "fr");
  const fingerprint = gazetteerFingerprint(frenchEntityLexicon, "fr");
  const url = pathToFileURL(join(dir, "fr.bin"));
  writeFileSync(url, encodeGazetteer(built, fingerprint));
  const read = readGazetteerFile(url, fingerprint)!;

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

  it("is refused when it was built from other inputs, is missing or cut short", () => {
    expect(readGazetteerFile(url, "another fingerprint")).toBeNull();
    expect(readGazetteerFile(pathToFileURL(join(dir, "missing.bin")), fingerprint)).toBeNull();
    const whole = readFileSync(url);
    for (const length of [3, 100, Math.floor(whole.length / 2)]) {
      const cut = pathToFileURL(join(dir, `cut-${length}.bin`));
      writeFileSync(cut, whole.subarray(0, length));
      expect(readGazetteerFile(cut, fingerprint)).toBeNull();
    }
  });
});
