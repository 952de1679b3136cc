import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toRawSpan } from "../../core/offset-map.js";
import type { RawDocument } from "../../ingest/raw-document.js";
import { extractHtml } from "./extract-html.js";

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
  });

  it("returns empty text for a page without any", () => {
    expect(extractHtml(page("<html><head><title>Vide</title></head><body><nav><a>Accueil</a></nav></body></html>")).text).toBe("");
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
