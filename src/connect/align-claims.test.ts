import { describe, expect, it } from "vitest";
import { alignClaims } from "./align-claims.js";
import type { EventRecord } from "./claim-records.js";

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
const name = (key: string) => key.replace(/^PER:/u, "");

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
    const [inferred] = alignClaims([signing("a1", null), signing("a2", "2024-05-20", true)], name, name, "s1");
    expect(inferred!.date).toBe("2024-05-20");
  });

  it("falls back to the month when no day has a majority", () => {
    const [claim] = alignClaims([signing("a1", "2024-05-14"), signing("a2", "2024-05-13"), signing("a3", "2024-05")], name, name, "s1");
    expect(claim!.date).toBe("2024-05");
    expect(claim!.contradictedBy).toEqual([]);
  });
});
