import { describe, expect, it } from "vitest";
import { alignClaims } from "./align-claims.js";
import type { EventRecord, QuoteRecord } from "./claim-records.js";

const signing = (articleId: string, date: string | null, datedByPublication = false): EventRecord => ({
  kind: "event",
  category: "AGREE",
  mode: "sign-agreement",
  actors: ["PER:jonas berg"],
  targets: ["PER:mette lund"],
  date,
  datedByPublication,
  place: null,
  source: { articleId, start: 0, end: 10 },
  outlet: null,
});
const name = (key: string) => key.replace(/^(?:PER|LOC):/u, "");

describe("alignClaims dates", () => {
  it("keeps the day most reports give, a month-only report supporting it and another day contradicting it", () => {
    const [claim] = alignClaims([signing("a1", "2024-05-14"), signing("a2", "2024-05-14"), signing("a3", "2024-05"), signing("a4", "2024-05-13")], name, name, "s1");
    expect(claim!.date).toBe("2024-05-14");
    expect(claim!.supportedBy.map((span) => span.articleId).sort()).toEqual(["a1", "a2", "a3"]);
    expect(claim!.contradictedBy).toEqual([expect.objectContaining({ articleId: "a4", value: "2024-05-13", slot: "date" })]);
  });

  it("takes a date read off the publication only when no source states one, and never as a contradiction", () => {
    const [stated] = alignClaims([signing("a1", "2024-05-14"), signing("a2", "2024-05-20", true)], name, name, "s1");
    expect(stated!.date).toBe("2024-05-14");
    expect(stated!.contradictedBy).toEqual([]);
    expect(stated!.supportedBy).toHaveLength(2);
    expect(stated!.dateInferred).toBeUndefined();
    const [inferred] = alignClaims([signing("a1", null), signing("a2", "2024-05-20", true)], name, name, "s1");
    expect(inferred!).toMatchObject({ date: "2024-05-20", dateInferred: true, datedByPublication: true });
  });

  it("flags a date resolved against the story's dates as inferred, not the publication's, and lets a stated date win over it", () => {
    const byStory = { ...signing("a1", "2024-05-13"), datedByStory: true };
    const [inferred] = alignClaims([byStory], name, name, "s1");
    expect(inferred!).toMatchObject({ date: "2024-05-13", dateInferred: true });
    expect(inferred!.datedByPublication).toBeUndefined();
    const [stated] = alignClaims([byStory, signing("a2", "2024-05-14")], name, name, "s1");
    expect(stated!.date).toBe("2024-05-14");
    expect(stated!.dateInferred).toBeUndefined();
    expect(stated!.contradictedBy).toEqual([]);
  });

  it("dates a visit by its first day, its other days agreeing rather than contradicting", () => {
    const visit = (articleId: string, date: string): EventRecord => ({ ...signing(articleId, date), category: "CONSULT", mode: "visit" });
    const [claim] = alignClaims([visit("a1", "2024-05-13TEV"), visit("a2", "2024-05-14"), visit("a3", "2024-05-14")], name, name, "s1");
    expect(claim!.date).toBe("2024-05-13TEV");
    expect(claim!.contradictedBy).toEqual([]);
    expect(claim!.supportedBy).toHaveLength(3);
  });

  it("falls back to the month when no day has a majority", () => {
    const [claim] = alignClaims([signing("a1", "2024-05-14"), signing("a2", "2024-05-13"), signing("a3", "2024-05")], name, name, "s1");
    expect(claim!.date).toBe("2024-05");
    expect(claim!.contradictedBy).toEqual([]);
  });
});

