import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dottedAcronymSource, isDottedAcronym } from "./dotted-acronym.js";

describe("a dotted acronym", () => {
  it.each(["O.T.A.N.", "U.S.", "U.S", "A.I.R", "É.U."])("« %s » is one", (word) => {
    expect(isDottedAcronym(word)).toBe(true);
  });

  it.each(["U.", "US", "u.s.", "U..S.", "U.Sa.", "Dr.", "U. S.", ".U.S.", "U.S.-"])("« %s » is none", (word) => {
    expect(isDottedAcronym(word)).toBe(false);
  });

  it("closed, takes the last letter's period; bounded, no more letters", () => {
    const closed = new RegExp(`^${dottedAcronymSource({ closed: true })}$`, "u");
    expect(["J.K.", "H.W."].map((word) => closed.test(word))).toEqual([true, true]);
    expect(closed.test("J.K")).toBe(false);
    const upToThree = new RegExp(`^${dottedAcronymSource({ maxLetters: 3 })}$`, "u");
    expect(["U.S.", "O.N.U.", "O.T.A.N."].map((word) => upToThree.test(word))).toEqual([true, true, false]);
    expect(() => dottedAcronymSource({ maxLetters: 1 })).toThrow(/two letters or more, not at most 1/u);
  });

  it("is any run of two or more capitals, each followed by a period, the last one's optional", () => {
    const letters = fc.array(fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZÉÇ"), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(letters, fc.boolean(), (capitals, lastPeriod) => {
        const word = capitals.join(".") + (lastPeriod ? "." : "");
        expect(isDottedAcronym(word)).toBe(capitals.length >= 2);
      }),
    );
  });
});
