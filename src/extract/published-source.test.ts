import { describe, expect, it } from "vitest";
import type { RawDocument } from "../ingest/raw-document.js";
import { extractArticle } from "./extract-article.js";

const paragraphs = "<p>Le conseil municipal a voté mardi soir le budget de l'année prochaine, après trois heures de débat animé entre la majorité et l'opposition.</p><p>Les investissements prévus portent surtout sur les écoles et la voirie, selon l'adjoint aux finances qui a présenté le document.</p>";

function page(head: string, url: string, fetched?: string): RawDocument {
  const raw = `<html lang="fr"><head>${head}</head><body><article><h1>Budget : le conseil vote</h1>${paragraphs}</article></body></html>`;
  return { source: "page.html", container: "html", format: "html", raw, encoding: "utf-8", byteLength: raw.length, metadata: { url, ...(fetched ? { fetched } : {}) }, messages: [] };
}

function articleOf(document: RawDocument) {
  const result = extractArticle(document);
  if (!result.ok) throw new Error(result.error.reason);
  return result.article;
}

describe("publication date evidence", () => {
  it("takes the capture day for a page that states no date, and says it was inferred", () => {
    const article = articleOf(page("", "https://journal.example.fr/budget-le-conseil-vote", "2024-03-05T08:12:44Z"));
    expect(article.published).toBe("2024-03-05");
    expect(article.publishedSource).toEqual({ kind: "fetch", inferred: true, evidence: "captured 2024-03-05T08:12:44Z" });
    expect(article.warnings.find((warning) => warning.ruleId === "published-inferred")?.reason).toBe(
      "Publication date 2024-03-05 inferred from the date the page was captured: captured 2024-03-05T08:12:44Z",
    );
    expect(article.warnings.some((warning) => warning.ruleId === "no-date-found")).toBe(false);
  });

  it("prefers the page's own date to the capture day, with no inference message for stated metadata", () => {
    const article = articleOf(page('<meta property="article:published_time" content="2024-03-04T18:00:00+01:00">', "https://journal.example.fr/budget", "2024-03-05T08:12:44Z"));
    expect(article.published).toBe("2024-03-04T18:00");
    expect(article.publishedSource?.kind).toBe("metadata");
    expect(article.warnings.some((warning) => warning.ruleId === "published-inferred")).toBe(false);
  });

  it("flags a day read from the URL", () => {
    const article = articleOf(page("", "https://journal.example.fr/2024/03/04/budget-le-conseil-vote/"));
    expect(article.published).toBe("2024-03-04");
    expect(article.publishedSource).toEqual({ kind: "url", inferred: true, evidence: "https://journal.example.fr/2024/03/04/budget-le-conseil-vote/" });
    expect(article.warnings.some((warning) => warning.ruleId === "published-inferred")).toBe(true);
  });

  it("leaves an undated, uncaptured page undated", () => {
    const article = articleOf(page("", "https://journal.example.fr/budget"));
    expect(article.published).toBeNull();
    expect(article.warnings.some((warning) => warning.ruleId === "no-date-found")).toBe(true);
  });
});
