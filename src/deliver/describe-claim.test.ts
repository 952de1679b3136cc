/** Statements of event claims never state as fact what the sources deny, plan or only report. */
import { describe, expect, it } from "vitest";
import type { Claim } from "../connect/align-claims.js";
import { describeClaim, eventLabel } from "./describe-claim.js";

const claim = (mode: string): Claim => ({
  id: "c1",
  kind: "event",
  statement: "",
  category: "ASSAULT",
  mode,
  actors: ["police"],
  targets: ["protesters"],
  date: "2011-01-25",
  place: null,
  supportedBy: [],
  contradictedBy: [],
  singleSource: true,
  outlets: [],
});
const name = (id: string) => ({ police: "la police", protesters: "des manifestants" })[id] ?? id;

describe("describeClaim and polarity", () => {
  it.each([
    ["attack", "en", "la police attacked des manifestants on 25 January 2011."],
    ["attack~negated", "en", "Did not happen: la police attacked des manifestants on 25 January 2011."],
    ["attack~reported", "fr", "Rapporté, non confirmé : la police a attaqué des manifestants le 25 janvier 2011."],
    ["attack~planned", "fr", "Prévu : la police a attaqué des manifestants le 25 janvier 2011."],
  ] as const)("%s (%s)", (mode, language, expected) => {
    expect(describeClaim(claim(mode), name, language)).toBe(expected);
  });

  it("names who reports an event no source asserts", () => {
    expect(describeClaim({ ...claim("attack~reported"), reportedBy: ["protesters"] }, name, "fr")).toBe("Selon des manifestants, la police a attaqué des manifestants le 25 janvier 2011.");
    expect(describeClaim({ ...claim("attack~reported"), reportedBy: ["protesters"] }, name, "en")).toBe("According to des manifestants, la police attacked des manifestants on 25 January 2011.");
  });

  it("labels an event kind with its polarity", () => {
    expect(eventLabel("ASSAULT", "attack~conditional", "en")).toBe("attack (under a condition)");
    expect(eventLabel("PROTEST", "demonstrate", "fr")).toBe("manifestation");
  });
});
