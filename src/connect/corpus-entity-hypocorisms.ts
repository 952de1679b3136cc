/**
 * Whether two given names may name one person: the same, or one a short form of the other, or
 * both short forms of one name ("Mo" and "Maurice", "Katie" and "Kathryn", "Betty" and
 * "Bettie"), by the given-name tables of the languages that have one. Every table is read
 * whatever the article's language: a name's short forms come from the name, not from the
 * language of the article that prints it ("Bill Clinton" in a French article).
 */
import { englishHypocorisms } from "../annotate/lang/en/given-name-hypocorisms.js";

const TABLES: ReadonlyArray<Readonly<Record<string, readonly string[]>>> = [englishHypocorisms];

/** Folded given name → the full names it may stand for, itself included when it is one. */
const FULL_NAMES_OF: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const fullNames = new Map<string, Set<string>>();
  const note = (name: string, full: string) => fullNames.set(name, (fullNames.get(name) ?? new Set()).add(full));
  for (const table of TABLES) {
    for (const [full, shortForms] of Object.entries(table)) {
      note(full, full);
      for (const short of shortForms) note(short, full);
    }
  }
  return fullNames;
})();

/** Two different folded given names one person may be called by, per the tables. */
export function hypocorismsOfOneName(a: string, b: string): boolean {
  if (a === b) return false;
  const ofA = FULL_NAMES_OF.get(a);
  const ofB = FULL_NAMES_OF.get(b);
  return ofA !== undefined && ofB !== undefined && [...ofA].some((full) => ofB.has(full));
}
