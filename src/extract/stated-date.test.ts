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

  describe("English stamps, as scraped (stories-en-dev)", () => {
    it.each([
      ["First Published: June 13, 2013 4:59 PM EDT", "2013-06-13T16:59"],
      ["Posted: May 24, 2005", "2005-05-24"],
      ["Updated: May 24, 2005, 3:23 PM ET", "2005-05-24T15:23"],
      ["Published May 03, 2013", "2013-05-03"],
      ["Posted on Thu Jun 13, 2013 08:45 AM PDT", "2013-06-13T08:45"],
      ["Fri., May. 3, 2013 11:45 AM PDT", "2013-05-03T11:45"],
      ["09 Sep 2013 11:25 GMT+02:00", "2013-09-09T11:25"],
      ["UPDATED 05 / 03 / 2013 at 11:00 AM EDT", "2013-05-03T11:00"],
      ["May 3rd, 2013 2: 00pm EDT", "2013-05-03T14:00"],
      ["MAY 3, 2013 AT 1: 10PM", "2013-05-03T13:10"],
      ["July 25, 2005, 12:18 AM ET", "2005-07-25T00:18"],
      ["12:52 p. m. EDT May 2, 2013", "2013-05-02T12:52"],
      ["Published 12:17 am, Monday, September 16, 2013", "2013-09-16T00:17"],
      ["PUBLISHED: 22:07 GMT, 7 July 2012", "2012-07-07T22:07"],
      ["Thursday 29 July 2004 08. 23 BST", "2004-07-29T08:23"],
      ["Jan 5, 2011 – 4:35 PM", "2011-01-05T16:35"],
      ["August 7, 2012-5:46 pm", "2012-08-07T17:46"],
      ["11 / 30 / 09 05:40 PM ET", "2009-11-30T17:40"],
      ["8:13 AM PDT 8 / 2 / 2013", "2013-08-02T08:13"],
      ["Last updated 13:26 14 / 09 / 2013", "2013-09-14T13:26"],
      ["Tuesday, May 24, 2005", "2005-05-24"],
      ["9 September 2013 11:55", "2013-09-09T11:55"],
    ])("%s → %s", (text, expected) => {
      expect(parseStatedDate(text, { language: null })).toBe(expected);
      expect(parseStatedDate(text, { language: "en" })).toBe(expected);
    });

    it.each([
      ["05/02/2013", "en", "2013-05-02"],
      ["05/02/2013", "fr", "2013-02-05"],
      ["05/25/2013", "fr", "2013-05-25"],
      ["25/05/2013", "en", "2013-05-25"],
      ["12-03-2025 16:20", "en", "2025-03-12T16:20"],
      ["04 / 04 / 2012", null, "2012-04-04"],
      ["Posted 2 / 3 / 2009 11:11 PM", null, "2009-02-03T23:11"],
    ])("reads the numeric date %s in %s as %s (slashes: mm/dd in English, dd/mm in French; above 12 decides)", (text, language, expected) => {
      expect(parseStatedDate(text, { language })).toBe(expected);
    });

    it("reads an ambiguous numeric date of unknown language as day first, or not at all when asked", () => {
      expect(parseStatedDate("05 / 02 / 2013", { language: null })).toBe("2013-02-05");
      expect(parseStatedDate("05 / 02 / 2013", { language: null, ambiguousNumeric: "reject" })).toBeNull();
      expect(parseStatedDate("25 / 02 / 2013", { language: null, ambiguousNumeric: "reject" })).toBe("2013-02-25");
    });

    it.each([
      ["Jul. 7 5:59 PM EDT", "no year stated"],
      ["Updated 4:08 p. m. ET", "a clock alone"],
      ["Ratio 3/4 in 2013", "a fraction and a year"],
      ["May 26 people attended in 2013", "a count after a month"],
      ["He scored 31-24 in 2013", "a score"],
      ["Room 12/14, 2013 edition", "two numbers, not three"],
      ["Chapter 19", "no date"],
    ])("does not read a date in %s (%s)", (text) => {
      expect(parseStatedDate(text, { language: "en" })).toBeNull();
    });

    it("reads every English month-name stamp with a 12-hour clock (property)", () => {
      const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
      fc.assert(
        fc.property(fc.date({ min: new Date("1990-01-01"), max: new Date("2040-12-31"), noInvalidDate: true }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (date, hour, minute) => {
          const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
          const clock = `${hour % 12 === 0 ? 12 : hour % 12}:${String(minute).padStart(2, "0")} ${hour < 12 ? "AM" : "PM"}`;
          const expected = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
          expect(parseStatedDate(`Posted: ${months[m - 1]} ${d}, ${y}, ${clock} ET`, { language: null })).toBe(expected);
          expect(parseStatedDate(`${String(m).padStart(2, "0")} / ${String(d).padStart(2, "0")} / ${y} ${clock}`, { language: "en" })).toBe(expected);
        }),
      );
    });
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
