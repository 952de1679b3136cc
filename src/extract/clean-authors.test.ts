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
    [["Ilana Muhlstein, MS, RDN"], ["Ilana Muhlstein"]],
    [["By John Roe MD and Sam Lee, Ph.D."], ["John Roe", "Sam Lee"]],
    [["Jane Doe M.S., R.D."], ["Jane Doe"]],
    [["John Smith, Jr."], ["John Smith Jr."]],
    [["Matthew Digby, Minh Do"], ["Matthew Digby", "Minh Do"]],
    [["Nguyen Van Do"], ["Nguyen Van Do"]],
    [["By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 05:00 am PT (08:00 am ET)"], ["Mike Wuerthele", "Malcolm Owen"]],
    [["Malcolm Owen Mon 18 Nov 2019"], ["Malcolm Owen"]],
    [["Текст: Венера Ерофеева"], ["Венера Ерофеева"]],
  ])("English byline %j → %j", (raw, clean) => {
    expect(cleanAuthors(raw, en)).toEqual(clean);
  });

  it.each([
    [["Jill Disis, CNN Business"], "CNN", ["Jill Disis"]],
    [["Analysis by Chris Cillizza, CNN Editor-at-large"], "CNN", ["Chris Cillizza"]],
    [["Sandee LaMotte, CNN"], "CNN", ["Sandee LaMotte"]],
    [["Charlie Wood, Business Insider"], "Business Insider Deutschland", ["Charlie Wood"]],
    [["Finian Cunningham. Sputnik International"], "Sputnik International", ["Finian Cunningham"]],
    // Another outlet is a source the article was taken from, and an outlet alone is its own byline.
    [["Victor Tangermann, Futurism"], "ScienceAlert", ["Victor Tangermann", "Futurism"]],
    [["MEG KINNARD and ERRIN HAINES, Associated Press"], "Connecticut Post", ["MEG KINNARD", "ERRIN HAINES", "Associated Press"]],
    [["BBC News"], "BBC News", ["BBC News"]],
    // A JSON-LD author list gives the affiliation and the credentials as entries of their own.
    [["Chris Cillizza", "CNN Editor-at-large"], "CNN", ["Chris Cillizza"]],
    [["Ilana Muhlstein", "MS", "RDN"], "The Beachbody Blog", ["Ilana Muhlstein"]],
  ])("byline %j on %s → %j: the outlet the author writes for is no author", (raw, outlet, clean) => {
    expect(cleanAuthors(raw, en, { outlet })).toEqual(clean);
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
    [["Claire Morvan, lundi 18 novembre 2019"], ["Claire Morvan"]],
    [["Texte : Claire Morvan"], ["Claire Morvan"]],
  ])("French byline %j → %j", (raw, clean) => {
    expect(cleanAuthors(raw, fr)).toEqual(clean);
  });

  it("keeps names that only look like dates or roles in part", () => {
    expect(cleanAuthors(["May Chen", "June Carter", "Tim Staffer", "Augustin Editorin"], en)).toEqual(["May Chen", "June Carter", "Tim Staffer", "Augustin Editorin"]);
    // A weekday is a date only before a number, a month or, written in full, a comma.
    expect(cleanAuthors(["Joe Friday", "Sam, Jane Doe"], en)).toEqual(["Joe Friday", "Sam", "Jane Doe"]);
  });

  it("drops what is no name: a sentence, a link", () => {
    expect(cleanAuthors(["This article was written with the help of our readers in the region", "https://example.org/jane"], en)).toEqual([]);
  });
});
