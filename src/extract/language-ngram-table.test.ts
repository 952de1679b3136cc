import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { eld } from "eld/small";
import { ELD_TABLE, ELD_TABLE_FILE, loadEldDetector } from "./eld-detector.js";
import { encodePrebuiltTable, readPrebuiltTable } from "../core/prebuilt-table.js";
import { eldFileUrl, eldTableFingerprint, encodeNgramTable, ngramTable, type EldNgramsData } from "./language-ngram-table.js";

const source = eldFileUrl(`src/ngrams/${ELD_TABLE}.js`)!;
const { ngramsData } = (await import(source.href)) as { ngramsData: EldNgramsData };
const fingerprint = eldTableFingerprint(ELD_TABLE)!;
const encoded = encodePrebuiltTable(ngramTable(fingerprint), encodeNgramTable(ngramsData));
const folder = mkdtempSync(join(tmpdir(), "recoupe-eld-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Real text in the languages the product reads and a few it does not, long and short. */
function sampleTexts(): string[] {
  const examples = new URL("../../examples/", import.meta.url);
  const dumps = readdirSync(new URL("dumps/", examples)).map((name) => readFileSync(new URL(`dumps/${name}`, examples), "utf8"));
  const records = readFileSync(new URL("jsonl/records.jsonl", examples), "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as { text?: string; html?: string }).map((record) => record.text ?? record.html!.replace(/<[^>]+>/gu, "\n\n"));
  const paragraphs = [...dumps, ...records].flatMap((text) => text.split(/\n\s*\n/u)).filter((paragraph) => paragraph.trim().length > 0);
  return [
    ...paragraphs,
    "El consejo regional aprobó el martes un presupuesto de apoyo a los agricultores afectados.",
    "Der Gemeinderat hat am Dienstag einen Haushalt zur Unterstützung der Landwirte beschlossen.",
    "Il consiglio regionale ha approvato martedì un bilancio di sostegno agli agricoltori.",
    "Совет утвердил во вторник бюджет поддержки фермеров.",
    "AFP, 12:04",
  ];
}

describe("the compact eld n-gram table", () => {
  it("gives every n-gram of eld's table its languages and scores, and nothing for an n-gram it lacks", () => {
    const file = join(folder, "decoded.bin");
    writeFileSync(file, encoded);
    const read = readPrebuiltTable(ngramTable(fingerprint), pathToFileURL(file));
    if (read.state !== "fresh") throw new Error(`the table just written reads as ${read.state}`);
    const decoded = read.table;
    expect(decoded.type).toBe(ngramsData.type);
    expect(decoded.languages).toEqual(ngramsData.languages);
    for (const [ngram, pairs] of Object.entries(ngramsData.ngrams)) expect(decoded.ngrams[ngram], ngram).toEqual(pairs);
    expect(decoded.ngrams[" zzqx"]).toBeUndefined();
    expect(decoded.ngrams[""]).toBeUndefined();
  });

  it("is stale for another eld", () => {
    const file = join(folder, "other.bin");
    writeFileSync(file, encoded);
    expect(readPrebuiltTable(ngramTable(`${fingerprint}-other`), pathToFileURL(file))).toEqual({ state: "stale", builtFor: fingerprint });
  });

  it("makes eld guess what it guesses over its own table, reliability included", async () => {
    const file = join(folder, ELD_TABLE_FILE);
    writeFileSync(file, encoded);
    const detector = await loadEldDetector(new URL(`file://${file}`));
    expect(detector).not.toBe(eld);
    const texts = sampleTexts();
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) {
      const [ours, theirs] = [detector.detect(text), eld.detect(text)];
      expect({ language: ours.language, reliable: ours.isReliable() }, text.slice(0, 80)).toEqual({ language: theirs.language, reliable: theirs.isReliable() });
    }
    expect([...new Set(texts.map((text) => detector.detect(text).language))]).toEqual(expect.arrayContaining(["fr", "en", "es", "de", "it", "ru"]));
  });

  it("falls back to eld's own table when no compact file was built, and keeps its compact copy for the next run", async () => {
    const cache = join(folder, "cache");
    const text = "La commission régionale a voté mardi un budget de soutien aux agriculteurs.";
    const first = await loadEldDetector(new URL(`file://${join(folder, "absent.bin")}`), cache);
    expect(first.detect(text).language).toBe("fr");
    const [kept] = readdirSync(cache);
    expect(readFileSync(join(cache, kept!)).equals(encoded)).toBe(true);
    const second = await loadEldDetector(new URL(`file://${join(folder, "absent.bin")}`), cache);
    expect(second.detect(text).language).toBe("fr");
  });
});
