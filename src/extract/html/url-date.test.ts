import { describe, expect, it } from "vitest";
import { dateFromUrl } from "./url-date.js";

const today = new Date("2026-06-01T00:00:00Z");

describe("dateFromUrl", () => {
  it("reads a day filed as path segments", () => {
    expect(dateFromUrl("https://www.lemonde.fr/politique/article/2024/03/03/retraites_6219845_823448.html", today)).toEqual({ date: "2024-03-03", ownSegments: true });
    expect(dateFromUrl("https://www.latimes.com/business/story/2019-11-19/gannett-merger", today)).toEqual({ date: "2019-11-19", ownSegments: true });
    expect(dateFromUrl("https://example.org/2021/1/5/", today)).toEqual({ date: "2021-01-05", ownSegments: true });
  });

  it("reads a month written as a word, as The Guardian and PolitiFact file articles", () => {
    expect(dateFromUrl("https://www.theguardian.com/commentisfree/2019/nov/18/the-guardian-view-on-hong-kong", today)).toEqual({ date: "2019-11-18", ownSegments: true });
    expect(dateFromUrl("https://www.politifact.com/west-virginia/statements/2019/nov/18/david-mckinley/drugs/", today)).toEqual({ date: "2019-11-18", ownSegments: true });
    expect(dateFromUrl("https://example.org/news/2021/September/3", today)).toEqual({ date: "2021-09-03", ownSegments: true });
    expect(dateFromUrl("https://example.org/news/2021-Sept-3-slug", today)).toEqual({ date: "2021-09-03", ownSegments: false });
  });

  it("reads a day inside a slug, marked as such", () => {
    expect(dateFromUrl("https://www.france24.com/fr/afrique/20240118-soudan-onu-famine-darfour", today)).toEqual({ date: "2024-01-18", ownSegments: false });
    expect(dateFromUrl("https://www.cbsnews.com/news/hearings-key-moments-testimony-2019-11-19/", today)).toEqual({ date: "2019-11-19", ownSegments: false });
  });

  it.each([
    ["a year and month only", "https://carnets.example.fr/2023/08/trois-jours/"],
    ["an article id", "https://www.ladepeche.fr/incendies-11821234.php"],
    ["a month word that is no month", "https://example.org/2019/novel/18/slug"],
    ["a month word with mixed separators", "https://example.org/2019/nov-18/slug"],
    ["an impossible day after a month word", "https://example.org/2019/feb/30/slug"],
    ["an impossible day", "https://example.org/2024/02/30/slug"],
    ["a year before web news", "https://example.org/1987/05/04/archive"],
    ["a year far ahead", "https://example.org/2099/05/04/slug"],
    ["a date in the query, not the path", "https://example.org/search?from=2024-01-01"],
    ["no URL at all", "not a url"],
  ])("finds no day in %s", (_label, url) => {
    expect(dateFromUrl(url, today)).toBeNull();
  });
});
