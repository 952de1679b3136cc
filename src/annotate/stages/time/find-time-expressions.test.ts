import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frenchTimeLexicon } from "../../lang/fr/time-lexicon.js";
import { findTimeExpressions } from "./find-time-expressions.js";

/** Publication: Wednesday 15 October 2025, 10:30. */
const published = "2025-10-15T10:30";
const found = (text: string, at: string | null = published) => findTimeExpressions(text, { language: "fr", published: at }).map((t) => [t.text, t.value]);

describe("findTimeExpressions (French)", () => {
  it.each([
    ["Le traité a été signé le 14 octobre 2025 à 18 h 42.", [["le 14 octobre 2025 à 18 h 42", "2025-10-14T18:42"]]],
    ["Publié le 15-10-2025 08:03 et le 16 - 10 - 2025.", [["15-10-2025 08:03", "2025-10-15T08:03"], ["16 - 10 - 2025", "2025-10-16"]]],
    ["Les relations ont repris en décembre 2024.", [["décembre 2024", "2024-12"]]],
    ["Un match joué en octobre 98.", [["octobre 98", "1998-10"]]],
    ["Il avait frôlé la rupture fin juin dernier.", [["fin juin dernier", "2025-06"]]],
    ["Le texte entrera en vigueur en mars prochain.", [["mars prochain", "2026-03"]]],
    ["Des liens noués dans les années 1980.", [["les années 1980", "198"]]],
    ["Hier lundi, le ministre a parlé.", [["Hier lundi", "2025-10-14"]]],
    ["Il est arrivé mardi soir.", [["mardi soir", "2025-10-14TEV"]]],
    ["Il repartira jeudi.", [["jeudi", "2025-10-16"]]],
    ["Il est reparti lundi.", [["lundi", "2025-10-13"]]],
    ["Le ministre israélien a atterri mardi soir à Ankara, devant la caméra.", [["mardi soir", "2025-10-14TEV"]]],
    ["Le ministre rencontrera son homologue vendredi.", [["vendredi", "2025-10-17"]]],
    ["La commission se réunira la semaine prochaine.", [["la semaine prochaine", "2025-W43"]]],
    ["Les élections de l'année dernière.", [["l'année dernière", "2024"]]],
    ["Un accord signé il y a trois ans.", [["il y a trois ans", "2022"]]],
    ["Les négociations ont duré deux jours.", [["deux jours", "P2D"]]],
    ["Il a couru en 30,4 secondes.", [["30,4 secondes", "PT30.4S"]]],
    ["La piscine ouvre chaque jour, et cet été aussi.", [["chaque jour", "P1D"], ["cet été", "2025-SU"]]],
    ["Mardi, vers 21 h 45, l'alerte a été donnée.", [["Mardi", "2025-10-14"], ["21 h 45", "2025-10-14T21:45"]]],
    ["Lundi, le feu a pris dans la nuit.", [["Lundi", "2025-10-13"], ["dans la nuit", "2025-10-13TNI"]]],
    ["Le bilan du premier semestre est publié ce week-end.", [["semestre", "P6M"], ["ce week-end", "2025-W42-WE"]]],
    ["Les travaux reprendront en septembre.", [["septembre", "2025-09"]]],
    ["Il a hésité pendant des années.", [["des années", "PXY"]]],
    // A day without its year: the nearest, leaning to the past in a past sentence and to the future in a future one.
    ["Le traité a été signé le 19 novembre.", [["le 19 novembre", "2025-11-19"]]],
    ["Le traité a été signé le 30 janvier.", [["le 30 janvier", "2025-01-30"]]],
    ["Le traité sera signé le 30 janvier.", [["le 30 janvier", "2026-01-30"]]],
    ["Le traité sera signé le 2 mai.", [["le 2 mai", "2026-05-02"]]],
    ["Le traité a été signé le 2 mai.", [["le 2 mai", "2025-05-02"]]],
    // French puts the day first: two digits after a month are a year ("octobre 98" above, "novembre 19").
    ["Un contrat daté de novembre 19.", [["novembre 19", "2019-11"]]],
    // A year after a comma is the date's, unless a count follows.
    ["Le séisme a frappé le 27 novembre, 2005 à 10 h 30.", [["le 27 novembre, 2005 à 10 h 30", "2005-11-27T10:30"]]],
    ["Le 6 mai, 2000 personnes ont défilé.", [["Le 6 mai", "2025-05-06"]]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    "La sonde s'est posée sur la planète Mars.",
    "Le chantier a été suspendu pour la maison.",
    "Une hausse de 2000 euros et 2025 personnes inscrites.",
    "Alain Martin, 53 ans, employé de la société.",
    "Le quotidien régional a publié l'information.",
    "Il s'agit d'une chose très importante jusqu'ici.",
    "Le premier ministre a remporté sa 35e victoire.",
    "Maimaison et Demaine sont des communes.",
    "Les Jeux d'hiver ont été annulés, le mai a été planté.",
    "Un jour, je raconterai cette visite à mes petits-enfants.",
  ])("finds nothing in: %s", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("keeps relative expressions unresolved without a publication date", () => {
    expect(findTimeExpressions("Il est arrivé mardi soir, hier.", { language: "fr", published: null }).map((t) => [t.text, t.value, t.anchored])).toEqual([
      ["mardi soir", null, true],
      ["hier", null, true],
    ]);
  });

  it("keeps a day and month without a year as TIMEX3's unknown year when there is no publication date", () => {
    expect(found("Ils ont signé ce mercredi 24 novembre à Corvalle.", null)).toEqual([["mercredi 24 novembre", "XXXX-11-24"]]);
  });

  it("resolves absolute dates without a publication date", () => {
    expect(found("Signé le 14 octobre 2025.", null)).toEqual([["le 14 octobre 2025", "2025-10-14"]]);
  });

  it("returns nothing for a language without a time lexicon", () => {
    expect(findTimeExpressions("Signed on 14 October 2025.", { language: "xx", published })).toEqual([]);
  });

  it("reads a weekday and its written date as one date, with or without a comma (property)", () => {
    // The first name of each weekday and month is its full one.
    const nameOf = (names: Record<string, number>, number: number) => Object.entries(names).find(([, value]) => value === number)![0];
    fc.assert(
      fc.property(fc.date({ min: new Date("1950-01-01"), max: new Date("2090-12-31"), noInvalidDate: true }), fc.constantFrom("", ","), (day, comma) => {
        const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
        const written = `${nameOf(frenchTimeLexicon.weekdays, day.getUTCDay() || 7)}${comma} ${d} ${nameOf(frenchTimeLexicon.months, m)} ${y}`;
        expect(found(`Le conseil s'est réuni ${written} à Rome.`)).toEqual([[written, `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`]]);
      }),
    );
  });

  it("reads every valid numeric date (property)", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1950-01-01"), max: new Date("2090-12-31"), noInvalidDate: true }), (day) => {
        const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
        const written = `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`;
        expect(found(`Le ${written}, tout a changé.`)).toEqual([[written, `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`]]);
      }),
    );
  });
});
