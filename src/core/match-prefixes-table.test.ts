/** The prebuilt table answers as parsing does, and is set aside when written for another version. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { eventLexiconFor, timeLexiconFor } from "../annotate/lang/index.js";
import { detectors } from "../annotate/stages/time/detectors.js";
import { patternsFor } from "../annotate/stages/time/patterns.js";
import { matchPrefixes, topLevelAlternatives } from "./match-prefixes.js";
import { MatchPrefixesTable, matchPrefixesTableFile } from "./match-prefixes-table.js";
import { encodePrebuiltTable, readPrebuiltTable } from "./prebuilt-table.js";
import { prefixTrie } from "./prefix-trie.js";

// The patterns the stages build: French event triggers and English time detectors.
const triggers = eventLexiconFor("fr")!.triggers.map((trigger) => trigger.pattern);
const timePieces = patternsFor(timeLexiconFor("en")!);
const timeSources = detectors.map((detector) => detector.pattern(timePieces));
const sources = [...triggers, ...timeSources];
const folder = mkdtempSync(join(tmpdir(), "recoupe-match-prefixes-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The table as its file, written for `writtenFor`, reads back for `readFor`. */
function throughFile(table: MatchPrefixesTable, writtenFor: string, readFor = writtenFor) {
  const file = join(folder, `${writtenFor}-${readFor}.bin`);
  writeFileSync(file, encodePrebuiltTable(matchPrefixesTableFile(writtenFor), table.contents()));
  return readPrebuiltTable(matchPrefixesTableFile(readFor), pathToFileURL(file));
}

function readBack(table: MatchPrefixesTable): MatchPrefixesTable {
  const read = throughFile(table, "v1");
  if (read.state !== "fresh") throw new Error(`the table just written reads as ${read.state}`);
  return read.table;
}

describe("MatchPrefixesTable", () => {
  it("parses what it lacks, and its written table gives the same answers without parsing", () => {
    const building = new MatchPrefixesTable();
    for (const source of sources) expect(building.prefixesOf(source)).toEqual(matchPrefixes(source));
    for (const source of timeSources) expect(building.alternativesOf(source)).toEqual(topLevelAlternatives(source));
    expect(building.parsed.prefixes.size).toBe(new Set(sources).size);
    expect([...building.parsed.prefixes.values()].some((list) => list?.some((prefix) => prefix.some((step) => "spaces" in step)))).toBe(true);

    const read = readBack(building);
    for (const source of sources) expect(read.prefixesOf(source)).toEqual(matchPrefixes(source));
    for (const source of timeSources) expect(read.alternativesOf(source)).toEqual(topLevelAlternatives(source));
    expect(read.parsed.prefixes.size).toBe(0);
    expect(read.parsed.alternatives.size).toBe(0);
  });

  it("gives the trie of a list of sources as prefixTrie builds it, read back from its written table without parsing or building", () => {
    const building = new MatchPrefixesTable();
    const built = building.trieOf(timeSources);
    expect(built).toEqual(prefixTrie(timeSources.map(matchPrefixes)));
    expect(building.parsed.tries.size).toBe(1);
    const read = readBack(building);
    expect(read.trieOf(timeSources)).toEqual(built);
    expect(timeSources.map((source) => read.hasPrefixes(source))).toEqual(timeSources.map((source) => matchPrefixes(source) !== null));
    expect(read.parsed.prefixes.size + read.parsed.tries.size).toBe(0);
    // Another list (the same sources in another order) is another trie: built, not misread.
    const reversed = [...timeSources].reverse();
    expect(read.trieOf(reversed)).toEqual(prefixTrie(reversed.map(matchPrefixes)));
    expect(read.parsed.tries.size).toBe(1);
  });

  it("sets aside a table of another version, and refuses a file that holds no table", () => {
    const building = new MatchPrefixesTable();
    for (const source of triggers) building.prefixesOf(source);
    expect(throughFile(building, "v1", "v2")).toEqual({ state: "stale", builtFor: "v1" });
    const empty = join(folder, "empty.bin");
    writeFileSync(empty, encodePrebuiltTable(matchPrefixesTableFile("v1"), { header: {} as never, body: [] }));
    expect(() => readPrebuiltTable(matchPrefixesTableFile("v1"), pathToFileURL(empty))).toThrow(/empty\.bin is not a readable prebuilt table \(its header lacks the prefixes, alternatives or tries\)/u);
  });
});
