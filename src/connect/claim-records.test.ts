/**
 * Event claims carry what the article says of the event: asserted, negated, planned, conditional
 * or only reported, and a claim of one polarity never stands with another's.
 */
import { describe, expect, it } from "vitest";
import { makeArticle } from "../../test/make-article.js";
import { annotateArticle } from "../annotate/annotate-article.js";
import { polarityOfMode } from "./claim-polarity.js";
import { claimRecords, eventPolarity, type EventRecord } from "./claim-records.js";

function eventRecords(text: string, language = "fr"): EventRecord[] {
  const { article } = makeArticle(text, { published: "2024-05-15", language, outlet: "Journal D" });
  return claimRecords(annotateArticle(article)).filter((record): record is EventRecord => record.kind === "event");
}

describe("event claims and their polarity", () => {
  it.each([
    ["La police a arrêté trois manifestants à Alger mardi.", "arrest", "asserted"],
    ["L'Iran n'a jamais menacé Israël.", "threaten~negated", "negated"],
    ["Le ministre norvégien Jonas Berg devrait rencontrer Mette Lund la semaine prochaine.", "meet~planned", "planned"],
    ["Si l'Iran attaque Israël, les États-Unis riposteront.", "attack~conditional", "conditional"],
    // Reported, it still supports the event other outlets assert: its record says so, its mode does not.
    ["Selon la BBC, la police a tué trois manifestants.", "attack", "reported"],
  ])("« %s » → %s", (text, mode, polarity) => {
    const [record] = eventRecords(text);
    expect(record).toMatchObject({ mode, polarity });
  });

  it("names who reports an event, and never dates a planned lead event by its publication", () => {
    expect(eventRecords("Selon la BBC, la police a arrêté Razan Ghazzawi.")[0]?.reportedBy).toMatch(/BBC/iu);
    expect(eventRecords("Le ministre norvégien Jonas Berg devrait rencontrer Mette Lund.")[0]?.datedByPublication).toBe(false);
  });

  it("keeps a lead event annotation dated by the publication flagged so, and a stated date not", () => {
    const lead = eventRecords("La police a arrêté trois manifestants à Alger.")[0]!;
    expect(lead).toMatchObject({ date: "2024-05-15", datedByPublication: true });
    expect(eventRecords("La police a arrêté trois manifestants à Alger mardi.")[0]).toMatchObject({ date: "2024-05-14", datedByPublication: false });
  });

  it("reads a claim's mode back into the event's mode and polarity", () => {
    expect(polarityOfMode("attack~negated")).toEqual({ mode: "attack", polarity: "negated" });
    expect(polarityOfMode("visit")).toEqual({ mode: "visit", polarity: "asserted" });
    expect(eventPolarity({ negated: true, modality: "planned", reported: true })).toBe("negated");
    expect(eventPolarity({})).toBe("asserted");
  });
});

describe("claims and the headline", () => {
  it("makes none of the headline, which paraphrases the body, and reads the lead after it", () => {
    const headline = "La police arrête trois manifestants à Alger";
    const { article } = makeArticle(`${headline}\n\nLa police a arrêté trois manifestants à Alger mardi. Le calme est revenu.`, { title: headline, published: "2024-05-15", language: "fr" });
    const annotated = annotateArticle(article);
    expect(annotated.annotations.events.some((event) => event.end <= headline.length)).toBe(true);
    const records = claimRecords(annotated).filter((record): record is EventRecord => record.kind === "event");
    expect(records.map((record) => record.source.start >= headline.length)).toEqual([true]);
    expect(records[0]).toMatchObject({ mode: "arrest" });
  });
});
