import { describe, expect, it } from "vitest";
import { matchesInCuedStretches } from "./matches-in-cued-stretches.js";

const listed = (matches: Iterable<RegExpMatchArray>) => [...matches].map((match) => [match.index, match[0], match[1] ?? null, match.input]);

describe("matchesInCuedStretches", () => {
  const pattern = /(?<![\p{L}])(\p{L}+)\s+(?:que|qu’)(?![\p{L}])\s*/giu;
  const cue = /que|qu’/giu;
  const letterSpaceApostrophe = "[\\p{L}\\s’]";

  it.each([
    "",
    "Il dit que oui. Elle pense qu’il viendra, et QUE faire ? Quelque chose que",
    "que que que",
    "ainsi-dit que (affirme que) 12dit que",
    "aucun indice ici.",
    "Il 😀dit que 𝐀𝐁 que",
  ])("lists what matchAll lists: %j", (text) => {
    expect(listed(matchesInCuedStretches(pattern, text, cue, letterSpaceApostrophe))).toEqual(listed(text.matchAll(pattern)));
    expect(cue.lastIndex).toBe(0);
  });

  it("refuses patterns that are not global", () => {
    expect(() => matchesInCuedStretches(/a/u, "a", cue, "[a]")).toThrow(TypeError);
  });
});