describe("alignClaims participants and place", () => {
  const report = (articleId: string, actors: string[], targets: string[], place: string | null): EventRecord => ({ ...signing(articleId, "2024-05-14"), actors, targets, place });

  it("keeps the participants two of four reports name, groups reports that meet through a third, and names the town over its country", () => {
    const claims = alignClaims(
      [
        report("a1", ["PER:jonas berg", "PER:mette lund"], ["LOC:country:DK"], "LOC:oslo"),
        report("a2", ["PER:jonas berg", "PER:mette lund", "LOC:country:SE", "LOC:country:FI"], [], "LOC:country:NO"),
        report("a3", ["PER:mette lund"], ["LOC:country:DK"], "LOC:country:NO"),
        report("a4", ["PER:jonas berg"], [], null),
      ],
      name,
      name,
      "s1",
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]!.actors).toEqual(["jonas berg", "mette lund"]);
    expect(claims[0]!.targets).toEqual(["country:DK"]);
    expect(claims[0]!.place).toBe("oslo");
  });

  it("does not let an undated report bridge two months of the same kind of event", () => {
    const dated = (articleId: string, date: string, actors: string[]): EventRecord => ({ ...report(articleId, actors, [], null), date });
    const undated: EventRecord = { ...report("a3", ["PER:jonas berg", "PER:mette lund"], [], null), date: null };
    const claims = alignClaims([dated("a1", "2023-12-02", ["PER:jonas berg"]), dated("a2", "2024-05-14", ["PER:mette lund"]), undated], name, name, "s1");
    expect(claims.map((claim) => claim.date).sort()).toEqual(["2023-12-02", "2024-05-14"]);
  });

  it("keeps every participant of a single report", () => {
    const [claim] = alignClaims([report("a1", ["PER:jonas berg", "LOC:country:SE"], [], null)], name, name, "s1");
    expect(claim!.actors).toEqual(["country:SE", "jonas berg"]);
  });
});

describe("alignClaims quotes", () => {
  const quote = (articleId: string, text: string, terms: string[]): QuoteRecord => ({ kind: "quote", speaker: "PER:jonas berg", words: text.toLowerCase().split(" ").slice(0, 8).join(" "), terms, text, source: { articleId, start: 0, end: text.length }, outlet: null });

  it("aligns two wordings of one statement as one claim with both wordings, and keeps another statement apart", () => {
    const claims = alignClaims(
      [
        quote("a1", "C'est une chose très importante qui ouvrira des projets communs et les exportations", ["chos", "tres", "import", "ouvr", "projet", "commun", "export"]),
        quote("a2", "C'est un événement très important qui permettra des projets communs et des exportations vers ici", ["even", "tres", "import", "permettr", "projet", "commun", "export", "ici"]),
        quote("a3", "Les exportations et les projets très importants attendront", ["export", "projet", "tres", "import", "attendr"]),
      ],
      name,
      name,
      "s1",
    );
    const aligned = claims.find((claim) => claim.supportedBy.length === 2)!;
    expect(aligned.variants!.map((variant) => variant.sources[0]!.articleId)).toEqual(["a1", "a2"]);
    expect(claims).toHaveLength(2);
  });
});

describe("alignClaims attribution", () => {
  const reported = (articleId: string, reportedBy: string | null): EventRecord => ({ ...signing(articleId, "2024-05-14"), polarity: "reported", reportedBy });

  it("marks an event only reported by its sources as their word, with who reports it", () => {
    const [claim] = alignClaims([reported("a1", "ORG:ministry"), reported("a2", null), reported("a3", "ORG:ministry")], name, name, "s1");
    expect(claim!.mode).toBe("sign-agreement~reported");
    expect(claim!.reportedBy).toEqual(["ORG:ministry"]);
    expect(claim!.supportedBy).toHaveLength(3);
  });

  it("states the event as fact when one source asserts what the others only report", () => {
    const [claim] = alignClaims([reported("a1", "ORG:ministry"), { ...signing("a2", "2024-05-14"), polarity: "asserted" }], name, name, "s1");
    expect(claim!.mode).toBe("sign-agreement");
    expect(claim!.reportedBy).toBeUndefined();
    expect(claim!.supportedBy).toHaveLength(2);
  });
});
