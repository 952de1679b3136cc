/**
 * Gender as a title and a first name tell it, so that "Ms. Jenkin" joins Kathryn Jenkin and not
 * her brother David: the honorific's gender from the language's lexicon, the first name's from
 * gender-detection-from-name's lists (the first-name lists' package), loaded on first use since
 * most articles never need them.
 */
import { createRequire } from "node:module";
import type { EntityToken } from "./entity-tokens.js";
import { honorificBefore, type LexiconSets } from "./name-evidence.js";

export type Gender = "female" | "male";

const require = createRequire(import.meta.url);
/** The package's lists, one a language; a list keeps one gender a name, so a name both bear is read by the lists' disagreement. */
const LISTS = ["en", "fr", "es", "it", "de", "tr"];
/**
 * The French list holds a name both genders bear twice, men's then women's, and its Map keeps the last: "paul", "pierre"
 * read female there. Its female readings are left out; its male ones stand.
 */
const FEMALE_UNRELIABLE = new Set(["fr"]);
let lists: Array<{ names: Map<string, string>; femaleReliable: boolean }> | undefined;

/** A first name's gender when every list holding it agrees, null when they differ ("Jean") or none holds it. */
export function firstNameGender(firstName: string): Gender | null {
  lists ??= LISTS.map((list) => ({ names: require(`gender-detection-from-name/names/${list}.js`) as Map<string, string>, femaleReliable: !FEMALE_UNRELIABLE.has(list) }));
  const key = firstName.toLowerCase();
  let found: string | undefined;
  for (const { names, femaleReliable } of lists) {
    const gender = names.get(key);
    if (gender === undefined || (gender === "female" && !femaleReliable)) continue;
    if (found !== undefined && gender !== found) return null;
    found = gender;
  }
  return found === "female" || found === "male" ? found : null;
}

/** The gender of the honorific before the name starting at `first` ("Ms.", "Mme", "Mr."), null without one or for one of either. */
export function honorificGender(tokens: readonly EntityToken[], first: number, sets: LexiconSets): Gender | null {
  const at = honorificBefore(tokens, first, sets);
  if (at === null) return null;
  const word = tokens[at]!.text;
  return sets.feminineHonorifics.has(word) ? "female" : sets.masculineHonorifics.has(word) ? "male" : null;
}
