import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { toRawSpan } from "../../core/offset-map.js";
import type { RawDocument } from "../../ingest/raw-document.js";
import { extractHtml } from "./extract-html.js";
import { readFastBody } from "./fast-body.js";
import { selectFirst } from "./page-dom.js";

const PARAGRAPHS = [
  "Le conseil municipal de Brevalis a voté mardi soir la rénovation complète du marché couvert, fermé depuis l’incendie de l’hiver dernier, après trois heures de débat.",
  "Les travaux, estimés à 3,2 millions d’euros, commenceront en septembre et dureront dix-huit mois selon l’adjointe chargée de l’urbanisme, qui a présenté le chantier.",
  "Les commerçants installés sous des tentes sur la place de la Mairie pourront y rester jusqu’à la réouverture, a précisé le maire devant une salle comble.",
  "L’opposition a voté contre, jugeant le calendrier trop long et réclamant une halle provisoire plus proche du centre-ville, où se trouvent la plupart des clients.",
  "Une réunion publique est prévue le 14 mars à la salle des fêtes pour présenter les plans de l’architecte et recueillir les remarques des habitants du quartier.",
  "Le financement repose pour moitié sur la commune, le reste venant de la région et d’un fonds de l’État destiné aux centres-villes, a détaillé le premier adjoint.",
  "Les associations de commerçants se disent soulagées, même si plusieurs regrettent que la consultation ait commencé si tard et demandent un suivi mensuel du chantier.",
];
const MOST_READ = `<ul class="liste"><li><a href="/a">Grève au port : les dockers reconduisent le mouvement</a></li><li><a href="/b">Le club de rugby remporte le derby</a></li><li><a href="/c">Fermeture de la piscine municipale</a></li></ul>`;

function body(html: string) {
  return selectFirst("article", parseDocument(`<html><body><article>${html}</article></body></html>`))!;
}

const paragraphs = PARAGRAPHS.map((text) => `<p>${text}</p>`).join("\n");

describe("readFastBody", () => {
  it("trusts a body of paragraphs and reads them in order", () => {
    const fast = readFastBody(body(`<h2>Un chantier attendu</h2>${paragraphs}`));
    expect(fast.doubts).toEqual([]);
    expect(fast.paragraphs).toEqual(["Un chantier attendu", ...PARAGRAPHS]);
  });

  it("drops a list of links inside the body and still trusts the rest", () => {
    const fast = readFastBody(body(`${paragraphs}${MOST_READ}`));
    expect(fast.paragraphs).toEqual(PARAGRAPHS);
    expect(fast.doubts).toEqual([]);
  });

  it("doubts a body too short to be sure of", () => {
    expect(readFastBody(body(`<p>${PARAGRAPHS[0]}</p>`)).doubts).toContain("short");
  });

  it("doubts a body that still holds furniture too big to have been removed (a promotion of several paragraphs)", () => {
    const promotion = `<section class="promo">${PARAGRAPHS.slice(0, 3).map((text) => `<div class="offer"><p>${text}</p></div>`).join("")}</section>`;
    expect(readFastBody(body(`${paragraphs}${promotion}`)).doubts).toContain("furniture");
  });

  it("drops a comment thread, as Readability drops its unlikely candidates, and trusts the article", () => {
    const comments = `<section class="comments">${PARAGRAPHS.slice(0, 3).map((text) => `<div class="reply"><p>${text} Bravo !</p></div>`).join("")}</section>`;
    const fast = readFastBody(body(`${paragraphs}${comments}`));
    expect(fast.paragraphs).toEqual(PARAGRAPHS);
    expect(fast.doubts).toEqual([]);
  });

  it("drops the article's header, stamps and gallery controls outside paragraphs, and text lying loose beside the blocks", () => {
    const header = `<header><h1>Le marché couvert rénové</h1><p>La halle rouvrira dans dix-huit mois, après un chantier de 3,2 millions d’euros.</p><div class="byline">Par Jeanne Martin</div></header>`;
    const furniture = `<div class="date">12 mars 2024, 18 h 05</div><div class="gallery"><div>Image 1 sur 8</div><div>Retour à la galerie</div></div>`;
    const fast = readFastBody(body(`${header}${furniture}${paragraphs}https://exemple.fr/image.jpg 1200 676`));
    expect(fast.paragraphs).toEqual(PARAGRAPHS);
  });

  it("keeps short lines that are paragraphs or list items of the article", () => {
    const fast = readFastBody(body(`${paragraphs}<p>Nantes 3 Rennes 1</p><ul><li>Halle nord</li><li>Halle sud</li></ul>`));
    expect(fast.paragraphs).toEqual([...PARAGRAPHS, "Nantes 3 Rennes 1", "Halle nord", "Halle sud"]);
  });

  it("keeps a paragraph made of a link among prose, and drops a block of teaser links", () => {
    const source = `<p><a href="https://exemple.fr/marche">Le dossier du marché couvert</a></p>`;
    const teasers = `<div class="a-lire">${["Grève au port", "Derby de rugby", "Piscine fermée"].map((title) => `<p><a href="/${title.length}">${title} : ce qu’il faut savoir</a></p>`).join("")}</div>`;
    const fast = readFastBody(body(`<div class="corps">${paragraphs}${source}</div>${teasers}`));
    expect(fast.paragraphs).toEqual([...PARAGRAPHS, "Le dossier du marché couvert"]);
  });

  it("keeps a paragraph wrapped alone in a card even when its link is a large share of it", () => {
    const card = `<div class="card"><div class="card-inner"><p>Le vote a été publié mardi dans <a href="https://exemple.fr/recueil">le recueil des actes de la préfecture</a>, consultable en ligne.</p></div></div>`;
    const fast = readFastBody(body(`${paragraphs}${card}`));
    expect(fast.paragraphs.at(-1)).toBe("Le vote a été publié mardi dans le recueil des actes de la préfecture, consultable en ligne.");
  });

  it("keeps a list whose items are partly links, as Readability spares lists", () => {
    const offers = `<ul><li><strong>Horaires d’ouverture :</strong> <a href="/horaires">mardi-dimanche</a></li><li><strong>Accès depuis la gare :</strong> <a href="/acces">tram 2</a></li></ul>`;
    expect(readFastBody(body(`${paragraphs}${offers}`)).paragraphs.slice(-2)).toEqual(["Horaires d’ouverture : mardi-dimanche", "Accès depuis la gare : tram 2"]);
  });

  it("reads, beside a block chosen for its text, the standfirst set apart before it, and no teaser link", () => {
    const standfirst = "La halle rouvrira dans dix-huit mois : la commune, la région et l’État se partagent un chantier de 3,2 millions d’euros.";
    const page = parseDocument(`<html><body><div class="page"><div class="lead">${standfirst}</div><div class="text">${paragraphs}</div><div class="more"><a href="/b">Le club de rugby remporte le derby et se qualifie pour la finale régionale</a></div></div></body></html>`);
    const block = selectFirst("div.text", page)!;
    expect(readFastBody(block, { withNeighbours: true }).paragraphs).toEqual([standfirst, ...PARAGRAPHS]);
    expect(readFastBody(block).paragraphs).toEqual(PARAGRAPHS);
  });

  it("doubts a body whose text is mostly outside paragraphs (a table, a list of stamps)", () => {
    const table = `<table>${PARAGRAPHS.map((text) => `<tr><td>${text}</td></tr>`).join("")}</table>`;
    expect(readFastBody(body(`<p>${PARAGRAPHS[0]}</p>${table}`)).doubts).toContain("few paragraphs");
  });
});

