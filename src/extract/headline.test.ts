import { describe, expect, it } from "vitest";
import { toRawSpan } from "../core/offset-map.js";
import type { RawDocument } from "../ingest/raw-document.js";
import { extractArticle, hashArticleText } from "./extract-article.js";
import { bodyStart, bodyText, headlineSpan } from "./headline.js";

function document(raw: string, fields: Partial<RawDocument> = {}): RawDocument {
  return { source: "item.txt", container: "text", format: "text", raw, encoding: "utf-8", byteLength: raw.length, metadata: {}, messages: [], ...fields };
}

function extracted(raw: string, fields: Partial<RawDocument> = {}) {
  const result = extractArticle(document(raw, fields));
  if (!result.ok) throw new Error(result.error.reason);
  return result.article;
}

const BODY = [
  "Karel Novak, the harbour master of Port Halden, resigned on Tuesday after a crane collapsed onto a moored freighter, the port authority said.",
  "Novak had run the harbour for eleven years. Nobody was hurt when the crane fell, but the freighter Saint Ives lost two containers.",
].join("\n\n");

describe("the headline opens the clean text", () => {
  const raw = `Port Halden harbour master resigns after crane collapse\n\n${BODY}\n`;
  const article = extracted(raw);

  it("is the text's first paragraph, then the body", () => {
    expect(article.title).toBe("Port Halden harbour master resigns after crane collapse");
    expect(headlineSpan(article)).toEqual({ start: 0, end: article.title!.length });
    expect(bodyText(article)).toBe(BODY);
    expect(article.text.slice(bodyStart(article))).toMatch(/^Karel Novak/u);
  });

  it("maps every word of the headline back to the same word of the input", () => {
    for (const match of article.text.slice(0, headlineSpan(article)!.end).matchAll(/\p{L}+/gu)) {
      const span = toRawSpan(article.offsetMap, { start: match.index, end: match.index + match[0].length });
      expect(raw.slice(span!.start, span!.end)).toBe(match[0]);
    }
    const body = article.text.indexOf("Saint Ives");
    const span = toRawSpan(article.offsetMap, { start: body, end: body + "Saint Ives".length });
    expect(raw.slice(span!.start, span!.end)).toBe("Saint Ives");
  });

  it("keeps the id of the body, so a re-scrape with another title is the same article", () => {
    expect(article.contentHash).toBe(hashArticleText(BODY));
  });
});

describe("a headline is annotated once", () => {
  it("is not added again when the body already opens with it", () => {
    const raw = `<html><head><title>Crane collapse at Port Halden</title></head><body><article><h1>Crane collapse at Port Halden</h1><p>${BODY.replace("\n\n", "</p><p>")}</p></article></body></html>`;
    const article = extracted(raw, { format: "html", source: "page.html" });
    expect(article.title).toBe("Crane collapse at Port Halden");
    expect(article.text.match(/Crane collapse at Port Halden/gu)).toHaveLength(1);
    expect(headlineSpan(article)).toEqual({ start: 0, end: "Crane collapse at Port Halden".length });
  });

  it("is the whole text of a headline-only item, not twice", () => {
    const article = extracted("Port Halden harbour master resigns after crane collapse\n");
    expect(article.text).toBe("Port Halden harbour master resigns after crane collapse");
    expect(headlineSpan(article)).toEqual({ start: 0, end: article.text.length });
  });
});

describe("a title stated outside the text", () => {
  it("opens the text with no raw position, where its words are not in the input", () => {
    const article = extracted(BODY, { metadata: { title: "Harbour  master quits" } });
    expect(article.text.startsWith("Harbour master quits\n\nKarel Novak")).toBe(true);
    expect(headlineSpan(article)).toEqual({ start: 0, end: "Harbour master quits".length });
    expect(toRawSpan(article.offsetMap, { start: 0, end: 7 })).toBeNull();
    const body = article.text.indexOf("Karel");
    expect(toRawSpan(article.offsetMap, { start: body, end: body + 5 })).toEqual({ start: 0, end: 5 });
  });

  it("is found in the input when its words are there, whatever the whitespace between them", () => {
    const raw = `<html><head><meta property="og:title" content="Harbour master   quits"></head><body><article><p>${BODY.replace("\n\n", "</p><p>")}</p></article></body></html>`;
    const article = extracted(raw, { format: "html", source: "page.html" });
    const span = toRawSpan(article.offsetMap, { start: 0, end: headlineSpan(article)!.end });
    expect(raw.slice(span!.start, span!.end)).toBe("Harbour master   quits");
  });
});

