import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseStatedDate } from "./stated-date.js";

describe("parseStatedDate", () => {
  it.each([
    ["Publié le 14-10-2025 18:42", "2025-10-14T18:42"],
    ["Mis en ligne le 03/02/2024", "2024-02-03"],
    ["le 15 - 10 - 2025", "2025-10-15"],
    ["date 2023-07", "2023-07"],
    ["2025-10-14T18:42:00+02:00", "2025-10-14T18:42"],
    ["2025-10-14", "2025-10-14"],
    ["1er décembre 2024 à 9h05", "2024-12-01T09:05"],
    ["mardi 14 octobre 2025", "2025-10-14"],
    ["14 févr. 2025", "2025-02-14"],
    ["October 14, 2025", "2025-10-14"],
    ["Published 14 October 2025 at 18:42", "2025-10-14T18:42"],
    ["Tue, 14 Oct 2025 16:42:00 +0000", "2025-10-14T16:42"],
  ])("%s → %s", (text, expected) => {
    expect(parseStatedDate(text, { language: "fr" })).toBe(expected);
  });

  it.each([
    ["mardi 14 octobre", "no year stated"],
    ["31-02-2024", "no such day"],
    ["il y a 200 000 personnes", "a quantity"],
    ["Mars 2030 : la mission habitée", "a month name without a day is not a stated publication date"],
    ["version 12-13", "not a date"],
    ["", "empty"],
  ])("does not read a date in %s (%s)", (text) => {
    expect(parseStatedDate(text, { language: "fr" })).toBeNull();
  });

  it("round-trips every valid day written in the numeric forms (property)", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }), fc.constantFrom("-", "/", ".", " - "), (date, separator) => {
        const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        const written = [d, m, y].map((part, index) => (index === 2 ? String(part) : String(part).padStart(2, "0"))).join(separator);
        expect(parseStatedDate(`Publié le ${written}`)).toBe(`${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
      }),
    );
  });
});
