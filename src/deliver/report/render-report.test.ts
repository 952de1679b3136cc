import { describe, expect, it } from "vitest";
import { annotateArticle } from "../../annotate/annotate-article.js";
import { CorpusConnector } from "../../connect/connect-corpus.js";
import { makeArticle } from "../../../test/make-article.js";
import type { ReportLanguage } from "../readable-date.js";
import { MAX_CITED_PER_STATEMENT } from "./citations.js";
import { buildStoryReport, type ArticleInfo } from "./report-model.js";
import { renderHtml } from "./render-html.js";
import { renderMarkdown } from "./render-markdown.js";

const TEXTS = [
  ["La Norvège et le Danemark ont signé mardi à Oslo un accord de défense. « C'est un jour historique <script>alert(1)</script> », a déclaré Jonas Berg.", "Journal <A>"],
  ["Jonas Berg et Mette Lund ont signé mardi à Oslo un accord de défense entre la Norvège et le Danemark. « C'est un jour historique <script>alert(1)</script> », a déclaré Jonas Berg.", "Journal B"],
] as const;

function reports(texts: ReadonlyArray<readonly [string, string, string?]> = TEXTS, language?: ReportLanguage) {
  const connector = new CorpusConnector();
  const infos = new Map<string, ArticleInfo>();
  for (const [text, outlet, published = "2024-05-15"] of texts) {
    const { article } = makeArticle(text, { published, outlet, title: "Accord de défense" });
    const annotated = annotateArticle({ ...article, language: "fr" });
    connector.add(annotated);
    infos.set(article.id, { id: article.id, title: article.title, outlet, published: article.published, source: article.source, url: null, text, warnings: [] });
  }
  const { entities, stories } = connector.result();
  return stories.map((story) => buildStoryReport(story, infos, new Map(entities.map((entity) => [entity.id, entity])), language));
}

