import { describe, expect, it } from "vitest";
import { terms } from "../core/terms.js";
import { INDEX_BYTES_BUDGET, indexedTerms } from "./indexed-terms.js";

describe("indexedTerms", () => {
  it("keeps every term of an ordinary article, title and body", () => {
    const title = terms("Accord de défense signé", "fr");
    const body = terms("Le ministre de la Défense a signé mardi un accord de coopération militaire. ".repeat(2000), "fr");
    expect(indexedTerms(title, body)).toEqual({ title, body, capped: false });
  });

  it("keeps the longest prefix that fits one tsvector when distinct terms pass the budget", () => {
    const body = Array.from({ length: 200_000 }, (_, index) => `zq${index.toString(36)}x`);
    const indexed = indexedTerms(["mots"], body);
    expect(indexed.capped).toBe(true);
    expect(indexed.title).toEqual(["mots"]);
    expect(indexed.body).toEqual(body.slice(0, indexed.body.length));
    const distinctBytes = indexed.body.reduce((sum, term) => sum + term.length, 0);
    expect(distinctBytes).toBeLessThan(INDEX_BYTES_BUDGET);
    expect(distinctBytes).toBeGreaterThan(INDEX_BYTES_BUDGET * 0.5);
  });

  it("counts a hyphenated term's parts, which PostgreSQL indexes too", () => {
    const body = Array.from({ length: 200_000 }, (_, index) => `zq${index.toString(36)}x-yq${index.toString(36)}x`);
    const plain = indexedTerms([], body.map((term) => term.replace("-", "")));
    expect(indexedTerms([], body).body.length).toBeLessThan(plain.body.length * 0.6);
  });

  it("leaves out a term longer than PostgreSQL indexes, on every backend", () => {
    const long = "a".repeat(2048);
    expect(indexedTerms([], ["avant", long, "après"]).body).toEqual(["avant", "après"]);
    const hugeBody = [long, ...Array.from({ length: 200_000 }, (_, index) => `w${index}`)];
    expect(indexedTerms([], hugeBody).body[0]).toBe("w0");
  });
});
