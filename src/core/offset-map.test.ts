import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TextBuilder, deserializeOffsetMap, serializeOffsetMap, toRawOffset, toRawSpan } from "./offset-map.js";

describe("TextBuilder and toRawSpan", () => {
  const raw = "NAV  Accueil | Sport\n\nLe conseil a voté   mardi.\n\nPhoto : X\n\nLa séance a duré deux heures.";

  function buildClean() {
    const builder = new TextBuilder();
    const first = raw.indexOf("Le conseil");
    builder.appendCopy("Le conseil a voté", first);
    builder.appendSynthetic(" ");
    const tuesday = raw.indexOf("mardi.");
    builder.appendCopy("mardi.", tuesday);
    builder.appendSynthetic("\n\n");
    const last = raw.indexOf("La séance");
    builder.appendCopy(raw.slice(last), last);
    return builder.build();
  }

  it("maps every copied word back to the same word in the raw input", () => {
    const { text, offsetMap } = buildClean();
    expect(text).toBe("Le conseil a voté mardi.\n\nLa séance a duré deux heures.");
    for (const word of ["conseil", "voté", "mardi", "séance", "heures"]) {
      const start = text.indexOf(word);
      const rawSpan = toRawSpan(offsetMap, { start, end: start + word.length });
      expect(rawSpan).not.toBeNull();
      expect(raw.slice(rawSpan!.start, rawSpan!.end)).toBe(word);
    }
  });

  it("has no raw position for separators the extractor made up", () => {
    const { text, offsetMap } = buildClean();
    const breakPosition = text.indexOf("\n\n") + 1;
    expect(toRawOffset(offsetMap, breakPosition)).toBeNull();
  });

  it("interpolates inside a piece whose raw spelling is longer (an entity)", () => {
    const html = "<p>Ventes &amp; achats</p>";
    const builder = new TextBuilder();
    builder.appendCopy("Ventes & achats", 3, html.indexOf("</p>"));
    const { offsetMap } = builder.build();
    expect(toRawOffset(offsetMap, 0)).toBe(3);
    expect(toRawOffset(offsetMap, 15, "end")).toBe(html.indexOf("</p>"));
    expect(toRawOffset(offsetMap, 15, "start")).toBeNull();
  });

  it("round-trips through its flat serialisation", () => {
    const { offsetMap } = buildClean();
    expect(deserializeOffsetMap(serializeOffsetMap(offsetMap))).toEqual(offsetMap);
    expect(() => deserializeOffsetMap([1, 2, 3])).toThrow(/multiple of 4/);
  });

  it("maps any verbatim slice assembly exactly (property)", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }), (source, cuts) => {
        const builder = new TextBuilder();
        let cursor = 0;
        for (const [a, b] of cuts) {
          const start = Math.min(cursor + (a % 5), source.length);
          const end = Math.min(start + (b % 20), source.length);
          builder.appendCopy(source.slice(start, end), start);
          builder.appendSynthetic("|");
          cursor = end;
        }
        const { text, offsetMap } = builder.build();
        for (const piece of offsetMap.pieces) {
          for (let offset = piece.textStart; offset < piece.textEnd; offset++) {
            expect(source[toRawOffset(offsetMap, offset)!]).toBe(text[offset]);
          }
        }
      }),
    );
  });
});
