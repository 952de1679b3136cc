/**
 * Towns named as the two sides of a relation between states ("la reprise des relations entre
 * Lisbonne et Porto Alegre", "the ties between Ankara and Izmir"): a bilateral relation is
 * between governments, so each town stands for its state there, whether or not it is the
 * capital (a seat of government or a city commonly used for it). Written by hand: it reads the
 * relation noun, the "between" word and the coordination, which no library tags.
 */
import type { EntityToken } from "./entity-tokens.js";
import type { NameMention } from "./find-name-mentions.js";

export interface RelationWords {
  /** Folded nouns of a relation between parties ("relations", "liens", "tensions"). */
  relationNouns: ReadonlySet<string>;
  /** Folded words that open the two sides ("entre", "between"). */
  betweenWords: ReadonlySet<string>;
  /** Folded words joining the two sides ("et", "and"). */
  coordinators: ReadonlySet<string>;
  /** Folded determiners that may open a side ("le", "la"). */
  determiners: ReadonlySet<string>;
}

/** Lowercase words (adjectives) allowed between the relation noun and "between": "relations diplomatiques entre". */
const MAX_WORDS_AFTER_NOUN = 2;

/** The town names that stand for their state as a side of a relation between two different states. */
export function findRelationSeats(tokens: readonly EntityToken[], names: readonly NameMention[], words: RelationWords): Set<NameMention> {
  const seats = new Set<NameMention>();
  const nameAt = new Map(names.map((name) => [name.firstToken, name]));
  const countryOf = (name: NameMention | undefined) => (name?.place && name.place.kind !== "region" ? name.place.countryCode : null);
  const skipDeterminer = (index: number) => (words.determiners.has(tokens[index]?.folded ?? "") ? index + 1 : index);
  tokens.forEach((token, index) => {
    if (!words.betweenWords.has(token.folded) || !followsRelationNoun(tokens, index, words.relationNouns)) return;
    const first = nameAt.get(skipDeterminer(index + 1));
    if (!first || !words.coordinators.has(tokens[first.lastToken + 1]?.folded ?? "")) return;
    const second = nameAt.get(skipDeterminer(first.lastToken + 2));
    const [firstState, secondState] = [countryOf(first), countryOf(second)];
    if (!second || !firstState || !secondState || firstState === secondState) return;
    for (const side of [first, second]) if (side.place?.kind === "city") seats.add(side);
  });
  return seats;
}

function followsRelationNoun(tokens: readonly EntityToken[], betweenIndex: number, relationNouns: ReadonlySet<string>): boolean {
  for (let index = betweenIndex - 1; index >= Math.max(0, betweenIndex - 1 - MAX_WORDS_AFTER_NOUN); index -= 1) {
    const token = tokens[index]!;
    if (relationNouns.has(token.folded)) return true;
    if (!token.isWord || token.capitalized) return false;
  }
  return false;
}
