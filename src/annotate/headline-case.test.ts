import { describe, expect, it } from "vitest";
import { makeArticle } from "../../test/make-article.js";
import { annotateArticle } from "./annotate-article.js";
import { headlineCasedForNames, type CaseEvidence } from "./headline-case.js";

const evidence: CaseEvidence = { words: new Set(["checks", "into", "rehab", "report", "make", "huge", "offer", "to", "visite"]), firstNames: new Set(["mark"]) };

/** The text recased, with the body's sentences as the sentence stage would give them. */
function recased(headline: string, body: string): string {
  const text = `${headline}\n\n${body}`;
  const from = headline.length + 2;
  const sentences = [{ start: 0, end: headline.length }, ...[...body.matchAll(/[^.]+\./gu)].map((match) => ({ start: from + match.index, end: from + match.index + match[0].length }))];
  return headlineCasedForNames(text, { start: 0, end: headline.length }, sentences, evidence).slice(0, headline.length);
}

describe("headlineCasedForNames", () => {
  it.each([
    // Title case: every word takes the body's case, else the word list's.
    ["Karel Novak Checks Into Rehab at Saint Ives Clinic", "Karel Novak went to rehab at the Saint Ives Clinic on Monday.", "Karel Novak checks into rehab at Saint Ives Clinic"],
    // All capitals: a name gets the body's spelling, an unknown long word one capital, a short one stays an acronym.
    ["REPORT: HALDEN ROVERS MAKE HUGE OFFER TO TEIXO", "The Halden Rovers offered Teixo a contract.", "report: Halden Rovers make huge offer to Teixo"],
    ["NBA FINES HALDEN", "The league fined Halden.", "NBA Fines Halden"],
    // Sentence case: only the first word's capital says nothing.
    ["Visite de Karel Novak au Maroc", "La visite de Karel Novak commence lundi.", "visite de Karel Novak au Maroc"],
    // A first name the body does not use keeps its capital.
    ["Mark Novak Checks Into Rehab", "Novak went to rehab.", "Mark Novak checks into rehab"],
  ])("%s → %s", (headline, body, expected) => {
    expect(recased(headline, body)).toBe(expected);
  });

  it("reads the body's case inside sentences only, where a capital means a name", () => {
    expect(recased("Halden Rovers Fans Make Offer", "The fans of the Halden Rovers cheered. Fans sang.")).toBe("Halden Rovers fans make offer");
    expect(recased("Halden Rovers Fans Make Offer", "Fans of the club cheered.")).toBe("Halden Rovers Fans make offer");
  });

  it("changes nothing without a headline", () => {
    expect(headlineCasedForNames("BODY TEXT ONLY.", null, [], evidence)).toBe("BODY TEXT ONLY.");
  });
});

describe("title-case lines the extraction did not take for the title", () => {
  const body = "Karel Novak went to rehab at the Saint Ives Clinic on Monday, his lawyer said.";
  it("are read word by word from the body, a word only losing its capital", () => {
    const text = `9 / 10 / 2010 @ 1: 19PM\n\nKarel Novak Checks Into Rehab\n\n${body}`;
    const lines = headlineCasedForNames(text, { start: 0, end: 23 }, [{ start: 55, end: text.length }], evidence).split("\n\n");
    expect(lines[1]).toBe("Karel Novak checks into rehab");
  });

  it("with no title at all too, but a line ending as a sentence ends is prose", () => {
    expect(headlineCasedForNames(`Karel Novak Checks Into Rehab\n\n${body}`, null, [], evidence).split("\n\n")[0]).toBe("Karel Novak checks into rehab");
    expect(headlineCasedForNames(`Karel Novak Checks Into Rehab.\n\n${body}`, null, [], evidence).split("\n\n")[0]).toBe("Karel Novak Checks Into Rehab.");
  });
});

describe("names in a title-case headline", () => {
  it("are the names, not the whole line, and keep the words as written", () => {
    const headline = "Karel Novak Checks Into Rehab At Saint Ives Clinic";
    const { article } = makeArticle(`${headline}\n\nKarel Novak checked into rehab at the Saint Ives Clinic on Monday, his lawyer said.`, { title: headline, language: "en" });
    const annotated = annotateArticle(article);
    const inHeadline = annotated.annotations.entities.flatMap((entity) => entity.mentions.filter((mention) => mention.end <= headline.length).map((mention) => mention.text));
    expect(inHeadline).toContain("Karel Novak");
    expect(inHeadline.some((text) => /Checks|Rehab/u.test(text))).toBe(false);
    for (const entity of annotated.annotations.entities) for (const mention of entity.mentions) expect(mention.text).toBe(annotated.text.slice(mention.start, mention.end));
  });
});