describe("headlineSpan", () => {
  it.each([
    ["no title", { title: null, text: "Body.\n\nMore." }],
    ["a text that opens with its body (stored before headlines were annotated)", { title: "Other words", text: "Body.\n\nMore." }],
  ])("is null for %s", (_label, article) => {
    expect(headlineSpan(article)).toBeNull();
    expect(bodyStart(article)).toBe(0);
  });

  it("reads a headline spaced or cased otherwise as the title", () => {
    expect(headlineSpan({ title: "Crane Collapse", text: "CRANE  COLLAPSE\n\nBody." })).toEqual({ start: 0, end: 15 });
  });
});

describe("a record's stated title that is not its text's headline", () => {
  const raw = `Port Halden harbour master resigns after crane collapse\n\n${BODY}\n`;
  const article = extracted(raw, { container: "jsonl", metadata: { title: "Harbour master quits" } });

  it("is the title, and the text's own headline line stays as the body's first paragraph, mapped to the input", () => {
    expect(article.title).toBe("Harbour master quits");
    expect(bodyText(article)).toBe(`Port Halden harbour master resigns after crane collapse\n\n${BODY}`);
    const line = article.text.indexOf("Port Halden harbour");
    const span = toRawSpan(article.offsetMap, { start: line, end: line + "Port Halden harbour".length });
    expect(raw.slice(span!.start, span!.end)).toBe("Port Halden harbour");
  });

  it("keeps the article's id: the body's words alone, as without a stated title", () => {
    expect(article.id).toBe(extracted(raw).id);
  });
});

describe("a record's stated title that is only a date stamp", () => {
  const raw = `Port Halden harbour master resigns after crane collapse\n\n${BODY}\n`;
  const record = (title: string, fields: Record<string, string> = {}) => extracted(raw, { container: "jsonl", metadata: { title, ...fields } });

  it.each([
    ["14 October 2025 Last updated at 09:12 GMT", "2025-10-14"],
    ["TUESDAY, OCTOBER 14, 2025", "2025-10-14"],
  ])("%s is no headline: the text's own is, and the stamp dates the article as a dateline", (title, published) => {
    const article = record(title);
    expect(article.title).toBe("Port Halden harbour master resigns after crane collapse");
    expect(headlineSpan(article)).toEqual({ start: 0, end: "Port Halden harbour master resigns after crane collapse".length });
    expect(article.text).not.toContain(title);
    expect(article.published).toBe(published);
    expect(article.publishedSource).toEqual({ kind: "dateline", inferred: true, evidence: title });
  });

  it("is a publication date not inferred when the stamp calls it one", () => {
    expect(record("Published: October 14, 2025").publishedSource).toMatchObject({ kind: "dateline", inferred: false });
  });

  it("stating only an update, gives the update and, inferred, its day as the publication", () => {
    const article = record("Updated: October 14, 2025 20:09 GMT");
    expect(article.modified).toBe("2025-10-14T20:09");
    expect(article.published).toBe("2025-10-14");
    expect(article.publishedSource).toMatchObject({ kind: "dateline", inferred: true });
  });

  it("yields to the date the record states", () => {
    const article = record("TUESDAY, OCTOBER 14, 2025", { published: "2025-10-13" });
    expect(article.published).toBe("2025-10-13");
    expect(article.publishedSource?.kind).toBe("container");
  });

  it.each(["October 14: the harbour reopens", "Harbour master quits after 2025 collapse"])("%s, a headline with a date in it, stays the title", (title) => {
    expect(record(title).title).toBe(title);
  });
});
