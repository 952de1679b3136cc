/** The entity mentions that can name a speaker, each with its entity: all but demonyms ("les Français"); places speak too ("Israël dit que"). */
import type { Entity, EntityMention } from "../../annotation.js";

export interface Located {
  entity: Entity;
  mention: EntityMention;
}

/** In the entities' order, then each entity's mentions' order; a loop, as the stage runs per article and nested flatMap/filter/map allocate thrice. */
export function speakingMentions(entities: readonly Entity[]): Located[] {
  const located: Located[] = [];
  for (const entity of entities) for (const mention of entity.mentions) if (mention.kind !== "demonym") located.push({ entity, mention });
  return located;
}
