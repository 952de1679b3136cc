/**
 * Annotations handed from one stage to the next in one memory layout each. V8 compiles a hot
 * function for the object layouts and array kinds it has seen; one it has not seen throws the
 * compiled code away, and the function is compiled again. Built by spreads, with optional fields
 * in varying orders, or as an empty `[]` (an array of small integers to V8) beside filled ones,
 * the same annotation came in several layouts, so a worker compiled `findEvents` eight times over
 * 10,000 articles (115 ms each), and each worker of `analyze` pays its compiling on the cores the
 * others use. Nothing here changes a value: JSON and structured clones leave out the fields left
 * undefined.
 */
import type { Entity, EntityMention, Quote, Role } from "./annotation.js";

/** Every field of T, the optional ones too: a field added to an annotation and not copied here fails to compile. */
export type EveryField<T> = { [K in keyof Required<T>]: T[K] };

// One object array that never held a number: an array keeps its kind once emptied.
const OBJECT_ARRAY_SEED: object = {};

/** The items in an array of V8's kind for objects, even when empty. */
export function objectArray<T>(items: readonly T[]): T[] {
  const array: T[] = [OBJECT_ARRAY_SEED as T];
  array.pop();
  for (const item of items) array.push(item);
  return array;
}

function uniformMention(mention: EntityMention): EveryField<EntityMention> {
  return { start: mention.start, end: mention.end, text: mention.text, kind: mention.kind, metonymFor: mention.metonymFor };
}

function uniformRole(role: Role): EveryField<Role> {
  return { start: role.start, end: role.end, text: role.text, head: role.head, affiliation: role.affiliation };
}

export function uniformEntity(entity: Entity): EveryField<Entity> {
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    mentions: objectArray(entity.mentions.map(uniformMention)),
    roles: objectArray(entity.roles.map(uniformRole)),
    countryCode: entity.countryCode,
    placeKind: entity.placeKind,
    geonameId: entity.geonameId,
    generic: entity.generic,
    actorType: entity.actorType,
    affiliation: entity.affiliation,
  };
}

export function uniformQuote(quote: Quote): EveryField<Quote> {
  const { speaker } = quote;
  return {
    start: quote.start,
    end: quote.end,
    direct: quote.direct,
    content: { start: quote.content.start, end: quote.content.end },
    speaker: speaker ? { start: speaker.start, end: speaker.end, text: speaker.text } : null,
    speakerKind: quote.speakerKind,
    speakerEntity: quote.speakerEntity,
  };
}