describe("story reports", () => {
  it("cites a source for every statement of what happened, the timeline and the claims, and lists each citation", () => {
    const [report] = reports();
    expect(report!.whatHappened.length).toBeGreaterThan(0);
    for (const statement of [...report!.whatHappened, ...report!.timeline, ...report!.claims]) expect(statement.sources.length).toBeGreaterThan(0);
    const markdown = renderMarkdown(reports());
    const cited = new Set([...markdown.matchAll(/\]\(#(s_[0-9a-f]+-cite-\d+)\)/gu)].map((match) => match[1]));
    const listed = new Set([...markdown.matchAll(/<a id="(s_[0-9a-f]+-cite-\d+)"><\/a>/gu)].map((match) => match[1]));
    expect(cited.size).toBeGreaterThan(0);
    expect([...cited].every((anchor) => listed.has(anchor))).toBe(true);
    expect(markdown).toContain("Jonas Berg");
    expect(markdown).toMatch(/(?:a|ont) signé un accord/u);
  });

  it("writes one self-contained HTML file that loads nothing and escapes article text", () => {
    const html = renderHtml(reports());
    expect(html).toContain("Content-Security-Policy");
    expect(html).not.toMatch(/<script/iu);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("Journal &lt;A&gt;");
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:|\/\/)/u);
    const anchors = [...html.matchAll(/href="#([^"]+)"/gu)].map((match) => match[1]!);
    expect(anchors.length).toBeGreaterThan(0);
    for (const anchor of anchors) expect(html).toContain(`id="${anchor}"`);
  });

  it("speaks the story's language by default, and prints without the screen's margins", () => {
    const html = renderHtml(reports());
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/u);
    expect(html).toMatch(/<section class="story" id="s_[0-9a-f]+" lang="fr">/u);
    for (const heading of ["Ce qui s'est passé", "Fait principal", "Citations par auteur", "Affirmations", "Comparaison des sources", "Sources citées"]) expect(html).toContain(`<h2>${heading}</h2>`);
    expect(html).toMatch(/<p>Sujet s_[0-9a-f]+ : \d+ articles? de \d+ sources?\.<\/p>/u);
    expect(html).toContain("<tr><th>Quoi</th><td>signature d&#39;un accord</td></tr>");
    expect(html).not.toMatch(/ lang="en"|What happened|\bsource\(s\)|single source/u);
    expect(html).toMatch(/@media print\{[^}]*body\{max-width:none/u);
  });

  it("speaks English when asked, its quoted words keeping the story's language", () => {
    const [report] = reports(TEXTS, "en");
    expect(report).toMatchObject({ language: "en", storyLanguage: "fr" });
    expect(report!.keyEvent).toMatchObject({ what: "agreement signed", dateText: "14 May 2024" });
    expect(report!.whatHappened[0]!.text).toMatch(/signed an agreement .*on 14 May 2024/u);
    const html = renderHtml([report!]);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/u);
    expect(html).toContain("<h2>What happened</h2>");
    expect(html).toMatch(/<h1 lang="fr">Accord de défense<\/h1>/u);
    expect(html).toMatch(/<li><span lang="fr">« C&#39;est un jour historique/u);
    expect(html).toMatch(/<span class="words" lang="fr">“[^”]*sign/u);
    expect(html).not.toMatch(/Ce qui s'est passé|Sources citées|caractères/u);
    const markdown = renderMarkdown([report!]);
    expect(markdown).toMatch(/^Story s_[0-9a-f]+: (?:1 article from 1 source|\d+ articles from \d+ sources)\.$/mu);
    expect(markdown).toMatch(/^1\. <a id="s_[0-9a-f]+-cite-1"><\/a>Journal .+, 15 May 2024: “.+” — .+ \(article a\\_[0-9a-f]+, characters \d+–\d+\)$/mu);
  });

  it("names a source without outlet or address by its file, said to be one, never by its path", () => {
    const [report] = reports([[TEXTS[1][0], ""]]);
    const markdown = renderMarkdown([report!]);
    const file = report!.articles[0]!.source.split("/").at(-1)!.replaceAll("_", "\\_");
    expect(markdown).toContain(`| fichier : ${file} | `);
    expect(markdown).toMatch(new RegExp(`^1\\. <a id="[^"]+"></a>fichier : ${file.replaceAll(/[.\\]/gu, "\\$&")}, 15 mai 2024 : “`, "mu"));
  });

  it("makes the story's news its key event, not the background every source recalls", () => {
    const recalled = "La normalisation des relations entre la Norvège et le Danemark a eu lieu en 2019.";
    const [report] = reports([
      [`La Norvège et le Danemark ont signé mardi à Oslo un accord de défense. ${recalled}`, "Journal A"],
      [`Jonas Berg et Mette Lund ont signé mardi à Oslo un accord de défense. ${recalled}`, "Journal B"],
      [`Un accord de défense a été conclu. ${recalled} Jonas Berg était présent.`, "Journal C"],
    ]);
    expect(report!.keyEvent).toMatchObject({ code: "AGREE/sign-agreement", what: "signature d'un accord", date: "2024-05-14", dateText: "14 mai 2024" });
    expect(report!.whatHappened[0]!.text).toMatch(/(?:a|ont) signé un accord .*le 14 mai 2024/u);
  });

  it("names a related story's corroboration apart, never among a claim's sources", () => {
    const followUp = ["Jonas Berg s'est entretenu au téléphone avec Mette Lund jeudi. Les deux ministres ont fait le point sur l'accord de défense que la Norvège et le Danemark ont signé mardi 14 mai à Oslo.", "Journal D", "2024-09-20"] as const;
    const all = reports([...TEXTS, followUp]);
    const signing = all.find((report) => report.articles.length === 2)!;
    const noted = signing.claims.filter((claim) => claim.text.includes("aussi rapporté dans le sujet lié s_"));
    expect(noted.length).toBeGreaterThan(0);
    const inEnglish = reports([...TEXTS, followUp], "en").find((report) => report.articles.length === 2)!;
    expect(inEnglish.claims.filter((claim) => claim.text.includes("also reported in related story s_"))).toHaveLength(noted.length);
    const followUpIds = new Set(all.filter((report) => report !== signing).flatMap((report) => report.articles.map((article) => article.id)));
    for (const claim of signing.claims) for (const span of claim.sources) expect(followUpIds.has(span.articleId)).toBe(false);
  });

  it("cites a few sources a statement, one per outlet first, when thirty articles of five outlets report it", () => {
    const texts = Array.from({ length: 30 }, (_, index) => [`${TEXTS[index % 2]![0]} (Édition ${index})`, `Journal ${index % 5}`] as const);
    const [report] = reports(texts);
    const html = renderHtml([report!]);
    const signed = report!.claims.find((claim) => claim.sourceCount === 30)!;
    expect(signed).toBeDefined();
    // The claims list: the statement, its citations, then its count.
    const item = html.split("<li>").map((line) => line.split("</li>")[0]!).find((line) => line.startsWith(signed.text.replaceAll("'", "&#39;")) && line.includes(" — 30 sources"))!;
    const numbers = [...item.split(" — ")[0]!.matchAll(/\[(\d+)\]/gu)].map((match) => Number(match[1]));
    expect(numbers.length).toBe(MAX_CITED_PER_STATEMENT);
    const listed = new Map([...html.matchAll(/<li id="s_[0-9a-f]+-cite-(\d+)">([^,:]+)/gu)].map((match) => [Number(match[1]), match[2]!.trim()]));
    expect(new Set(numbers.map((number) => listed.get(number))).size).toBe(5);
  });
});
