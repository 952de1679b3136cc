import { describe, expect, it } from "vitest";
import { joinAcronymPrefixes } from "./corpus-entity-acronyms.js";
import { UnionFind } from "./union-find.js";

function joined(names: ReadonlyArray<{ key: string; written: string }>): string[][] {
  const groups = new UnionFind();
  for (const { key } of names) groups.add(key);
  joinAcronymPrefixes(groups, names);
  return groups.components().map((group) => group.sort()).sort();
}

describe("joinAcronymPrefixes", () => {
  it("joins a name opening with an acronym to the one name spelling it out", () => {
    expect(joined([
      { key: "ins sukanya", written: "INS Sukanya" },
      { key: "indian naval ship sukanya", written: "Indian Naval Ship Sukanya" },
    ])).toEqual([["indian naval ship sukanya", "ins sukanya"]]);
  });

  it("joins nothing for initials not written in capitals, or two names spelling them out", () => {
    expect(joined([
      { key: "ann smith", written: "Ann Smith" },
      { key: "alice nora newman smith", written: "Alice Nora Newman Smith" },
    ])).toHaveLength(2);
    expect(joined([
      { key: "uss cole", written: "USS Cole" },
      { key: "united states ship cole", written: "United States Ship Cole" },
      { key: "upper state school cole", written: "Upper State School Cole" },
    ])).toHaveLength(3);
  });
});
