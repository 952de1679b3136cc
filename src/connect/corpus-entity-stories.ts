/**
 * Full names of one person that a story gives in two forms: "Mo Pellerin" and "Maurice Pellerin",
 * "Fred Vantreese" and "Frederick Vantreese", "Tavarius Kettler" and a misspelt "Tavarrius Kettler".
 * Across the corpus such pairs need the articles' company to agree (corpus-entity-context.ts);
 * inside one story, where the coverage is of one event, one surname with given names that may
 * be one name is one person — unless the story names a third bearer the short form could also
 * be (a "Chris Smith" beside "Christopher" and "Christine Smith" stays apart). And a surname
 * the article left a title on ("Miss Pardew") is the one person of its story bearing it.
 */
import { hypocorismsOfOneName } from "./corpus-entity-hypocorisms.js";
import { deletions, type FullNameIndex, type NamedMember } from "./corpus-entity-short-names.js";
import type { UnionFind } from "./union-find.js";

/** Letters a first name needs for its start to count as its short form ("Fred"), as joinShortFirstNames reads it. */
const MIN_SHORT_FIRST_NAME = 3;
/** Words a name with a title or a team left in it may have ("Herons WR Tolliver"). */
const MAX_TITLED_NAME_WORDS = 3;
/** Letters both given names need before one edit between them is read as a misspelling ("Tavarius"), not two names ("Dan", "Don"). */
const MIN_MISSPELT_FIRST_NAME = 5;

/** Whether two different given names may name one person. */
export function givenNamesAgree(a: string, b: string): boolean {
  if (a === b) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length >= MIN_SHORT_FIRST_NAME && longer.startsWith(shorter)) return true;
  if (shorter.length >= MIN_MISSPELT_FIRST_NAME && deletions(longer).some((form) => deletions(shorter).includes(form))) return true;
  return hypocorismsOfOneName(a, b);
}

/** Joins, story by story, two-word person names of one surname whose given names agree, when only one other bearer is possible. */
export function joinGivenNameVariantsInStories(groups: UnionFind, named: ReadonlyArray<{ key: string; member: NamedMember }>, stories: ReadonlyArray<readonly string[]>): void {
  const storyOf = new Map(stories.flatMap((articleIds, index) => articleIds.map((articleId) => [articleId, index] as const)));
  const bearers = new Map<string, Set<string>>();
  for (const { key, member } of named) {
    const story = storyOf.get(member.articleId);
    if (story === undefined || !member.person || member.parts.core.length !== 2) continue;
    const place = `${story}\t${member.parts.core[1]}`;
    bearers.set(place, (bearers.get(place) ?? new Set()).add(key));
  }
  for (const keys of [...bearers.values()].map((set) => [...set].sort())) {
    // Decided on the groups as they stand, both ways, so that no join makes the next one look unique.
    const agreeing = new Map(keys.map((key) => [key, new Set(keys.filter((other) => givenNamesAgree(key.split(" ")[0]!, other.split(" ")[0]!)).map((other) => groups.find(other)))]));
    for (const [key, roots] of agreeing) roots.delete(groups.find(key));
    const unions = keys.flatMap((key) =>
      keys.filter((other) => key < other && agreeing.get(key)!.size === 1 && agreeing.get(key)!.has(groups.find(other)) && agreeing.get(other)!.size === 1 && agreeing.get(other)!.has(groups.find(key))).map((other) => [key, other] as const),
    );
    for (const [key, other] of unions) groups.union(key, other);
  }
}

/**
 * A person's surname behind words that are no first name ("RB Pruett", "Miss Pardew", "Herons WR
 * Tolliver": a title or a team the article left in the name) is the one person of its story
 * whose name opens with a first name and ends with that surname; joined only where every
 * article giving that name is in that story, so a "Miss Pardew" of another story stays hers.
 */
export function joinTitledSurnames(groups: UnionFind, fullNames: ReadonlyArray<{ key: string; member: NamedMember }>, index: FullNameIndex, stories: ReadonlyArray<readonly string[]>): void {
  const storyOf = new Map(stories.flatMap((articleIds, story) => articleIds.map((articleId) => [articleId, story] as const)));
  const storiesOf = new Map<string, Set<number | undefined>>();
  const titled = fullNames.filter(({ member }) => member.person && !member.firstNameOpens && member.parts.core.length <= MAX_TITLED_NAME_WORDS && !member.parts.core.slice(0, -1).some((word) => member.language.firstNames.has(word)));
  for (const { key, member } of titled) storiesOf.set(key, (storiesOf.get(key) ?? new Set()).add(storyOf.get(member.articleId)));
  for (const { key, member } of titled) {
    const [story, ...others] = [...storiesOf.get(key)!];
    if (story === undefined || others.length > 0) continue;
    const target = index.personInStory(member.parts.core.at(-1)!, stories[story]!);
    if (target) groups.union(key, target);
  }
}
