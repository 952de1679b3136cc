import { describe, expect, it } from "vitest";
import { speakerFirstStarts } from "./trailing-attribution-starts.js";

describe("speakerFirstStarts", () => {
  const verbEndsHere = /(?<=\s(?:a indiqué|said)\s*)/iuy;

  it("keeps the commas whose clause ends the sentence on a speech verb", () => {
    const text = "Le port rouvre, le ministère a indiqué. Il pleut, dit-on, le ministère a indiqué ; fin, the ministry SAID ! Non, pas dit. Oui, rien.";
    const commas = [...text.matchAll(/,/gu)].map((match) => match.index);
    expect(speakerFirstStarts(text, verbEndsHere)).toEqual([commas[0], commas[2], commas[3]]);
  });

  it("needs a space before the verb and nothing but spaces after it", () => {
    expect(speakerFirstStarts("Oui,a indiqué. Non, said x.", verbEndsHere)).toEqual([]);
    expect(speakerFirstStarts("Oui, il said  \n.", verbEndsHere)).toEqual([3]);
  });
});
