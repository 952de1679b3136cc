/**
 * Country names in a written sentence take their article: « avec le Maroc », « en France »,
 * « aux États-Unis », « d'Israël », "with the United States". Which names are countries comes
 * from world-countries (its French and English common and official names, as the gazetteer's);
 * no package gives French genders, so they follow French grammar's rule (a name whose head word
 * ends in a mute e is feminine, one whose head ends in s is plural) with the exceptions below,
 * checked against the Journal officiel's list of state names (recommendation of 24 September
 * 2008, « Liste des noms d'États »), which gives each name with its article.
 */
import { createRequire } from "node:module";
import type { Countries } from "world-countries";
import { foldAccents } from "../core/terms.js";
import type { ReportLanguage } from "./readable-date.js";

const require = createRequire(import.meta.url);

/** Names compared without case, accents or the apostrophe's form ("Etats-Unis", "Côte d’Ivoire"). */
function nameKey(name: string): string {
  return foldAccents(name.toLowerCase()).replace(/’/gu, "'");
}

type FrenchArticle = "le" | "la" | "les" | "none";

/** Head words ending in a mute e that are masculine (le Mexique, le Cambodge). */
const MASCULINE_IN_E = new Set(["mexique", "cambodge", "mozambique", "zimbabwe", "belize", "suriname", "royaume"]);
/** Head words ending in s that are singular (le Honduras, le Laos). */
const SINGULAR_IN_S = new Set(["honduras", "laos", "belarus", "bélarus"]);
/** Plural names whose head does not end in s (les Fidji). */
const PLURAL = new Set(["fidji"]);
/** States and territories named without an article (Israël, Cuba, Singapour): islands and city-states mostly. */
const NO_ARTICLE = new Set(
  [
    "israël", "cuba", "chypre", "malte", "singapour", "madagascar", "haïti", "bahreïn", "oman", "monaco", "taïwan", "djibouti", "nauru", "tuvalu",
    "kiribati", "hong kong", "macao", "porto rico", "gibraltar", "guam", "aruba", "anguilla", "jersey", "guernesey", "montserrat", "curaçao",
    "mayotte", "tokelau", "niue", "samoa", "tonga", "antigua-et-barbuda", "trinité-et-tobago", "wallis-et-futuna", "sao tomé-et-principe",
    "são tomé et príncipe", "ahvenanmaa", "svalbard et jan mayen",
  ].map(nameKey),
);
/** Other French names of countries the press uses that world-countries does not hold. */
const FRENCH_EXTRA_NAMES = ["Grande-Bretagne", "Angleterre", "Écosse", "Hollande", "États-Unis d'Amérique", "Émirats", "Birmanie", "Biélorussie", "République tchèque", "Cap-Vert", "Vietnam"];
/** English names of places the press uses that world-countries does not hold. */
const ENGLISH_EXTRA_NAMES = ["Soviet Union", "Czech Republic", "Democratic Republic of the Congo", "West Bank", "Gaza Strip"];
/** English names taking "the": these words in a country's name, or these names. */
const ENGLISH_DEFINITE = /\b(?:Republic|West Bank|Gaza Strip|Kingdom|United|States|Islands|Emirates|Union|Federation|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Vatican|Ivory Coast|Congo|Holy See)\b|^(?:US|U\.S\.|USA|U\.S\.A\.|UK|U\.K\.|UAE|DRC)$/u;
/** A French name opening with one of these elides its article (l'Égypte); an initial h is aspirated in country names (le Honduras, la Hongrie). */
const FRENCH_VOWEL = /^(?:[aeiouàâäéèêëîïôöûüœ]|haïti)/iu;

interface CountryNames {
  fr: Map<string, FrenchArticle>;
  en: Set<string>;
}

let names: CountryNames | null = null;

/** The country names of both languages, folded; loaded on first use, as a report or a page may never name one. */
function countryNames(): CountryNames {
  if (names) return names;
  // The package's ESM entry imports JSON without an import attribute, which Node 20 refuses.
  const countries = require("world-countries") as Countries;
  const fr = new Map<string, FrenchArticle>();
  const en = new Set<string>();
  for (const country of countries) {
    const french = country.translations.fra;
    for (const name of french ? [french.common, french.official] : []) fr.set(nameKey(name), frenchArticleOf(name));
    for (const name of [country.name.common, country.name.official]) en.add(nameKey(name));
  }
  for (const name of FRENCH_EXTRA_NAMES) fr.set(nameKey(name), frenchArticleOf(name));
  for (const name of ENGLISH_EXTRA_NAMES) en.add(nameKey(name));
  names = { fr, en };
  return names;
}

/** The article a French country name takes, from its head word (« Corée du Sud » → Corée, « Royaume-Uni » → Royaume). */
function frenchArticleOf(name: string): FrenchArticle {
  const folded = nameKey(name);
  if (NO_ARTICLE.has(folded) || /^saint/u.test(folded)) return "none";
  const head = name.split(/[\s-]/u)[0]!.toLowerCase();
  if (PLURAL.has(head) || (/[sx]$/u.test(head) && !SINGULAR_IN_S.has(head))) return "les";
  return /e$/u.test(head) && !MASCULINE_IN_E.has(head) ? "la" : "le";
}

/** The article of a French country name, or null when the name is not a country's. */
function frenchArticle(name: string): FrenchArticle | null {
  return countryNames().fr.get(nameKey(name)) ?? null;
}

/** Whether an English name needs "the" ("the United States", "the Netherlands"). */
function takesEnglishThe(name: string): boolean {
  return ENGLISH_DEFINITE.test(name) && (countryNames().en.has(nameKey(name)) || /^[A-Z.]+$/u.test(name));
}

/** A name as a sentence uses it: « le Maroc », « l'Égypte », « les États-Unis », « Israël », "the United States"; any other name as it is. */
export function definiteName(name: string, language: ReportLanguage): string {
  if (language === "en") return takesEnglishThe(name) ? `the ${name}` : name;
  const article = frenchArticle(name);
  if (article === null || article === "none") return name;
  if (article !== "les" && FRENCH_VOWEL.test(name)) return `l'${name}`;
  return `${article} ${name}`;
}

/** French « à » and « de » before a name, contracted with its article: « au Maroc », « aux États-Unis », « du Maroc », « de la France », « d'Israël ». */
export function frenchPreposition(preposition: "à" | "de", name: string): string {
  const phrase = definiteName(name, "fr");
  if (phrase.startsWith("le ")) return `${preposition === "à" ? "au" : "du"} ${phrase.slice(3)}`;
  if (phrase.startsWith("les ")) return `${preposition === "à" ? "aux" : "des"} ${phrase.slice(4)}`;
  if (preposition === "de" && FRENCH_VOWEL.test(phrase)) return `d'${phrase}`;
  return `${preposition} ${phrase}`;
}

/**
 * Where something happened: « au Maroc », « en France », « en Iran », « aux États-Unis », « à
 * Cuba », « à <town> », "in the United States". French needs to know the place: a country by
 * its name, a town when `town` says so; for any other place (a region, a sea) it returns null.
 */
export function placePhrase(name: string, language: ReportLanguage, town = false): string | null {
  if (language === "en") return `in ${definiteName(name, "en")}`;
  const article = frenchArticle(name);
  if (article === null) return town ? `à ${name}` : null;
  if (article === "les") return `aux ${name}`;
  if (article === "la" || FRENCH_VOWEL.test(name)) return `en ${name}`;
  return article === "le" ? `au ${name}` : `à ${name}`;
}
