/**
 * Writes src/annotate/lang/<lang>/region-names.json: the names of countries' subdivisions
 * (states, provinces, cantons, regions: "Vaud", "Bavière", "Californie") with their country's
 * ISO 3166-1 code, from ISO 3166-2 as Debian's iso-codes ships it (LGPL-2.1+): the subdivision's
 * own name and, where the catalogue has one, the language's translation. Short words of the
 * language ("Nord", "Lot") and generic ones ("Centre", "Littoral") are left out: a capital
 * letter at a sentence's start would not make them places.
 *   npx tsx scripts/build-region-names.ts fr
 */
import { createRequire } from "node:module";
import { mo } from "gettext-parser";
import { foldAccents } from "../src/core/terms.js";
import { languageArgument, readIfPresent, writeLexiconData } from "./lexicon-data.js";

const require = createRequire(import.meta.url);
const WORD_LISTS: Record<string, string> = { fr: "an-array-of-french-words", en: "an-array-of-english-words" };
/** Subdivision kinds a newspaper names as regions; districts, municipalities and cities are too many and too small. */
/** Words of four letters or fewer are too often the word itself; these longer ones name a part of any country. */
const MAX_SHORT_WORD = 4;
const GENERIC = new Set(["centre", "littoral", "capitale", "interieur", "occidentale", "orientale", "septentrionale", "meridionale", "centrale", "maritime", "central", "coast", "interior", "capital", "northern", "southern", "eastern", "western"]);
const KINDS = new Set(["State", "Province", "Region", "Canton", "Land", "Autonomous community", "Autonomous region", "Autonomous republic", "Country", "Nation", "Federal district", "Territory", "Oblast", "Governorate", "Prefecture", "Metropolitan region", "Geographical region", "Republic", "Department", "Metropolitan department"]);

const language = languageArgument("build-region-names.ts");
const json = readIfPresent("/usr/share/iso-codes/json/iso_3166-2.json");
if (!json) {
  process.stderr.write("/usr/share/iso-codes/json/iso_3166-2.json is missing: apt-get install iso-codes\n");
  process.exit(2);
}
const catalogue = readIfPresent(`/usr/share/locale/${language}/LC_MESSAGES/iso_3166-2.mo`);
const translations = catalogue ? (mo.parse(catalogue).translations[""] ?? {}) : {};
const subdivisions = (JSON.parse(json.toString("utf8")) as { "3166-2": Array<{ code: string; name: string; type: string }> })["3166-2"];
const words = new Set((WORD_LISTS[language] ? (require(WORD_LISTS[language]) as string[]) : []).map((word) => foldAccents(word.toLowerCase())));

const names = new Map<string, [string, string]>();
for (const { code, name, type } of subdivisions) {
  if (!KINDS.has(type)) continue;
  const country = code.slice(0, 2);
  const translated = translations[name]?.msgstr[0];
  // "Catalunya [Cataluña]": the bracket holds another official form.
  const forms = [...name.split(/\s*\[|\]\s*/u), ...(translated ? [translated] : [])].map((form) => form.trim()).filter(Boolean);
  for (const form of forms) {
    const folded = foldAccents(form.toLowerCase());
    // One letter case or comma forms ("Flamande, Région") are catalogue sorting keys, not names.
    const isWord = words.has(folded) && (folded.length <= MAX_SHORT_WORD || GENERIC.has(folded));
    if (form.length < 3 || form.includes(",") || isWord || GENERIC.has(folded) || names.has(folded)) continue;
    names.set(folded, [country, form]);
  }
}
const sorted = [...names.values()].sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
writeLexiconData(
  language,
  "region-names.json",
  "Subdivisions of countries (ISO 3166-2: states, provinces, cantons, regions) by the country's ISO 3166-1 code, in their own and this language's names, from Debian's iso-codes (LGPL-2.1+). Made by scripts/build-region-names.ts.",
  sorted,
);
