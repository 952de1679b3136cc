import { describe, expect, it } from "vitest";
import { cleanAuthors } from "./clean-authors.js";
import { cuesFor } from "./lang/index.js";

const en = cuesFor("en");
const fr = cuesFor("fr");

describe("cleanAuthors", () => {
  it.each([
    [["Lindsey O&#039;Donnell"], ["Lindsey O'Donnell"]],
    [["Reuters Updated: January 16"], ["Reuters"]],
    [["Jane Doe, Staff Writer"], ["Jane Doe"]],
    [["By Jane Doe"], ["Jane Doe"]],
    [["Jane Doe | May 3, 2013"], ["Jane Doe"]],
    [["Sam Lee 12:45 PM ET"], ["Sam Lee"]],
    [["Jane Doe", "jane doe", "Sam Lee"], ["Jane Doe", "Sam Lee"]],
    [["Staff Writer"], []],
    [["42"], []],
    [["Comments (3)"], []],
    [["By TOM KRISHER, AP Auto Writer"], ["TOM KRISHER"]],
    [["By MEG KINNARD and ERRIN HAINES, Associated Press"], ["MEG KINNARD", "ERRIN HAINES", "Associated Press"]],
    [["Amy Kuperinsky | NJ Advance Media for NJ.com"], ["Amy Kuperinsky"]],
    [["Bryan DeArdo @BryanDeArdo Nov 18", "2019 at 9:24 pm ET • 2 min read"], ["Bryan DeArdo"]],
    [["Telegraph Sport 19 November 2019 • 1:16pm Follow"], ["Telegraph Sport"]],
    [["Science X staff"], ["Science X"]],
    [["Troy L. Smith, Cleveland.com"], ["Troy L. Smith"]],
    [["Charles de Gaulle"], ["Charles de Gaulle"]],
    [["Analysis by Chris Cillizza"], ["Chris Cillizza"]],
    [["Abby Bynum"], ["Abby Bynum"]],
  ])("English byline %j → %j", (raw, clean) => {
    expect(cleanAuthors(raw, en)).toEqual(clean);
  });

  it.each([
    [["13:36 Uhr"], []],
    [["Marie Dupont, envoyée spéciale"], ["Marie Dupont"]],
    [["La rédaction"], []],
    [["Par Karim Benali mis à jour le 12/03/2025"], ["Karim Benali"]],
    [["AFP"], ["AFP"]],
    [["Émile Zola"], ["Émile Zola"]],
    [["Texte par : Sarah Benali"], ["Sarah Benali"]],
    [["Propos recueillis par Marie Dupont"], ["Marie Dupont"]],
    [["Jean Parisot"], ["Jean Parisot"]],
  ])("French byline %j → %j", (raw, clean) => {
    expect(cleanAuthors(raw, fr)).toEqual(clean);
  });

  it("keeps names that only look like dates or roles in part", () => {
    expect(cleanAuthors(["May Chen", "June Carter", "Tim Staffer", "Augustin Editorin"], en)).toEqual(["May Chen", "June Carter", "Tim Staffer", "Augustin Editorin"]);
  });

  it("drops what is no name: a sentence, a link", () => {
    expect(cleanAuthors(["This article was written with the help of our readers in the region", "https://example.org/jane"], en)).toEqual([]);
  });
});
