import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchPrefixes, topLevelAlternatives, type Prefix } from "./match-prefixes.js";

/** Prefixes written as strings: "␣+" / "␣*" a whitespace run, "[ab]" one of a few characters. */
const spelled = (source: string) =>
  matchPrefixes(source)?.map((prefix) => prefix.map((step) => ("spaces" in step ? (step.spaces ? "␣+" : "␣*") : step.chars.length > 1 ? `[${step.chars.join("")}]` : step.chars[0])).join(""));

/** Whether the text at `index` begins with the prefix, letters compared as an "iu" pattern compares them. */
function begins(prefix: Prefix, text: string, index: number): boolean {
  let at = index;
  for (const step of prefix) {
    if ("spaces" in step) {
      const run = /\s*/uy;
      run.lastIndex = at;
      const length = run.exec(text)![0].length;
      if (length < step.spaces) return false;
      at += length;
    } else {
      const char = [...text.slice(at)][0];
      if (char === undefined || !step.chars.some((option) => new RegExp(`^[${option.replace(/[\\\]^-]/gu, "\\$&")}]$`, "iu").test(char))) return false;
      at += char.length;
    }
  }
  return true;
}

describe("matchPrefixes", () => {
  it.each([
    ["mardi|jeudi", ["mardi", "jeudi"]],
    ["(?:le|la)\\s+(mardi|jeudi)(?:\\s+(soir))?", ["le␣+mardi", "le␣+mardi␣+soir", "le␣+jeudi", "le␣+jeudi␣+soir", "la␣+mardi", "la␣+mardi␣+soir", "la␣+jeudi", "la␣+jeudi␣+soir"]],
    ["ab(?:c)?", ["ab", "abc"]],
    ["l['’]an", ["l['’]an"]],
    ["\\d{1,2}\\s*h", ["[0123456789]"]],
    ["20\\d{2}", ["20[0123456789]"]],
    ["1[5-9]\\d{2}", ["1"]],
    ["a+b", ["a"]],
    ["(?:ab)+c", ["ab"]],
    ["x?y", ["y", "xy"]],
    ["\\.\\d", [".[0123456789]"]],
    ["(?<name>mai)\\k<name>", ["mai"]],
    ["(\\d)-\\1", ["[0123456789]-"]],
    ["a\\s* b", ["a␣*"]], // the run is read whole: the space after it could not be told apart
    ["a\\s+[ \\t]?b", ["a␣+b", "a␣+"]],
    ["\\u00e9t\\xe9|\\u{1F600}", ["été", "😀"]], // escapes are read as the characters they stand for
  ])("%s begins with %j", (source, expected) => {
    expect(spelled(source)).toEqual(expected);
  });

  it("steps over lookarounds, which take no character, and drops what `(?!)` forbids", () => {
    expect(spelled("(?<![\\p{L}\\p{N}])(?:le|(?<=en\\s))mai(?![\\p{L}])")).toEqual(["lemai", "mai"]);
    expect(spelled("(?:(?!)|dans)\\s+(un)")).toEqual(["dans␣+un"]);
    expect(spelled("(?!)\\s+ans")).toEqual([]);
  });

  it("gives null where a match may begin with anything, or where the syntax is not understood", () => {
    for (const source of ["\\s+mai", "(?:le)?", "\\p{L}+ment", ".a", "[^a]b", "[a-z]+", "(?:\\S|x)y", "(?i:mai)", "a{2", "\\-"]) {
      expect(matchPrefixes(source), source).toBeNull();
    }
  });

  it("cuts prefixes short rather than listing too many", () => {
    const words = Array.from({ length: 80 }, (_, index) => `w${index}`).join("|");
    const prefixes = matchPrefixes(`(?:${words})\\s+(?:${words})\\s+(?:${words})`)!;
    expect(prefixes.length).toBeLessThanOrEqual(4096);
    expect(prefixes.length).toBeGreaterThanOrEqual(80);
  });

  it("lists a prefix of every match (random patterns and texts)", () => {
    const piece = fc.constantFrom("le", "la", "l['’]", "mardi", "mar", "\\d{1,2}", "\\d", "\\s+", "\\s*", "(?:a|b)?", "(?:de|d['’])", "-?", "\\p{L}", "(?<![\\p{L}])", "(?!\\d)", "(?:x|)", "h", " ");
    const pattern = fc.array(fc.oneof(piece, fc.array(piece, { minLength: 1, maxLength: 3 }).map((inner) => `(?:${inner.join("")})?`)), { minLength: 1, maxLength: 6 }).chain((first) =>
      fc.array(piece, { maxLength: 4 }).map((second) => (second.length > 0 ? `${first.join("")}|${second.join("")}` : first.join(""))),
    );
    const text = fc.array(fc.constantFrom("le", "La", "l’", "MARDI", "mar", "1", "12", " ", "  ", "\t", "a", "b", "de", "d'", "-", "h", "x", "é", "ſ"), { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(pattern, text, (source, sample) => {
        const prefixes = matchPrefixes(source);
        if (prefixes === null) return;
        for (const match of sample.matchAll(new RegExp(source, "giu"))) {
          if (match[0] === "") continue;
          expect(prefixes.some((prefix) => begins(prefix, sample, match.index)), `${source} at ${match.index} of ${JSON.stringify(sample)}`).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("topLevelAlternatives", () => {
  it("splits at the bars outside groups and classes", () => {
    expect(topLevelAlternatives("a|(b|c)|[|]d|\\|e")).toEqual(["a", "(b|c)", "[|]d", "\\|e"]);
    expect(topLevelAlternatives("abc")).toEqual(["abc"]);
  });
});
