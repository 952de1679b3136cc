/** French words for time expressions: data only; the detectors in stages/time/ read it. */
import type { TimeLexicon } from "../time-lexicon.js";

export const frenchTimeLexicon: TimeLexicon = {
  grammar: {
    article: "le|la|l['’]|les",
    demonstrative: "cette|cet|ce",
    pluralDeterminer: "ces|les",
    of: "de\\s+|d['’]",
    at: "à",
    in: "en",
    within: "dans",
    ago: "il\\s+y\\s+a",
    agoAfter: "(?!)",
    later: "dans",
    approximately: "environ|près\\s+de|plus\\s+de|moins\\s+de",
    firstDaySuffix: "er",
    hour: "h",
    decades: "années",
    yearWord: "année",
    monthWord: "mois",
    same: "même",
  },
  months: {
    janvier: 1, "février": 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, "août": 8, aout: 8,
    septembre: 9, octobre: 10, novembre: 11, "décembre": 12, decembre: 12,
  },
  weekdays: { lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7 },
  numbers: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
    treize: 13, quatorze: 14, quinze: 15, seize: 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, vingt: 20, trente: 30,
    quarante: 40, cinquante: 50, soixante: 60, cent: 100, quelques: -1, plusieurs: -1, des: -1,
  },
  units: {
    seconde: "S", secondes: "S", minute: "MIN", minutes: "MIN", heure: "H", heures: "H", jour: "D", jours: "D", journée: "D", journées: "D",
    semaine: "W", semaines: "W", mois: "M", an: "Y", ans: "Y", "année": "Y", "années": "Y", "décennie": "DE", "décennies": "DE", "siècle": "CE", "siècles": "CE",
  },
  partsOfDay: { matin: "MO", "matinée": "MO", "après-midi": "AF", soir: "EV", "soirée": "EV", nuit: "NI" },
  relativeDays: { "avant-hier": -2, hier: -1, "aujourd'hui": 0, "aujourd’hui": 0, demain: 1, "après-demain": 2 },
  past: ["dernier", "dernière", "passé", "passée", "précédent", "précédente"],
  future: ["prochain", "prochaine", "suivant", "suivante"],
  this: ["ce", "cet", "cette"],
  /** Article-like openers a relative period takes: "l'année dernière", "la semaine prochaine". */
  periodWords: { "année": "Y", an: "Y", mois: "M", semaine: "W" },
  rangeModifiers: { "début": "START", "fin": "END", "mi": "MID", "milieu": "MID" },
  clockWords: { midi: 12, minuit: 0 },
  seasons: { printemps: "SP", "été": "SU", ete: "SU", automne: "FA", hiver: "WI" },
  everyWords: ["chaque", "tous les", "toutes les"],
  periodNouns: { trimestre: "P3M", trimestres: "P3M", semestre: "P6M", semestres: "P6M", quinquennat: "P5Y", septennat: "P7Y", "décennie": "P10Y", "siècle": "P100Y", "millénaire": "P1000Y" },
  ambiguousMonths: ["mars", "mai"],
  weekend: "week-end",
  idioms: ["un jour", "une fois", "un temps", "un moment"],
  references: { "désormais": "PRESENT_REF", actuellement: "PRESENT_REF", "à présent": "PRESENT_REF", "à l'heure actuelle": "PRESENT_REF", auparavant: "PAST_REF", autrefois: "PAST_REF", jadis: "PAST_REF", "à l'avenir": "FUTURE_REF" },
  /**
   * Future forms that put a sentence in the future: regular futures ("signera", "finiront"),
   * frequent irregular ones, and "aller"/"devoir" + infinitive. Unicode-aware boundaries:
   * "\\b" would cut "israélien" after "isra".
   */
  futureMarkers: /(?<![\p{L}\p{N}])(?:\p{L}{2,}(?:era|eront|erai|erons|erez|ira|iront)|sera|seront|aura|auront|fera|feront|ira|iront|pourra|pourront|devra|devront|viendra|viendront|verra|verront|va|vont|allait|allaient|devait|devaient|doit|doivent|prévoit|prévoient)(?![\p{L}\p{N}])/iu,
  /** Compound past ("a signé", "ont été reçus", "s'est rendu"), imperfect ("signait") and "hier". */
  pastMarkers: /(?<![\p{L}\p{N}])(?:(?:a|ont|avait|avaient|est|sont|était|étaient|fut|furent)\s+(?:\p{L}+\s+)?\p{L}{2,}(?:é|ée|és|ées|i|ie|is|ies|it|u|ue|us|ert|erte|ort)|\p{L}{2,}(?:ait|aient)|hier)(?![\p{L}\p{N}])/iu,
  /** Quantity nouns after a number that make it a count, not a year ("2000 euros"). */
  quantityNouns: /^\s*(?:%|euros?|dollars?|francs?|personnes?|habitants?|salariés?|emplois?|morts?|victimes?|voix|mètres?|km|kilomètres?|tonnes?|hectares?|exemplaires?|points?|logements?|élèves?|soldats?|m²|€|\$)/iu,
  dateOrder: "day-month",
};
