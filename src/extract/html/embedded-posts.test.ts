import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { RawDocument } from "../../ingest/raw-document.js";
import { extractHtml } from "./extract-html.js";

function page(raw: string): RawDocument {
  return { source: "page.html", container: "html", format: "html", raw, encoding: "utf-8", byteLength: raw.length, metadata: {}, messages: [] };
}

describe("extractHtml on a French blog post quoting tweets, a blog and placards", () => {
  const raw = readFileSync(new URL("../../../test/fixtures/extract-html/tweets-blog-fr.html", import.meta.url), "utf8");
  const paragraphs = extractHtml(page(raw)).text.split("\n\n");

  it("keeps an embedded tweet's text and attribution, bare, inside a figure or a social-embed frame", () => {
    expect(paragraphs).toContain("La révolution égyptienne est magnifique, la foule ne cesse de grossir #Jan25 pic.twitter.com/h7tl5bj");
    expect(paragraphs).toContain("— Mona Seif (@monasosh) 4 février 2011");
    expect(paragraphs).toContain("Une longue file de gens attend de franchir le pont Qasr El Nil, l’accès est extrêmement contrôlé #Tahrir");
    expect(paragraphs).toContain("— Gigi Ibrahim (@Gsquare86) 4 février 2011");
    expect(paragraphs.at(-2)).toBe("La place Tahrir ce soir : une foule immense et calme, pas un policier en vue #Egypt");
    expect(paragraphs.at(-1)).toBe("— Ben Wedeman (@bencnn) 4 février 2011");
  });

  it("keeps a quoted blog post and a list of placard quotes", () => {
    expect(paragraphs).toContain("Nous ne partirons pas tant que Moubarak ne sera pas parti. Chaque jour qui passe nous rend plus nombreux et plus déterminés.");
    expect(paragraphs).toContain("« Je te hais, Moubarak », écrit sur un drap tendu entre deux lampadaires.");
  });

  it("drops the photo caption, share bar, related links, the sidebar's own tweet, comments and footer", () => {
    const text = paragraphs.join("\n");
    for (const noise of ["Photo : Ahmed Samir", "La foule sur la place", "Partager", "À lire aussi", "Tunisie : la chute", "Suivez-nous", "Notre nouvelle émission", "@voixdumonde", "Soyez le premier", "©"]) {
      expect(text).not.toContain(noise);
    }
  });
});
