/** Datelines and English date stamps, as the lines of stories-en-dev's scraped pages write them. */
import { describe, expect, it } from "vitest";
import { cuesFor } from "../lang/index.js";
import { isMetadataOnly, readDateStamp, readMetadataLine } from "./metadata-line.js";

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

  it.each([
    ["Mis à jour le 25 novembre 2021 à 18h04", "fr", "2021-11-25T18:04"],
    ["Modifié le 3 mars 2024", "fr", "2024-03-03"],
    ["Dernière modification : 25-11-2021 14:20", "fr", "2021-11-25T14:20"],
    ["Last updated: March 4, 2024 at 6:15 PM", "en", "2024-03-04T18:15"],
  ])("%s is a modification stamp in its language, kept apart from the publication date", (line, language, modified) => {
    expect(readMetadataLine(line, cuesFor(language), language)).toMatchObject({ published: null, modified, consumed: line.length });
  });

  it.each([
    ["Publié le 20 novembre 2025 à 10h02, modifié le 20 novembre 2025 à 11h30", "fr", [], "2025-11-20T10:02", "2025-11-20T11:30"],
    ["Par Léa Fontaine Publié le 24-11-2021 09:10 Dernière modification : 25-11-2021 14:20", "fr", ["Léa Fontaine"], "2021-11-24T09:10", "2021-11-25T14:20"],
    ["Published March 3, 2024 | Updated March 4, 2024", "en", [], "2024-03-03", "2024-03-04"],
    ["By Ann Lee, published March 3, 2024, updated March 4, 2024 6:15 PM", "en", ["Ann Lee"], "2024-03-03", "2024-03-04T18:15"],
  ])("%s states the publication and, after it, the modification", (line, language, authors, published, modified) => {
    expect(readMetadataLine(line, cuesFor(language), language)).toMatchObject({ authors, published, modified, consumed: line.length });
  });

  it("gives no modification when the line states none", () => {
    expect(readMetadataLine("Publié le 20 novembre 2025 à 10h02", cuesFor("fr"), "fr")).not.toHaveProperty("modified");
    expect(readMetadataLine("Par Léa Fontaine et Samir Haddad", cuesFor("fr"), "fr")).not.toHaveProperty("modified");
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

describe("readDateStamp: a line that is only a date stamp", () => {
  it.each([
    ["21 July 2013 Last updated at 11:11 GMT", "2013-07-21"],
    ["MONDAY, MAY 23, 2005", "2005-05-23"],
    ["Mercredi 15 octobre 2025", "2025-10-15"],
  ])("%s is one, of %s", (line, published) => {
    expect(readDateStamp(line, cues, null)).toMatchObject({ published, consumed: line.length });
  });

  it.each([
    "Par Léa Fontaine Publié le 24-11-2021 09:10",
    " date 2022-04 Le ministre a annoncé sa démission devant les députés réunis en séance.",
    "Harbour master quits after crane collapse",
  ])("%s is not: a byline, a stamp glued to text, a headline", (line) => {
    expect(readDateStamp(line, cues, null)).toBeNull();
  });
});
