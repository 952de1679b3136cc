/**
 * A show of support with no one named doing it ("Les campagnes de solidarité en faveur de Razan se
 * poursuivent", "rallies for Omar went on") is the doing of the group the article defines by whom
 * it supports ("les soutiens de Razan", "Omar's supporters"): the generic supporters affiliated
 * with someone its sentence names after the trigger.
 */
import type { Entity } from "../../annotation.js";

/** The actor type of supporters (generic-actor-lexicon.ts). */
const SUPPORTERS = "supporters";

/** The id of the first of `named` (ids in text order) that a generic group of supporters in `entities` belongs to, with that group's id. */
export function supportersOfNamed(named: readonly string[], entities: readonly Entity[]): { supporters: string; supported: string } | undefined {
  for (const supported of named) {
    const group = entities.find((entity) => entity.generic && entity.actorType === SUPPORTERS && entity.affiliation === supported);
    if (group) return { supporters: group.id, supported };
  }
  return undefined;
}
