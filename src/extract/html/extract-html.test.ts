import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toRawSpan } from "../../core/offset-map.js";
import type { RawDocument } from "../../ingest/raw-document.js";
import { extractHtml } from "./extract-html.js";
import { parsePage } from "./source-text.js";
import { MAX_ELEMENTS, MAX_NESTING_DEPTH, MAX_NESTING_WORK, MAX_PLAIN_TEXT_CHARS } from "./page-limits.js";

function page(raw: string, metadata: RawDocument["metadata"] = {}): RawDocument {
  return { source: "page.html", container: "html", format: "html", raw, encoding: "utf-8", byteLength: raw.length, metadata, messages: [] };
}

const raw = readFileSync(new URL("../../../test/fixtures/extract-html/port-fr.html", import.meta.url), "utf8");

describe("extractHtml on a French news page", () => {
  const content = extractHtml(page(raw));

  it("reads metadata from JSON-LD in a @graph and Open Graph", () => {
    expect(content).toMatchObject({ title: "Le port de Halden s’agrandit & recrute", outlet: "Le Journal du Port", authors: ["Anne Morel"], published: "2025-03-12T16:20" });
  });

  it("keeps the body and its intertitle, drops navigation, share bar, caption, related links and comments", () => {
    expect(content.text).toContain("un chantier de 40 millions d’euros qui doit s’achever en 2027.");
    expect(content.text).toContain("Un chantier attendu");
    expect(content.text).toContain("« Nous attendions ce quai depuis dix ans »");
    for (const noise of ["Accueil", "Partager", "Photo : Agence du Port", "Le nouveau quai, mercredi", "À lire aussi", "Grève au port", "Soyez le premier", "©", "s’agrandit & recrute"]) {
      expect(content.text).not.toContain(noise);
    }
  });

  it("maps words back to the raw HTML, across entities and accents", () => {
    for (const word of ["chantier", "d’euros", "Olsen", "capitainerie", "négociations", "élue"]) {
      const start = content.text.indexOf(word);
      const span = toRawSpan(content.offsetMap, { start, end: start + word.length });
      expect(raw.slice(span!.start, span!.end)).toBe(word);
    }
    const millions = content.text.indexOf("millions");
    const span = toRawSpan(content.offsetMap, { start: millions, end: millions + "millions".length });
    expect(raw.slice(span!.start, span!.end)).toBe("millions");
  });
});

describe("extractHtml on difficult pages", () => {
  it("lets container metadata win over the page's", () => {
    expect(extractHtml(page(raw, { title: "Titre du flux" }))).toMatchObject({ title: "Le port de Halden s’agrandit & recrute" });
  });

  it("extracts malformed HTML: unclosed tags and stray closers", () => {
    const content = extractHtml(page("<html><body><div><p>Le premier paragraphe de l’article est assez long pour compter comme un texte.<p>Le second paragraphe suit sans que le premier soit fermé, comme souvent.</div></div></span><p>Et un troisième après des balises orphelines, pour finir proprement.</body>"));
    expect(content.text.split("\n\n")).toHaveLength(3);
    expect(content.text).toContain("Et un troisième après des balises orphelines");
  });

  it("survives HTML nested 100,000 levels deep and says so", () => {
    const deep = `<html><body>${"<div>".repeat(100_000)}<p>Le texte caché tout au fond de la page.</p>${"</div>".repeat(100_000)}</body></html>`;
    const content = extractHtml(page(deep));
    expect(content.text).toBe("Le texte caché tout au fond de la page.");
    expect(content.warnings.map((warning) => warning.ruleId)).toEqual(["html-too-deep"]);
    expect(content.warnings[0]!.reason).toBe(`page.html: HTML nested more than ${MAX_NESTING_DEPTH} levels deep; kept its plain text, without structure or metadata.`);
  });

  it("returns empty text for a page without any", () => {
    expect(extractHtml(page("<html><head><title>Vide</title></head><body><nav><a>Accueil</a></nav></body></html>")).text).toBe("");
    expect(extractHtml(page("<!doctype html>")).text).toBe("");
  });

  it("reads an English byline and strips the site name from the <title>", () => {
    const content = extractHtml(
      page(`<html lang="en"><head><title>Ferry fares rise again - Halden Daily</title><meta property="og:title" content="Ferry fares rise again"></head><body>
        <h1>Ferry fares rise again</h1><p class="byline">By Jane Doe and John Roe</p>
        <p>Ferry fares between Halden and the islands will rise by eight percent in April, the operator announced on Tuesday.</p>
        <p>It is the third increase in two years, and passenger groups have called for a public inquiry into the operator's accounts.</p></body></html>`),
    );
    expect(content).toMatchObject({ title: "Ferry fares rise again", outlet: "Halden Daily", authors: ["Jane Doe", "John Roe"], published: null });
    expect(content.text).not.toContain("By Jane Doe");
  });
});

