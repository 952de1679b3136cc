/**
 * An indefinite role as a clause's subject ("c'est la première fois qu'un ministre zemblan de
 * la défense mène une visite officielle", "a Norwegian defence minister visited") stands for the
 * one person the article describes by the same words ("du ministre zemblan de la Défense,
 * Pavel Orsk"): the news is that person's act, told as a first. Only a role of two words or
 * more, held by one person alone, is read so ("un ministre" names no one).
 */
import type { Entity } from "../../annotation.js";
import { foldedWords, type ClauseReading } from "./clause-roles.js";

/** Folded words of a description, its leading determiners and prepositions left out ("du ministre zemblan de la Défense" → "ministre zemblan de la défense"). */
function roleWords(reading: ClauseReading, text: string): string[] {
  const words = foldedWords(text);
  const { grammar } = reading;
  let first = 0;
  while (first < words.length && (grammar.determiners.has(words[first]!) || grammar.prepositions.has(words[first]!) || grammar.contracted.has(words[first]!))) first += 1;
  return words.slice(first);
}

/** Each person's descriptions as role words, read once per entity: an article asks for them at every event with no actor. */
const rolesOfPerson = new WeakMap<Entity, string[][]>();

function roleWordsOf(reading: ClauseReading, entity: Entity): string[][] {
  let roles = rolesOfPerson.get(entity);
  if (!roles) {
    const descriptions = [...entity.mentions.filter((mention) => mention.kind === "description").map((mention) => mention.text), ...entity.roles.map((role) => role.text)];
    roles = descriptions.map((description) => roleWords(reading, description)).filter((words) => words.length >= 2);
    rolesOfPerson.set(entity, roles);
  }
  return roles;
}

/** The id of the one person whose description the words after an indefinite determiner before `to` in `[from, to)` spell, or undefined. */
export function holderOfIndefiniteRole(reading: ClauseReading, from: number, to: number, entities: readonly Entity[]): string | undefined {
  const tokens = reading.between(from, to);
  const at = tokens.findIndex((token) => reading.grammar.indefinites.has(token.word));
  if (at < 0) return undefined;
  const first = tokens[at + 1]?.word;
  let holder: string | undefined;
  for (const entity of entities) {
    if (entity.type !== "PER" || entity.generic) continue;
    const spelled = roleWordsOf(reading, entity).some((words) => words[0] === first && words.every((word, offset) => tokens[at + 1 + offset]?.word === word));
    if (!spelled) continue;
    // Held by two people, a role names neither.
    if (holder !== undefined) return undefined;
    holder = entity.id;
  }
  return holder;
}
