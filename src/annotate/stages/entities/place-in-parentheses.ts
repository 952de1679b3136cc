/**
 * A name in parentheses right after a person's is where the person is from: a town in lists of
 * delegates and results ("Anna Lund (Morges), Jan Berg (Sion)"), or a country abbreviated as the
 * sports pages do ("1. Olano (Esp) 47'07"). Parties and agencies written as acronyms ("(UDC)",
 * "(AFP)") keep their own reading; an abbreviation names a country only when one country's name
 * alone starts with it, else the place stays unresolved.
 */
import type { EntityType } from "../../annotation.js";
import type { EntityToken } from "./entity-tokens.js";
import { fold, type Gazetteer, type Place } from "./gazetteer.js";

/** "Esp", "Ukr": sports pages cut a country's name to two to four letters. */
const MIN_ABBREVIATION = 2;
const MAX_ABBREVIATION = 4;

const abbreviationsOf = new WeakMap<Gazetteer, Map<string, Place | null>>();

/** Folded abbreviation (a name's first letters) → the one country it can stand for, or null when several share it. */
function countryAbbreviations(gazetteer: Gazetteer): Map<string, Place | null> {
  let abbreviations = abbreviationsOf.get(gazetteer);
  if (abbreviations) return abbreviations;
  const candidates = new Map<string, Map<string, Place>>();
  const add = (abbreviation: string, place: Place) => {
    const byCode = candidates.get(abbreviation) ?? candidates.set(abbreviation, new Map()).get(abbreviation)!;
    byCode.set(place.countryCode!, place);
  };
  for (const [key, place] of gazetteer.places) {
    if (place.kind !== "country" || !place.countryCode) continue;
    // Official forms ("république de …") would make every republic share "Rép": one-word keys and the common name only.
    for (const name of key.includes(" ") ? [fold(place.name)] : [key, fold(place.name)]) {
      const word = name.split(/[\s-]+/u)[0]!;
      for (let length = MIN_ABBREVIATION; length <= Math.min(MAX_ABBREVIATION, word.length - 1); length += 1) add(word.slice(0, length), place);
    }
  }
  abbreviations = new Map([...candidates].map(([abbreviation, byCode]) => [abbreviation, byCode.size === 1 ? [...byCode.values()][0]! : null]));
  abbreviationsOf.set(gazetteer, abbreviations);
  return abbreviations;
}

export interface PreviousName {
  lastToken: number;
  type: EntityType | null;
}

/**
 * The reading of the one-word name at `first` when it stands in parentheses right after a
 * person's name: a place (its country when the abbreviation is one's), or undefined when the
 * rule does not apply.
 */
export function placeInParentheses(
  tokens: readonly EntityToken[],
  first: number,
  last: number,
  previous: PreviousName | undefined,
  gazetteer: Gazetteer,
): { place: Place | null } | undefined {
  if (first !== last || !previous || previous.lastToken !== first - 2 || previous.type === "LOC" || previous.type === "ORG") return undefined;
  // "(It, bonif. 12")": the results may go on inside the parentheses.
  if (tokens[first - 1]?.text !== "(" || (tokens[last + 1]?.text !== ")" && tokens[last + 1]?.text !== ",")) return undefined;
  const word = tokens[first]!;
  const known = gazetteer.places.get(word.folded) ?? gazetteer.smallTowns.get(word.folded);
  if (known) return { place: known };
  // An acronym ("UDC", "AFP") is a party's or an agency's.
  if (word.text === word.text.toUpperCase()) return undefined;
  const abbreviation = word.text.length <= MAX_ABBREVIATION ? countryAbbreviations(gazetteer).get(word.folded) : undefined;
  return { place: abbreviation ?? null };
}
