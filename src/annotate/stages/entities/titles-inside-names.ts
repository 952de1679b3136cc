/**
 * Titles and team words standing between names in a capitalised run, in languages that
 * capitalise titles: "Denver Owls RB Dale Morrow", "Ashford Athletic Director Joan
 * Pell", "fellow Owl Sam Ortega". Left in, they glue a team and a person into one
 * name no other article writes, so neither is linked across articles.
 */
import type { EntityToken } from "./entity-tokens.js";
import type { Gazetteer } from "./gazetteer.js";
import { ACRONYM, isOrdinaryWord, type LexiconSets } from "./name-evidence.js";

/** Letters of an abbreviated title ("RB", "GM", "QB"); longer capitals are organisations' names ("NATO"). */
const MAX_TITLE_ABBREVIATION_LETTERS = 3;

/**
 * Where a title inside the run [first, last] starts, when a name comes before it and a person's
 * name (a first name and one more word) after it; null when there is none. The title is a role
 * noun with the ordinary words and role nouns before it ("Chief Deputy City Attorney"), or an
 * abbreviation between two names ("Owls RB Dale Morrow"). A run that opens with its title
 * ("Defence Minister Karel Novak") is the caller's other rule.
 */
export function titleInsideRun(tokens: readonly EntityToken[], first: number, last: number, gazetteer: Gazetteer, sets: LexiconSets): number | null {
  for (let t = first + 1; t + 1 <= last; t += 1) {
    const token = tokens[t]!;
    // "Owls RB Morrow": a listed position needs no first name after it.
    if (sets.positionTitles.has(token.text) && tokens[t + 1]!.capitalized && tokens[t + 1]!.isWord) return t;
    const abbreviation = isTitleAbbreviation(token, gazetteer);
    if (t + 2 > last || (!abbreviation && !sets.roleNouns.has(token.folded))) continue;
    if (!gazetteer.firstNames.has(tokens[t + 1]!.folded) || !tokens[t + 2]!.capitalized || !tokens[t + 2]!.isWord) continue;
    let start = t;
    // "Owls RB": an abbreviation is the title alone, the plural before it the team's name.
    if (!abbreviation) while (start - 1 > first && isTitleWord(tokens[start - 1]!, gazetteer, sets)) start -= 1;
    // "Defence Minister Karel Novak" opens with its title; "Owls RB" has a name before it, a word or not.
    if (!abbreviation && tokens.slice(first, start).every((word) => !word.isWord || isOrdinaryWord(word, gazetteer))) return null;
    return start;
  }
  return null;
}

/** "DT Sam Ortega", "RB Morrow": a listed position opening the run is a title before the player's name. */
export function opensWithPosition(tokens: readonly EntityToken[], first: number, last: number, sets: LexiconSets): boolean {
  return first < last && sets.positionTitles.has(tokens[first]!.text) && tokens[first + 1]!.capitalized && tokens[first + 1]!.isWord;
}

/** "[Owls] RB Dale Morrow": the abbreviated title a cut left opening the run, right after the name before it. */
export function opensWithTitleAbbreviation(tokens: readonly EntityToken[], first: number, last: number, gazetteer: Gazetteer): boolean {
  const [before, title, firstName, surname] = [tokens[first - 1], tokens[first]!, tokens[first + 1], tokens[first + 2]];
  return (
    first + 2 <= last &&
    !!before?.capitalized &&
    before.end + 1 >= title.start &&
    isTitleAbbreviation(title, gazetteer) &&
    gazetteer.firstNames.has(firstName!.folded) &&
    surname!.capitalized
  );
}

function isTitleAbbreviation(token: EntityToken, gazetteer: Gazetteer): boolean {
  return ACRONYM.test(token.text) && token.text.length <= MAX_TITLE_ABBREVIATION_LETTERS && !gazetteer.places.has(token.folded);
}

/**
 * A word a title is made of ("Athletic", "Deputy", "City"): a role noun or a word of the
 * language that names no place or person; not a plural, which names a team ("Owls", "Hawks").
 */
function isTitleWord(token: EntityToken, gazetteer: Gazetteer, sets: LexiconSets): boolean {
  if (sets.roleNouns.has(token.folded)) return true;
  return token.capitalized && token.isWord && !token.folded.endsWith("s") && !gazetteer.places.has(token.folded) && !gazetteer.firstNames.has(token.folded) && gazetteer.foldedWords.has(token.folded);
}

/** "Owl Sam Ortega": words naming one member of a team the text names in the plural ("the Owls"). */
export function isTeamMemberTitle(title: readonly EntityToken[], capitalizedElsewhere: ReadonlySet<string>): boolean {
  return title.length > 0 && title.every((word) => word.capitalized && word.isWord && !word.folded.endsWith("s") && capitalizedElsewhere.has(`${word.folded}s`));
}
