import { describe, expect, it } from "vitest";
import { entityTokens } from "./entity-tokens.js";

const words = (text: string) => entityTokens(text, [{ start: 0, end: text.length, text }] as never).map((token) => `${token.text}/${token.folded}`);

describe("entityTokens: an acronym written with periods", () => {
  it.each([
    ["Un avion de l'O.T.A.N. a frappé.", "O.T.A.N./otan"],
    ["The U.S. military said so.", "U.S./us"],
    ["Le projet Open A.I.R) a commencé.", "A.I.R/air"],
    ["George H.W. Bush spoke.", "H.W./hw"],
  ])("« %s » holds %s, one token folded without its periods", (text, token) => {
    expect(words(text)).toContain(token);
  });

  it.each([
    ["Signé G. P.", ["G/g", "./.", "P/p"]],
    ["M.Dupont est venu.", ["M/m", "./.", "Dupont/dupont"]],
    ["Il est 10 h. Ensuite", ["h/h", "./.", "Ensuite/ensuite"]],
  ])("« %s »: spaced initials, a lost space or a lowercase letter stay apart", (text, expected) => {
    const tokens = words(text);
    const at = tokens.indexOf(expected[0]!);
    expect(tokens.slice(at, at + expected.length)).toEqual(expected);
  });
});
