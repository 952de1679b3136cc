import { describe, expect, it } from "vitest";
import { readableDate } from "./readable-date.js";

describe("readableDate", () => {
  it.each([
    ["2021-11-24", "24 novembre 2021", "24 November 2021"],
    ["2021-11-24T09:10", "24 novembre 2021 à 09 h 10", "24 November 2021 at 09:10"],
    ["2021-11-24TMO", "24 novembre 2021 (matin)", "24 November 2021 (morning)"],
    ["2021-11", "novembre 2021", "November 2021"],
    ["2021-W48", "semaine du 29 novembre 2021", "week of 29 November 2021"],
    ["2021", "2021", "2021"],
    ["199", "les années 1990", "the 1990s"],
    ["20", "le 21e siècle", "the 21st century"],
  ])("reads %s as %s / %s", (value, french, english) => {
    expect(readableDate(value, "fr")).toBe(french);
    expect(readableDate(value, "en")).toBe(english);
  });

  it("puts ISO week 1 in the week holding 4 January, even when it starts the year before", () => {
    expect(readableDate("2021-W01", "en")).toBe("week of 4 January 2021");
    expect(readableDate("2020-W01", "en")).toBe("week of 30 December 2019");
  });

  it("leaves what it cannot read as it is", () => {
    for (const value of ["XXXX-11-24", "PRESENT_REF", "P2D", ""]) expect(readableDate(value, "fr")).toBe(value);
  });
});
