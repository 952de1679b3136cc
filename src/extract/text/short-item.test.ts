/** Headline-only records, one-sentence items and what must still be rejected, from bytes to article. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toRawSpan } from "../../core/offset-map.js";
import { readBytes } from "../../ingest/read-bytes.js";
import { extractArticle, type ExtractResult } from "../extract-article.js";

const path = new URL("../../../test/fixtures/extract-text/headlines.jsonl", import.meta.url);
const outcomes: Array<{ raw: string; result: ExtractResult }> = readBytes(readFileSync(path), "headlines.jsonl").map((read) => {
  if (!read.ok) throw new Error(read.error.reason);
  return { raw: read.document.raw, result: extractArticle(read.document) };
});

function article(index: number) {
  const { raw, result } = outcomes[index]!;
  if (!result.ok) throw new Error(result.error.reason);
  return { raw, ...result.article, ruleIds: result.article.warnings.map((warning) => warning.ruleId) };
}

describe("records a person reads as articles though they have no body", () => {
  it("reads a headline-only record as its headline, with a warning", () => {
    const { text, title, published, ruleIds, offsetMap, raw } = article(0);
    expect({ text, title, published }).toEqual({
      text: "Incendie dans les Landes : 300 hectares brûlés près de Mimizan",
      title: "Incendie dans les Landes : 300 hectares brûlés près de Mimizan",
      published: "2025-07-14",
    });
    expect(ruleIds).toContain("headline-only");
    const span = toRawSpan(offsetMap, { start: text.indexOf("Mimizan"), end: text.length });
    expect(raw.slice(span!.start, span!.end)).toBe("Mimizan");
  });

  it("reads a record whose body is its title the same way", () => {
    const { text, ruleIds } = article(1);
    expect(text).toBe("La SNCF ajoute des trains pour le week-end du 15 août");
    expect(ruleIds).toContain("headline-only");
  });

  it("keeps a one-sentence item, with a warning", () => {
    const { text, offsetMap, raw, ruleIds } = article(2);
    expect(text).toBe("Storm Ciara closes Dover port.");
    expect(ruleIds).toContain("short-item");
    expect(toRawSpan(offsetMap, { start: 0, end: text.length })).toEqual({ start: 0, end: raw.length });
  });

  it("still rejects a record that holds only navigation", () => {
    expect(outcomes[3]!.result).toMatchObject({ ok: false, error: { ruleId: "no-article-text" } });
  });
});

describe("short items in dumps", () => {
  const extract = (raw: string) => {
    const [read] = readBytes(new TextEncoder().encode(raw), "item.txt");
    if (!read?.ok) throw new Error("not read");
    return extractArticle(read.document);
  };

  it("keeps a dateline-only body as the text, and its date as the publication date", () => {
    expect(extract("June 06, 2013\n")).toMatchObject({ ok: true, article: { text: "June 06, 2013", published: "2013-06-06", warnings: expect.arrayContaining([expect.objectContaining({ ruleId: "metadata-only" })]) } });
  });

  it.each([
    ["a menu of single words", "Accueil\nSport\nMétéo\nCulture\n"],
    ["a menu of short entries", "Vie locale\nFaits divers\nPetites annonces\nNos abonnements\nÉditions locales\n"],
    ["a link bar", "Accueil | Politique | Économie | Sport\n"],
    ["punctuation only", "— * —\n| | |\n"],
  ])("rejects %s", (_, raw) => expect(extract(raw)).toMatchObject({ ok: false, error: { ruleId: "no-article-text" } }));
});
