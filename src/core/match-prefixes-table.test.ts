/** The prebuilt table answers as parsing does, and is set aside when written for another version. */
import { describe, expect, it } from "vitest";
import { eventLexiconFor, timeLexiconFor } from "../annotate/lang/index.js";
import { detectors } from "../annotate/stages/time/detectors.js";
import { patternsFor } from "../annotate/stages/time/patterns.js";
import { matchPrefixes, topLevelAlternatives } from "./match-prefixes.js";
import { MatchPrefixesTable } from "./match-prefixes-table.js";

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

  it("parses again what a table of another version holds, or a file that is no table", () => {
    const building = new MatchPrefixesTable();
    for (const source of triggers) building.prefixesOf(source);
    const stale = MatchPrefixesTable.decode(building.encode("v1"), "v2");
    expect(stale.prefixesOf(triggers[0]!)).toEqual(matchPrefixes(triggers[0]!));
    expect(stale.parsed.prefixes.size).toBe(1);
    expect(MatchPrefixesTable.decode(JSON.stringify({ fingerprint: "v1" }), "v1").prefixesOf(triggers[0]!)).toEqual(matchPrefixes(triggers[0]!));
  });
});
