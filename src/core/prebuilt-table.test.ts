/** The one reader of prebuilt tables: a fresh file is read, a stale one set aside, a corrupt one refused in one line or rebuilt. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { frenchTimeLexicon } from "../annotate/lang/fr/time-lexicon.js";
import { builtTableOrNull, cachedBuild, encodePrebuiltTable, moduleBeside, packArrays, readPrebuiltTable, unpackArrays, type ArrayLayout, type PrebuiltTable } from "./prebuilt-table.js";

const folder = mkdtempSync(join(tmpdir(), "recoupe-prebuilt-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A real small table: the French month names and their numbers, as UTF-16 code units, offsets and values. */
const months = Object.entries(frenchTimeLexicon.months);
interface WordsHeader {
  arrays: ArrayLayout;
}
const wordTable = (fingerprint: string): PrebuiltTable<Map<string, number>, WordsHeader> => ({
  label: "the month table",
  magic: "TST1",
  fingerprint,
  decode: (header, body) => {
    const { u16, u32 } = unpackArrays(header.arrays, body);
    const [chars, offsets, values] = [u16("chars"), u32("offsets"), u32("values")];
    return new Map([...values].map((value, index) => [String.fromCharCode(...chars.subarray(offsets[index], offsets[index + 1])), value]));
  },
});
function encodeWords(words: ReadonlyArray<[string, number]>) {
  const offsets = Uint32Array.from([0, ...words.map(([word]) => word.length)]);
  for (let index = 1; index < offsets.length; index++) offsets[index]! += offsets[index - 1]!;
  const chars = Uint16Array.from(words.flatMap(([word]) => [...word].map((char) => char.charCodeAt(0))));
  const { layout, body } = packArrays({ chars, offsets, values: Uint32Array.from(words, ([, value]) => value) });
  return { header: { arrays: layout }, body };
}
function write(name: string, bytes: Uint8Array): URL {
  const file = join(folder, name);
  writeFileSync(file, bytes);
  return pathToFileURL(file);
}
const whole = encodePrebuiltTable(wordTable("v1"), encodeWords(months));

describe("readPrebuiltTable", () => {
  it("reads a fresh file back whole, its arrays aligned over the file's memory", () => {
    const read = readPrebuiltTable(wordTable("v1"), write("fresh.bin", whole));
    expect(read.state).toBe("fresh");
    if (read.state === "fresh") expect([...read.table]).toEqual(months);
  });

  it("tells a missing file and a stale one (built for another fingerprint) apart from a fresh one", () => {
    expect(readPrebuiltTable(wordTable("v1"), pathToFileURL(join(folder, "absent.bin")))).toEqual({ state: "missing" });
    expect(readPrebuiltTable(wordTable("v2"), write("stale.bin", whole))).toEqual({ state: "stale", builtFor: "v1" });
  });

  it.each([
    ["another format", Buffer.from("PK\u0003\u0004 a zip file, not a table"), /it does not open with "TST1"/u],
    ["empty", Buffer.alloc(0), /it does not open with "TST1"/u],
    ["cut in its header", whole.subarray(0, 20), /cut short in its header/u],
    ["cut in its body", whole.subarray(0, whole.length - 20), /array "values" is cut short/u],
    ["a header that is not JSON", Buffer.concat([Buffer.from("TST1\u0005\u0000\u0000\u0000{oops"), Buffer.alloc(8)]), /its header: .*JSON/u],
  ])("refuses a corrupt file (%s) with one line naming it", (name, bytes, reason) => {
    const url = write(`${name}.bin`, bytes);
    expect(() => readPrebuiltTable(wordTable("v1"), url)).toThrow(new RegExp(`${name}\\.bin is not a readable prebuilt table \\(${reason.source}`, "u"));
    const lines: string[] = [];
    expect(builtTableOrNull(wordTable("v1"), url, (line) => lines.push(line))).toBeNull();
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain("\n");
    expect(lines[0]).toMatch(/building the month table in memory \(`npm run build` rebuilds the file\)$/u);
  });
});

describe("cachedBuild", () => {
  const code = [moduleBeside(import.meta.url, "./prebuilt-table")];
  const counting = (fingerprint: string, cache: string | null, words = months) => {
    let builds = 0;
    const table = cachedBuild({ table: wordTable(fingerprint), code, folder: cache, build: () => (builds++, new Map(words)), encode: (built) => encodeWords([...built]) });
    return { table, builds };
  };

  it("builds once, then reads its own build back; a new fingerprint builds again", () => {
    const cache = join(folder, "cache-fresh");
    expect(counting("v1", cache)).toEqual({ table: new Map(months), builds: 1 });
    expect(counting("v1", cache)).toEqual({ table: new Map(months), builds: 0 });
    expect(readdirSync(cache)).toHaveLength(1);
    const fewer = months.slice(0, 3);
    expect(counting("v2", cache, fewer)).toEqual({ table: new Map(fewer), builds: 1 });
    expect(counting("v2", cache, fewer).builds).toBe(0);
  });

  it("keeps the three builds last used, and drops older ones", () => {
    const cache = join(folder, "cache-kept");
    // Each build a minute older than the next, and v1 read again last: v2 is the least recently used.
    const age = (minutes: number) => {
      for (const file of readdirSync(cache)) {
        const time = statSync(join(cache, file)).mtimeMs / 1000 - minutes * 60;
        utimesSync(join(cache, file), time, time);
      }
    };
    for (const version of ["v1", "v2", "v3"]) {
      counting(version, cache);
      age(1);
    }
    expect(counting("v1", cache).builds).toBe(0);
    age(1);
    expect(counting("v4", cache).builds).toBe(1);
    expect(readdirSync(cache)).toHaveLength(3);
    expect(["v1", "v3", "v4", "v2"].map((version) => counting(version, cache).builds)).toEqual([0, 0, 0, 1]);
  });

  it("rebuilds over a corrupt cached file", () => {
    const cache = join(folder, "cache-corrupt");
    counting("v1", cache);
    const [name] = readdirSync(cache);
    const file = join(cache, name!);
    writeFileSync(file, readFileSync(file).subarray(0, 30));
    expect(counting("v1", cache)).toEqual({ table: new Map(months), builds: 1 });
    expect(counting("v1", cache).builds).toBe(0);
  });

  it("still builds where the cache cannot be written, or is turned off", () => {
    const blocked = join(folder, "a-file-not-a-folder");
    writeFileSync(blocked, "");
    expect(counting("v1", join(blocked, "cache"))).toEqual({ table: new Map(months), builds: 1 });
    expect(counting("v1", null)).toEqual({ table: new Map(months), builds: 1 });
  });
});