describe("extractHtml on pages past its limits", () => {
  const paragraph = "Un paragraphe de texte répété &amp; encore.";
  const nested = (depth: number) => `${"<div>".repeat(depth)}<p>${paragraph}</p>${"</div>".repeat(depth)}`;

  it("builds the DOM up to the nesting limit, and keeps only the plain text past it", () => {
    // <html> and <body> are two levels.
    expect(parsePage(`<html><body>${nested(MAX_NESTING_DEPTH - 3)}</body></html>`).exceeded).toBeNull();
    const past = extractHtml(page(`<html><head><title>Titre</title><body>${nested(MAX_NESTING_DEPTH)}</body></html>`));
    expect(past).toMatchObject({ title: null, text: "Un paragraphe de texte répété & encore." });
    expect(past.warnings.map((warning) => warning.ruleId)).toEqual(["html-too-deep"]);
  });

  it("reads a flat page of more elements than the limit as plain text, one paragraph a block, capped", () => {
    const paragraphs = MAX_ELEMENTS + 1;
    expect(paragraphs * paragraph.length).toBeGreaterThan(MAX_PLAIN_TEXT_CHARS);
    const raw = `<html><body><nav><ul><li>Accueil</li></ul></nav>${`<p>${paragraph}</p>`.repeat(paragraphs)}</body></html>`;
    const content = extractHtml(page(raw));
    expect(content.warnings.map((warning) => warning.reason)).toEqual([
      `page.html: more than ${MAX_ELEMENTS.toLocaleString("en")} HTML elements, beyond any news article; kept its first ${MAX_PLAIN_TEXT_CHARS.toLocaleString("en")} characters of plain text, without structure or metadata.`,
    ]);
    expect(content.text.length).toBeLessThanOrEqual(MAX_PLAIN_TEXT_CHARS);
    expect(content.text.length).toBeGreaterThan(MAX_PLAIN_TEXT_CHARS - 100);
    const parts = content.text.split("\n\n");
    expect(parts[0]).toBe("Accueil");
    expect(new Set(parts.slice(1))).toEqual(new Set(["Un paragraphe de texte répété & encore."]));
    // Provenance holds: words and the decoded entity map back to the raw HTML.
    const last = content.text.lastIndexOf("répété & encore");
    expect(raw.slice(toRawSpan(content.offsetMap, { start: last, end: last + 6 })!.start, toRawSpan(content.offsetMap, { start: last, end: last + 6 })!.end)).toBe("répété");
    expect(raw.slice(toRawSpan(content.offsetMap, { start: last + 7, end: last + 8 })!.start).startsWith("&amp;")).toBe(true);
  });

  it("reads as plain text a page whose elements are too many for their depth", () => {
    // Chains of 100 elements, each adding about 100³ / 3 to the work: few elements, but deep.
    const chains = Math.ceil(MAX_NESTING_WORK / (100 ** 3 / 3)) + 1;
    const raw = `<html><body>${nested(99).repeat(chains)}</body></html>`;
    expect(chains * 100).toBeLessThan(MAX_ELEMENTS);
    const content = extractHtml(page(raw));
    expect(content.warnings.map((warning) => warning.ruleId)).toEqual(["html-too-large"]);
    expect(content.warnings[0]!.reason).toMatch(/^page\.html: [\d,]+ HTML elements nested \d+ levels deep on average, beyond any news article \(limit 20,000 elements 32 deep\); kept its plain text, without/);
    expect(content.text.split("\n\n")).toHaveLength(chains);
  });
});
