import { describe, expect, it } from "vitest";
import { plainTextParagraphs, readPlainText } from "./plain-text.js";

describe("readPlainText", () => {
  it("keeps visible text only, even with an unclosed <head> and markup inside scripts", () => {
    const html = `<html><head><title>Titre</title><style>p{}</style><body><script>var s = "</div><p>non";</script><p>Un texte</p><!-- note --><svg><text>dessin</text></svg><div>et la suite</div></body></html>`;
    expect(plainTextParagraphs(readPlainText(html, 1000), 1000).paragraphs).toEqual(["Un texte", "et la suite"]);
  });

  it("maps each character to its raw offset, a decoded entity to where it starts", () => {
    const html = "<p>A &amp; B&eacute;</p>";
    const plain = readPlainText(html, 1000);
    expect(plain.text).toBe("A & Bé");
    expect(Array.from(plain.rawOffsets)).toEqual([3, 4, 5, 10, 11, 12]);
  });

  it("splits paragraphs at block elements and blank lines, not at inline ones", () => {
    const plain = readPlainText("<div>Un <b>mot</b> gras<p>Deux</p>Trois\n\nQuatre<li>Cinq</li></div>", 1000);
    expect(plainTextParagraphs(plain, 1000).paragraphs).toEqual(["Un mot gras", "Deux", "Trois", "Quatre", "Cinq"]);
  });

  it("stops at the character budget and says so", () => {
    const html = `<body>${"<p>douze lettres</p>".repeat(100)}</body>`;
    const plain = readPlainText(html, 100);
    expect(plain.text.length).toBe(100);
    expect(plain.truncated).toBe(true);
    const { paragraphs, truncated } = plainTextParagraphs(plain, 100);
    expect(paragraphs.join("\n\n").length).toBeLessThanOrEqual(100);
    expect(truncated).toBe(true);
    expect(plainTextParagraphs(readPlainText(html, 10_000), 10_000).truncated).toBe(false);
  });
});
