/** The prebuilt table answers as parsing does, and is set aside when written for another version. */
import { describe, expect, it } from "vitest";
import { eventLexiconFor, timeLexiconFor } from "../annotate/lang/index.js";
import { detectors } from "../annotate/stages/time/detectors.js";
import { patternsFor } from "../annotate/stages/time/patterns.js";
import { matchPrefixes, topLevelAlternatives } from "./match-prefixes.js";
import { MatchPrefixesTable } from "./match-prefixes-table.js";
import { prefixTrie } from "./prefix-trie.js";

// The patterns the stages build: French event triggers and English time detectors.
const triggers = eventLexiconFor("fr")!.triggers.map((trigger) => trigger.pattern);
const timePieces = patternsFor(timeLexiconFor("en")!);
const timeSources = detectors.map((detector) => detector.pattern(timePieces));
const sources = [...triggers, ...timeSources];

describe("MatchPrefixesTable", () => {
  it("parses what it lacks, and its written table gives the same answers without parsing", () => {
    const building = new MatchPrefixesTable();
    for (const source of sources) expect(building.prefixesOf(source)).toEqual(matchPrefixes(source));
    for (const source of timeSources) expect(building.alternativesOf(source)).toEqual(topLevelAlternatives(source));
    expect(building.parsed.prefixes.size).toBe(new Set(sources).size);
    expect([...building.parsed.prefixes.values()].some((list) => list?.some((prefix) => prefix.some((step) => "spaces" in step)))).toBe(true);

    const read = MatchPrefixesTable.decode(building.encode("v1"), "v1");
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
    const read = MatchPrefixesTable.decode(building.encode("v1"), "v1");
    expect(read.trieOf(timeSources)).toEqual(built);
    expect(timeSources.map((source) => read.hasPrefixes(source))).toEqual(timeSources.map((source) => matchPrefixes(source) !== null));
    expect(read.parsed.prefixes.size + read.parsed.tries.size).toBe(0);
    // Another list (the same sources in another order) is another trie: built, not misread.
    const reversed = [...timeSources].reverse();
    expect(read.trieOf(reversed)).toEqual(prefixTrie(reversed.map(matchPrefixes)));
    expect(read.parsed.tries.size).toBe(1);
  });

  it("parses again what a table of another version holds, or a file that is no table", () => {
    const building = new MatchPrefixesTable();
    for (const source of triggers) building.prefixesOf(source);
    const stale = MatchPrefixesTable.decode(building.encode("v1"), "v2");
    expect(stale.prefixesOf(triggers[0]!)).toEqual(matchPrefixes(triggers[0]!));
    expect(stale.parsed.prefixes.size).toBe(1);
    expect(MatchPrefixesTable.decode(JSON.stringify({ fingerprint: "v1" }), "v1").prefixesOf(triggers[0]!)).toEqual(matchPrefixes(triggers[0]!));
  });
});
