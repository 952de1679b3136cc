import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allMatches } from "../../../core/all-matches.js";
import { matchesFromStarts } from "../../../core/matches-from-starts.js";
import { FOLD_CHECKED } from "../../../core/case-fold.js";
import { matchPrefixes } from "../../../core/match-prefixes.js";
import { englishTimeLexicon } from "../../lang/en/time-lexicon.js";
import { frenchTimeLexicon } from "../../lang/fr/time-lexicon.js";
import type { TimeLexicon } from "../../lang/time-lexicon.js";
import { detectorStarts } from "./detector-starts.js";
import { detectors } from "./detectors.js";
import { patternsFor } from "./patterns.js";

const lexicons: Array<[string, TimeLexicon]> = [
  ["fr", frenchTimeLexicon],
  ["en", englishTimeLexicon],
];
const listed = (matches: RegExpExecArray[]) => matches.map((match) => [match.index, ...match]);

/** A check that the sticky patterns tried where detectorStarts says list what global scans list. */
function sameMatches(sources: readonly string[]): (text: string) => void {
  const starts = detectorStarts(sources);
  const global = sources.map((source) => new RegExp(source, "giu"));
  const sticky = sources.map((source) => new RegExp(source, "iuy"));
  return (text) =>
    starts(text).forEach((at, index) => {
      const scanned = listed(allMatches(global[index]!, text));
      expect(at ? listed(matchesFromStarts(sticky[index]!, text, at)) : scanned, `${sources[index]} in ${JSON.stringify(text)}`).toEqual(scanned);
    });
}

describe("detectorStarts", () => {
  it("folds only characters whose folding is checked (core/case-fold.test.ts)", () => {
    for (const [, lexicon] of lexicons) {
      for (const detector of detectors) {
        const chars = (matchPrefixes(detector.pattern(patternsFor(lexicon))) ?? []).flatMap((prefix) => prefix.flatMap((step) => ("chars" in step ? step.chars : [])));
        const unchecked = chars.filter((char) => !FOLD_CHECKED.some(([from, to]) => char.length === 1 && char.charCodeAt(0) >= from && char.charCodeAt(0) <= to));
        expect(unchecked, detector.name).toEqual([]);
      }
    }
  });

  it("lists, for patterns that may or may not open on START, every position a match starts at", () => {
    const check = sameMatches(["mai|(?<![\\p{L}\\p{N}])juin", "(?<![\\p{L}\\p{N}])(?:le\\s*)?(\\d{1,2})\\s+h", "\\s+x", "(?<![\\p{L}\\p{N}])l['’]\\s*été"]);
    for (const text of ["mai juin Juin ajuin amai", "le12 h, Le  3 h, le\u00a04\th, 5 h", " x  x", "L’été, l'Été, lété, l’ ÉTÉ"]) check(text);
  });

  for (const [language, lexicon] of lexicons) {
    const check = sameMatches(detectors.map((detector) => detector.pattern(patternsFor(lexicon))));

    it(`finds the matches a global scan finds (${language}, chosen texts)`, () => {
      const texts = [
        "Le mercredi 24 novembre 2021 à 9 h 10, le 6 mai dernier, 25 - 11 - 2021 et 2021-11-24.",
        "FIN MARS DERNIER, en juin, mi-octobre, début d’avril, Mars prochain, le mois d'août.",
        "Il y a trois ans, dans deux jours, ces derniers jours, environ une heure, 30,4 secondes.",
        "Cet été, l'hiver dernier, l’été 2021, les années 1990, années 90, chaque jour, tous les jeudis.",
        "Hier matin, aujourd’hui, Aujourd'hui, avant-hier, ce soir, cette nuit, dans la soirée, le matin même.",
        "21 h 45, 18h, à midi, minuit, désormais, à l'heure actuelle, le quinquennat, un semestre.",
        "Last year, this week, next month, three days ago, in two weeks, every Monday, the 1990s, on May 5th 2021.",
        "ſeptembre, SEPTEMBRE, Septembre\u00a02024, le\u202fmardi, l’année\ndernière, 1er mai, 12e mai, 2024-05-15T10:30.",
        "Les 6-16 ans, Alain, 53 ans, un chauffeur de 38 ans, 2000 euros, 1998, l'année 2001, en 2000.",
      ];
      for (const text of texts) check(text);
    });

    it(`finds the matches a global scan finds (${language}, random texts from the lexicon's words)`, () => {
      const words = [
        ...Object.keys(lexicon.months),
        ...Object.keys(lexicon.weekdays),
        ...Object.keys(lexicon.numbers),
        ...Object.keys(lexicon.units),
        ...Object.keys(lexicon.partsOfDay),
        ...Object.keys(lexicon.relativeDays),
        ...Object.keys(lexicon.seasons),
        ...Object.keys(lexicon.references),
        ...lexicon.past,
        ...lexicon.future,
        ...lexicon.everyWords,
        lexicon.weekend,
        ...lexicon.grammar.article.split("|"),
        ...lexicon.grammar.demonstrative.split("|"),
        "l'", "l’", "d'", "en", "dans", "il y a", "ago", "de", "h", "1", "12", "2021", "98", "1er", "x", "é",
      ];
      const word = fc.constantFrom(...words).chain((chosen) => fc.constantFrom(chosen, chosen.toUpperCase(), chosen.replace(/s/gu, "ſ"), `${chosen[0]!.toUpperCase()}${chosen.slice(1)}`));
      const gap = fc.constantFrom(" ", " ", "  ", "", "\u00a0", "\t", "\n", "-", ", ", ". ", "'", "5");
      const text = fc.array(fc.tuple(word, gap), { maxLength: 10 }).map((parts) => parts.flat().join(""));
      fc.assert(fc.property(text, check), { numRuns: 300 });
    });
  }
});
