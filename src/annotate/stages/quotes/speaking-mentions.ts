/**
 * The entity mentions that can name a speaker, each with its entity: all but demonyms ("les
 * Français"); places speak too ("Israël dit que"). Reported speech and speaker linking read
 * them from the same entities in turn, so each list is kept for its entities array (the
 * entities of an article do not change once found).
 */
import type { Entity, EntityMention } from "../../annotation.js";

export interface Located {
  entity: Entity;
  mention: EntityMention;
}

const inEntityOrder = new WeakMap<readonly Entity[], readonly Located[]>();
const inTextOrder = new WeakMap<readonly Entity[], readonly Located[]>();

/** In the entities' order, then each entity's mentions' order. */
export function speakingMentions(entities: readonly Entity[]): readonly Located[] {
  let located = inEntityOrder.get(entities);
  if (!located) {
    const list: Located[] = [];
    for (const entity of entities) for (const mention of entity.mentions) if (mention.kind !== "demonym") list.push({ entity, mention });
    inEntityOrder.set(entities, (located = list));
  }
  return located;
}

/** By where they start; mentions starting alike stay in the entities' order. */
export function speakingMentionsByStart(entities: readonly Entity[]): readonly Located[] {
  let located = inTextOrder.get(entities);
  if (!located) inTextOrder.set(entities, (located = [...speakingMentions(entities)].sort((a, b) => a.mention.start - b.mention.start)));
  return located;
}