describe("extractHtml through the fast step", () => {
  const raw = `<html><head><title>Le marché couvert rénové</title></head><body><nav><a href="/">Accueil</a></nav><article><h1>Le marché couvert rénové</h1>${paragraphs.replace("l’incendie", "l&rsquo;incendie")}${MOST_READ}</article><footer><p>© Le Journal</p></footer></body></html>`;
  const page: RawDocument = { source: "page.html", container: "html", format: "html", raw, encoding: "utf-8", byteLength: raw.length, metadata: {}, messages: [] };
  const content = extractHtml(page);

  it("takes the fast step and keeps only the article's paragraphs", () => {
    expect(content.bodyExtractor).toBe("fast");
    expect(content.text.split("\n\n")).toEqual(PARAGRAPHS);
  });

  it("maps every copied span of the text back to the same characters in the raw HTML", () => {
    for (const piece of content.offsetMap.pieces) {
      const text = content.text.slice(piece.textStart, piece.textEnd);
      // A decoded entity's characters all point at its "&" (align-to-source.ts), so only entity-free pieces are verbatim.
      const source = raw.slice(piece.rawStart, piece.rawEnd);
      if (!source.includes("&")) expect(source).toBe(text);
    }
    for (const word of ["Brevalis", "3,2 millions", "centres-villes", "suivi mensuel"]) {
      const start = content.text.indexOf(word);
      const span = toRawSpan(content.offsetMap, { start, end: start + word.length });
      expect(raw.slice(span!.start, span!.end)).toBe(word);
    }
    const entity = content.text.indexOf("l’incendie");
    expect(raw.slice(toRawSpan(content.offsetMap, { start: entity, end: entity + "l’incendie".length })!.start)).toMatch(/^l&rsquo;incendie/u);
  });

  it("leaves pages without a title in their metadata to Readability, whose title stands in", () => {
    const untitled = raw.replace("<title>Le marché couvert rénové</title>", "").replace("<h1>Le marché couvert rénové</h1>", "");
    expect(extractHtml({ ...page, raw: untitled, byteLength: untitled.length }).bodyExtractor).toBe("readability");
  });
});
