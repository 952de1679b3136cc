import { describe, expect, it } from "vitest";
import { isWhitespace } from "./is-whitespace.js";

describe("isWhitespace", () => {
  it("agrees with \\s on every UTF-16 code unit", () => {
    for (let code = 0; code < 0x10000; code++) {
      if (isWhitespace(code) !== /\s/.test(String.fromCharCode(code))) expect(code).toBe("a code where the two disagree");
    }
  });
});
