import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { RawDocument } from "../../ingest/raw-document.js";
import { isQuoteIntroducer, isQuotedPost, mayBeIntroducedQuote } from "./block-shape.js";
import { extractTextDump } from "./extract-text-dump.js";

function dump(raw: string): RawDocument {
  return { source: "dump.txt", container: "text", format: "text", raw, encoding: "utf-8", byteLength: raw.length, metadata: {}, messages: [] };
}

describe("quoted-post shapes", () => {
  it("tells a post opened by its author's handle from a follow link", () => {
    for (const post of ["@monasosh: la révolution égyptienne est top ! #Jan25 :) http://yfrog.com/h7tl5bj", "Wael @Ghonim: les chaines d'état n'ont pas dit la vérité", "@ablabahrawy Un Kadhafi à mourir de rire http://t.co/LKmEHDj"]) {
      expect(isQuotedPost(post), post).toBe(true);
    }
    for (const other of ["@voixdumonde", "Suivez @voixdumonde sur Twitter", "Le président @AlsisiOfficial a parlé hier.", "contact@journal.example: écrivez-nous vite"]) {
      expect(isQuotedPost(other), other).toBe(false);
    }
  });

  it("tells a line announcing a quote from a related-links heading", () => {
    for (const introducer of ["Karl Sharro, choqué, écrit :", "@arwamenla renchérit :", "Le journaliste Ben Wedeman approuve :"]) {
      expect(isQuoteIntroducer(introducer), introducer).toBe(true);
    }
    for (const other of ["A lire :", "Related:", "Le journaliste Ben Wedeman approuve.", "Voir aussi"]) {
      expect(isQuoteIntroducer(other), other).toBe(false);
    }
  });

  it("lets an introducer announce a quotation or a post, not a headline", () => {
    expect(mayBeIntroducedQuote('"Les moyens utilisés pour parvenir à nos buts doivent être aussi purs que nos buts"')).toBe(true);
    expect(mayBeIntroducedQuote("La prochaine fois que quelqu'un doute de la place Tahrir, montrez-lui l'interview de @ghonim")).toBe(true);
    expect(mayBeIntroducedQuote("l'interview de wael sur DreamTV: un tremblement de terre.")).toBe(true);
    expect(mayBeIntroducedQuote("« Dégage ! »")).toBe(true);
    expect(mayBeIntroducedQuote("Timeline: Protesters Demand Mubarak Step Down")).toBe(false);
    expect(mayBeIntroducedQuote("http://www.reuters.com/article/2011/02/04/us-egypt-idUSTRE71")).toBe(false);
  });
});

describe("extractTextDump on a French blog post ending with quoted tweets", () => {
  const raw = readFileSync(new URL("../../../test/fixtures/extract-text/tweets-blog-fr.txt", import.meta.url), "utf8");
  const content = extractTextDump(dump(raw), { language: "fr" });
  const paragraphs = content.text.split("\n\n");

  it("keeps the tweets, the caption between them and the announced quotes after the last paragraph of prose", () => {
    expect(paragraphs.slice(2)).toEqual([
      "@monasosh: la révolution égyptienne est magnifique ! #Jan25 http://yfrog.com/h7tl5bj",
      "@beleidy: Au point de contrôle du pont Qasr El Nil #jan25 http://twitpic.com/3wckhq",
      "Je te hais, Moubarak",
      "@Gsquare86: l'accès au pont Kasr El Nile a été organisé et est extrêmement contrôlé http://yfrog.com/h4enlpxj",
      "Le journaliste Ben Wedeman, qui se trouve au Caire, résume :",
      "La place Tahrir ce soir : une foule immense et calme, pas un policier en vue #Egypt",
      "Citant un poète égyptien, la blogueuse Zeinobia conclut son billet :",
      '"Le peuple, un jour, voudra la vie et le destin devra lui répondre"',
    ]);
  });

  it("still drops the related links, share bar and navigation around the article", () => {
    expect(content).toMatchObject({ title: "Égypte : le « Jour du départ » vu par les internautes", authors: ["Lina Haddad"] });
    for (const noise of ["A lire", "Reuters", "Wikipedia", "Partager", "Facebook", "Accueil", "voixdumonde.example"]) expect(content.text).not.toContain(noise);
  });
});
