import { describe, expect, it } from "vitest";
import { selectAll, selectFirst, textOf } from "./page-dom.js";
import { parsePage } from "./source-text.js";

function parsed(html: string) {
  const page = parsePage(html);
  if (page.exceeded) throw new Error(`test page past the ${page.exceeded} limit`);
  return page;
}

describe("parsePage", () => {
  const raw = `<html lang="fr"><head><title>Le port</title><script>var x = "<p>";</script></head><body><p>Quai &amp; digue, l&rsquo;été</p><template><p>Gabarit</p></template></body></html>`;
  const page = parsed(raw);

  it("collects the visible text, entities decoded, outside the head, scripts and templates", () => {
    expect(page.text).toBe("Quai & digue, l’été");
  });

  it("maps each character to its raw position, an entity's characters to the entity's start", () => {
    const position = (text: string) => page.rawOffsets[page.text.indexOf(text)]!;
    expect(raw.slice(position("Quai"), position("Quai") + 4)).toBe("Quai");
    expect(raw.slice(position("&"), position("&") + 5)).toBe("&amp;");
    expect(raw.slice(position("’"), position("’") + 7)).toBe("&rsquo;");
    expect(raw.slice(position("été"), position("été") + 3)).toBe("été");
  });

  it("builds the DOM in the same pass, its text merged across entities", () => {
    const paragraphs = selectAll("p", page.document);
    expect(paragraphs.map((paragraph) => textOf(paragraph))).toEqual(["Quai & digue, l’été"]);
    expect(textOf(selectFirst("title", page.document)!)).toBe("Le port");
    expect(textOf(selectFirst("body", page.document)!)).toBe("Quai & digue, l’été");
  });
});
