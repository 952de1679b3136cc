/** Event rows say whether each date is stated or inferred, and what it rests on. */
import { describe, expect, it } from "vitest";
import { annotateArticle } from "../annotate/annotate-article.js";
import { makeArticle } from "../../test/make-article.js";
import { EVENT_COLUMNS, eventRows } from "./events-csv.js";

function rowsOf(text: string, published: string | null): Array<Record<(typeof EVENT_COLUMNS)[number], string>> {
  const { article } = makeArticle(text, { published, outlet: "Journal A", title: text.split(".")[0]!, language: "fr" });
  const csvRows = eventRows(annotateArticle(article));
  return csvRows.map((row) => Object.fromEntries(EVENT_COLUMNS.map((column, index) => [column, row[index]!])) as Record<(typeof EVENT_COLUMNS)[number], string>);
}

describe("events CSV dates", () => {
  it("marks the lead's news dated by the publication day as inferred, with the publication date as evidence", () => {
    const rows = rowsOf("La police algérienne a arrêté trois manifestants à Alger. Le calme est revenu dans la soirée.", "2024-05-15T08:00:00Z");
    const arrest = rows.find((row) => row.evidence.includes("arrêté"));
    expect(arrest).toMatchObject({ date: "2024-05-15", date_inferred: "true", date_evidence: "published 2024-05-15" });
  });

  it("gives a stated date's words as its evidence, not inferred", () => {
    const rows = rowsOf("Le 3 mars 2024, la police algérienne a arrêté trois manifestants à Alger. Le calme est revenu dans la soirée.", "2024-05-15T08:00:00Z");
    const arrest = rows.find((row) => row.evidence.includes("arrêté"));
    expect(arrest).toMatchObject({ date: "2024-03-03", date_inferred: "false" });
    expect(arrest!.date_evidence).toMatch(/^(?:le )?3 mars 2024$/iu);
  });

  it("leaves both empty for an event nothing dates", () => {
    const rows = rowsOf("La police algérienne a arrêté trois manifestants à Alger. Le calme est revenu dans la soirée.", null);
    const arrest = rows.find((row) => row.evidence.includes("arrêté"));
    expect(arrest).toMatchObject({ date: "", date_inferred: "", date_evidence: "" });
  });

});
