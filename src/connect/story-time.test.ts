import { describe, expect, it } from "vitest";
import type { ArticleFeatures } from "./article-features.js";
import { LATE_PENALTY, MAX_FOLLOW_UP_DAYS, articleSpan, joinSpans, spansFit, timePenalty, type TimeSpan } from "./story-time.js";

/** The fields story-time reads; the rest of an article's features do not matter here. */
function dated(mainDate: string | null, published: string | null, yearlessDays: string[] = []): TimeSpan {
  return articleSpan({ mainDate, published, yearlessDays } as ArticleFeatures);
}

describe("timePenalty", () => {
  it("costs nothing between reports of one week", () => {
    expect(timePenalty(dated("2021-11-24", "2021-11-24"), dated("2021-11-29", "2021-11-29T08:00"))).toBe(0);
  });

  it("lets a follow-up weeks later join at a cost that grows with the gap", () => {
    const story = joinSpans(dated("2009-02-01", "2009-02-01"), dated("2009-02-03", "2009-02-03"));
    const threeWeeks = timePenalty(dated("2009-02-24", "2009-02-24"), story);
    const twoMonths = timePenalty(dated("2009-04-02", "2009-04-02"), story);
    expect(threeWeeks).toBeGreaterThan(0);
    expect(twoMonths).toBeGreaterThan(threeWeeks);
    expect(twoMonths).toBeLessThan(Infinity);
  });

  it("bars a published article months after the story's published ones, however alike", () => {
    // A call in April after a signing in November is a story of its own (the seeds' follow-up).
    expect(timePenalty(dated("2022-04", "2022-04"), dated("2021-11-24", "2021-11-24"))).toBe(Infinity);
    expect(spansFit(dated("2022-04", "2022-04"), dated("2021-11-24", "2021-11-24"))).toBe(false);
  });

  it("weighs a date read from the text's events as a penalty, not a bar: it may be the background's", () => {
    // No publication date; its events point to the 1972 break-in the 2005 story recalls.
    const penalty = timePenalty(dated("1972-06-17", null), dated("2005-05-31", "2005-05-31"));
    expect(penalty).toBeLessThan(Infinity);
    expect(penalty).toBeCloseTo(LATE_PENALTY * Math.log2((new Date("2005-05-31").getTime() - new Date("1972-06-17").getTime()) / 86_400_000 / 7), 5);
  });

  it("keeps an undated article free to join any story, a day it names without a year far from it weighing as a follow-up at the window's end", () => {
    expect(timePenalty(dated(null, null), dated("2013-09-09", "2013-09-09"))).toBe(0);
    expect(timePenalty(dated(null, null, ["09-10"]), dated("2013-09-09", "2013-09-09"))).toBe(0);
    const far = timePenalty(dated(null, null, ["12-14"]), dated("2013-09-26", "2013-09-26"));
    expect(far).toBeGreaterThan(0);
    expect(far).toBeCloseTo(timePenalty(dated("2013-06-28", "2013-06-28"), dated("2013-09-26", "2013-09-26")));
  });

  it("reads a stored span without its published part as all published", () => {
    const stored: TimeSpan = { first: "2020-01-01", last: "2020-01-03", yearless: new Set() };
    const later = dated("2020-01-03", "2020-01-03");
    expect(timePenalty(stored, later)).toBe(0);
    const muchLater = `2020-${String(1 + Math.ceil((MAX_FOLLOW_UP_DAYS + 10) / 30)).padStart(2, "0")}-15`;
    expect(timePenalty(stored, dated(muchLater, muchLater))).toBe(Infinity);
  });
});
