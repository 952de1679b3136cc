/** Datelines and English date stamps, as the lines of stories-en-dev's scraped pages write them. */
import { describe, expect, it } from "vitest";
import { cuesFor } from "../lang/index.js";
import { isMetadataOnly, readMetadataLine } from "./metadata-line.js";

const cues = cuesFor(null);
const read = (line: string, language: string | null = null) => readMetadataLine(line, cues, language);

describe("readMetadataLine: datelines and stamps", () => {
  it.each([
    ["First Published: June 13, 2013 4:59 PM EDT", "2013-06-13T16:59"],
    ["Posted: May 24, 2005", "2005-05-24"],
    ["Published May 03, 2013", "2013-05-03"],
    ["Posted on Thu Jun 13, 2013 08:45 AM PDT", "2013-06-13T08:45"],
    ["Fri., May. 3, 2013 11:45 AM PDT", "2013-05-03T11:45"],
    ["09 Sep 2013 11:25 GMT+02:00", "2013-09-09T11:25"],
    ["May 2, 2013", "2013-05-02"],
    ["September 9, 2013", "2013-09-09"],
    ["Tuesday, May 24, 2005", "2005-05-24"],
    ["9 September 2013 11:55", "2013-09-09T11:55"],
    ["May 3rd, 2013 2: 00pm EDT", "2013-05-03T14:00"],
    ["May 2, 2013 1:35 pm.", "2013-05-02T13:35"],
    ["Story Created: Aug 7, 2012 at 9:56 AM AKDT", "2012-08-07T09:56"],
    ["Originally published 05 / 03 / 2013 at 10:20 AM EDT", "2013-05-03T10:20"],
    ["8:13 AM PDT 8 / 2 / 2013", "2013-08-02T08:13"],
    ["26 September 2013, 10:00 (GMT+05:00)", "2013-09-26T10:00"],
    ["WASHINGTON, DC, April 28, 2009", "2009-04-28"],
    ["Mercredi 15 octobre 2025", "2025-10-15"],
  ])("%s is a stamp of %s, the whole line", (line, published) => {
    expect(read(line)).toEqual({ authors: [], published, outlet: null, consumed: line.length });
  });

  it.each([
    ["Updated: May 24, 2005, 3:23 PM ET", "2005-05-24T15:23"],
    ["UPDATED 05 / 03 / 2013 at 11:00 AM EDT", "2013-05-03T11:00"],
  ])("%s is a modification stamp: its date is not the publication date", (line, modified) => {
    expect(read(line)).toMatchObject({ published: null, modified, consumed: line.length });
  });

  it("keeps an ambiguous numeric dateline of unknown language as metadata without a date", () => {
    expect(read("05 / 02 / 2013")).toEqual({ authors: [], published: null, outlet: null, consumed: 14 });
    expect(read("05 / 02 / 2013", "en")).toMatchObject({ published: "2013-05-02" });
  });

  it.each([
    "Page was born on April 22, 1923, in Nashville, Tenn.",
    "Interior and Commerce Secretaries Must Act by May 9",
    "Jul. 7 5:59 PM EDT",
    "Chapter 19",
    "May 26 people were evacuated from the building in 2013 after the alarm.",
    "End of Watch: Friday, June 24, 2005",
    "— Le Port (@leport) October 9, 2018",
    "He was 85.",
    "The hearing was moved to May 9, 2013.",
  ])("is not a dateline: %s", (line) => {
    expect(read(line)).toBeNull();
    expect(isMetadataOnly(line, cues, null)).toBe(false);
  });
});
