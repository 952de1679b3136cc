import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import type { RawDocument } from "../../ingest/raw-document.js";
import { extractHtml } from "./extract-html.js";
import { articleBodyCandidate, statedArticleBody } from "./article-body.js";
import { textOf } from "./page-dom.js";

const ARTICLE_PARAGRAPHS = [
  "Le conseil municipal de Brevalis a voté mardi soir la rénovation complète du marché couvert, fermé depuis l’incendie de l’hiver dernier.",
  "Les travaux, estimés à 3,2 millions d’euros, commenceront en septembre et dureront dix-huit mois selon l’adjointe chargée de l’urbanisme.",
  "Les commerçants installés sous des tentes sur la place de la Mairie pourront y rester jusqu’à la réouverture, a précisé le maire.",
  "L’opposition a voté contre, jugeant le calendrier trop long et réclamant une halle provisoire plus proche du centre-ville.",
];
const TEASER = "Un autre article du site, résumé en quelques lignes pour donner envie de cliquer sur le lien qui suit.";

function document(body: string) {
  return parseDocument(`<html><head><title>Marché couvert</title></head><body>${body}</body></html>`);
}

const article = `<article><h1>Le marché couvert rénové</h1>${ARTICLE_PARAGRAPHS.map((text) => `<p>${text}</p>`).join("")}</article>`;
const teaserList = `<div class="most-read"><h2>Les plus lus</h2><p>${TEASER}</p></div>`;

describe("statedArticleBody", () => {
  it("is the page's one <article> when it holds most of the paragraph text", () => {
    expect(statedArticleBody(document(`<nav><a href="/">Accueil</a></nav>${article}${teaserList}`))?.element.name).toBe("article");
  });

  it("prefers the one [itemprop=articleBody] to the <article> around it", () => {
    const marked = article.replace("<h1>", '<div itemprop="articleBody"><h1>').replace("</article>", "</div></article>");
    expect(statedArticleBody(document(marked))?.element.attribs.itemprop).toBe("articleBody");
  });

  it("is none when the lone <article> is a teaser and the prose is elsewhere", () => {
    const teaser = `<article><p>${TEASER}</p></article>`;
    expect(statedArticleBody(document(`${teaser}<div class="story">${ARTICLE_PARAGRAPHS.map((text) => `<p>${text}</p>`).join("")}</div>`))).toBeNull();
  });

  it("is the <article> holding the prose beside a teaser <article>", () => {
    const teaser = `<article class="teaser"><p>${TEASER}</p></article>`;
    expect(textOf(statedArticleBody(document(`${teaser}${article}`))!.element)).toContain(ARTICLE_PARAGRAPHS[0]);
  });

  it("is the <main> element when no element is marked as the article", () => {
    const page = `<main>${ARTICLE_PARAGRAPHS.map((text) => `<p>${text}</p>`).join("")}</main><footer><p>${TEASER}</p></footer>`;
    expect(statedArticleBody(document(page))?.element.name).toBe("main");
  });

  it("is none when two <article> elements share the prose", () => {
    expect(statedArticleBody(document(`${article}${article}`))).toBeNull();
  });

  it("is none for markup without a <body>", () => {
    expect(statedArticleBody(parseDocument(article))).toBeNull();
  });
});

describe("articleBodyCandidate", () => {
  it("is, on a page that states no body, the smallest block holding most of the paragraph text, unstated", () => {
    const story = `<div class="page"><div class="story"><h1>Le marché couvert rénové</h1>${ARTICLE_PARAGRAPHS.map((text) => `<p>${text}</p>`).join("")}</div><div class="aside"><p>${TEASER}</p></div></div>`;
    const candidate = articleBodyCandidate(document(story));
    expect(candidate?.element.attribs.class).toBe("story");
    expect(candidate?.stated).toBe(false);
  });

  it("is none when the prose is spread over blocks none of which holds most of it", () => {
    const halves = [ARTICLE_PARAGRAPHS.slice(0, 2), ARTICLE_PARAGRAPHS.slice(2)].map((part) => `<div>${part.map((text) => `<p>${text}</p>`).join("")}</div>`).join("");
    expect(articleBodyCandidate(document(halves))).toBeNull();
  });
});

describe("extractHtml with a stated article body", () => {
  const raw = `<html><head><title>Marché couvert</title></head><body><nav><a href="/">Accueil</a></nav>${article}${teaserList}</body></html>`;
  const page: RawDocument = { source: "page.html", container: "html", format: "html", raw, encoding: "utf-8", byteLength: raw.length, metadata: {}, messages: [] };
  const content = extractHtml(page);

  it("keeps the article's paragraphs and nothing from outside it", () => {
    for (const text of ARTICLE_PARAGRAPHS) expect(content.text).toContain(text);
    expect(content.text).not.toContain("Les plus lus");
    expect(content.text).not.toContain(TEASER);
  });
});
