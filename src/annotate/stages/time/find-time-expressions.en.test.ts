/** English is a second lexicon over the same detectors: no detector changed to add it. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { englishTimeLexicon } from "../../lang/en/time-lexicon.js";
import { findTimeExpressions } from "./find-time-expressions.js";

const found = (text: string, published: string | null = "2025-10-15T10:30") => findTimeExpressions(text, { language: "en", published }).map((t) => [t.text, t.value]);
const pad = (value: number) => String(value).padStart(2, "0");
/** Full month names, capitalised as English writes them. */
const monthNames = Object.entries(englishTimeLexicon.months).filter(([name]) => name.length > 4 && !name.endsWith(".")).map(([name, month]) => [`${name[0]!.toUpperCase()}${name.slice(1)}`, month] as const);

describe("findTimeExpressions (English)", () => {
  it.each([
    ["The accord was signed on 14 October 2025.", [["14 October 2025", "2025-10-14"]]],
    ["It will be ratified in November 2025.", [["November 2025", "2025-11"]]],
    ["The talks began three years ago and lasted two days.", [["three years ago", "2022"], ["two days", "P2D"]]],
    ["He will return on Friday; he arrived on Monday.", [["Friday", "2025-10-17"], ["Monday", "2025-10-13"]]],
    ["Yesterday morning, the minister spoke.", [["Yesterday morning", "2025-10-14"]]],
    ["The commission meets every week, this summer too.", [["every week", "P1W"], ["this summer", "2025-SU"]]],
    ["In two weeks, the text may be published.", [["In two weeks", "2025-W44"]]],
  ])("%s", (text, expected) => {
    const values = found(text);
    // "Yesterday morning" carries its part of day.
    expect(values.map(([span, value]) => [span, value?.replace("TMO", "")])).toEqual(expected);
  });

  describe("month-first dates are days, not two-digit years", () => {
    it.each([
      // Publication Wednesday 15 October 2025.
      // The nearest, leaning to the past in a past-tense sentence: a date more than about three months ahead is last year's.
      ["The deal was signed on January 30 in Geneva.", [["January 30", "2025-01-30"]]],
      ["The deal will be signed on January 30 in Geneva.", [["January 30", "2026-01-30"]]],
      ["The hearing was set for November 19.", [["November 19", "2025-11-19"]]],
      ["The hearing is on November 19.", [["November 19", "2025-11-19"]]],
      ["The actress entered rehab on May 26, her publicist said.", [["May 26", "2025-05-26"]]],
      ["The ceremony will be held on June 27.", [["June 27", "2026-06-27"]]],
      ["Voting began in Turkmenistan on Dec. 14.", [["Dec. 14", "2025-12-14"]]],
      ["Voting began in Turkmenistan on Feb. 14.", [["Feb. 14", "2025-02-14"]]],
      ["The summit opens on October 20, organisers said.", [["October 20", "2025-10-20"]]],
      ["Jackman will host the show on Wednesday, November 24, 2021.", [["Wednesday, November 24, 2021", "2021-11-24"]]],
      ["Reid checked in on April 21st, 2013.", [["April 21st, 2013", "2013-04-21"]]],
      ["The quake struck on Aug 27.", [["Aug 27", "2025-08-27"]]],
      ["The report came out on 05/02/2013.", [["05/02/2013", "2013-05-02"]]],
      ["The report came out on 25/02/2013.", [["25/02/2013", "2013-02-25"]]],
      // Dashes are European usage, day first in every language.
      ["The report came out on 12-03-2025.", [["12-03-2025", "2025-03-12"]]],
      // A day first, then a comma and its year: one date, as "November 27, 2005" is.
      ["27 NOVEMBER, 2005", [["27 NOVEMBER, 2005", "2005-11-27"]]],
      ["The quake struck on 27 November, 2005, near the island.", [["27 November, 2005", "2005-11-27"]]],
      // A count after the comma is no year.
      ["On 6 May, 2000 people marched.", [["6 May", "2025-05-06"]]],
      ["On 6 May, 2019, 300 people marched.", [["6 May, 2019", "2019-05-06"]]],
    ])("%s", (text, expected) => {
      expect(found(text)).toEqual(expected);
    });

    it.each([
      ["The deal was signed on November 19 in Geneva.", [["November 19", "XXXX-11-19"]]],
      ["Interior and Commerce Secretaries Must Act by May 9", [["May 9", "XXXX-05-09"]]],
      ["It happened April 21.", [["April 21", "XXXX-04-21"]]],
    ])("%s, without a publication date", (text, expected) => {
      expect(found(text, null)).toEqual(expected);
    });
  });

  it.each([
    "A fine of 2000 dollars for 2025 people.",
    "One day, I will tell my grandchildren.",
    "The Mars rover may land.",
    "Read Chapter 19 before the exam.",
    "May 26 people come?",
    "The company may 12 times reject it.",
    "He scored in the 19th minute.",
  ])("finds nothing in: %s", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("reads a weekday and its written date as one date, with or without a comma, day or month first (property)", () => {
    // The first name of each weekday and month is its full one, capitalised as English writes it.
    const nameOf = (names: Record<string, number>, number: number) => ((name) => `${name[0]!.toUpperCase()}${name.slice(1)}`)(Object.entries(names).find(([, value]) => value === number)![0]);
    fc.assert(
      fc.property(fc.date({ min: new Date("1950-01-01"), max: new Date("2090-12-31"), noInvalidDate: true }), fc.constantFrom("", ","), fc.boolean(), (day, comma, dayFirst) => {
        const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
        const [weekday, month] = [nameOf(englishTimeLexicon.weekdays, day.getUTCDay() || 7), nameOf(englishTimeLexicon.months, m)];
        const written = `${weekday}${comma} ${dayFirst ? `${d} ${month} ${y}` : `${month} ${d}, ${y}`}`;
        expect(found(`The council met on ${written} in Rome.`)).toEqual([[written, `${y}-${pad(m)}-${pad(d)}`]]);
      }),
    );
  });

  it("reads a month and digits as a day, never as a year (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...monthNames), fc.integer({ min: 1, max: 28 }), ([name, month], day) => {
        const written = `${name} ${day}`;
        expect(found(`The meeting took place on ${written} in Rome.`, null)).toEqual([[written, `XXXX-${pad(month)}-${pad(day)}`]]);
      }),
    );
  });

  it("resolves a yearless day within a year of the publication date, the written year kept when there is one (property)", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1990-01-01"), max: new Date("2040-12-31"), noInvalidDate: true }), fc.constantFrom(...monthNames), fc.integer({ min: 1, max: 28 }), (published, [name, month], day) => {
        const anchor = published.toISOString().slice(0, 10);
        const [value] = found(`He said it happened on ${name} ${day}.`, anchor)[0]!.slice(1) as [string];
        expect(value.slice(4)).toBe(`-${pad(month)}-${pad(day)}`);
        expect(Math.abs(Number(value.slice(0, 4)) - published.getUTCFullYear())).toBeLessThanOrEqual(1);
        expect(found(`It happened on ${name} ${day}, 1999.`, anchor)).toEqual([[`${name} ${day}, 1999`, `1999-${pad(month)}-${pad(day)}`]]);
      }),
    );
  });
});
