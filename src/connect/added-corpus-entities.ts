/**
 * New articles' entities laid onto a stored build's corpus entities, by article-level entity key:
 * a group of the new articles (grouped among themselves by `CorpusEntityIndex`) joins the stored
 * entity holding one of its keys, else becomes a new corpus entity.
 *
 * This approximates what a full build decides from every article at once: a short name a new
 * article gives joins no stored full name it would join in a full build, a stored entity keeps its
 * name and type whatever the new mentions vote, and two stored entities a new article bridges stay
 * two. The stored build says how many articles it was fully built from, and a reader rebuilds it
 * all once the articles added since pass a share (stored-corpus.ts), which bounds the drift.
 */
import { foldAccents } from "../core/terms.js";
import type { CorpusEntity, KeyedCorpusEntity } from "./corpus-entities.js";

export function addCorpusEntities(stored: readonly KeyedCorpusEntity[], added: readonly KeyedCorpusEntity[]): KeyedCorpusEntity[] {
  const result = stored.map((entity) => ({ ...entity }));
  const byKey = new Map<string, KeyedCorpusEntity>();
  for (const entity of result) for (const key of entity.keys) byKey.set(key, entity);
  let next = Math.max(0, ...stored.map((entity) => Number(/^c(\d+)$/u.exec(entity.id)?.[1] ?? 0))) + 1;
  for (const group of added) {
    const holder = group.keys.map((key) => byKey.get(key)).find((entity) => entity !== undefined);
    const target = holder ? joined(holder, group) : { ...group, id: `c${next++}` };
    if (holder) result[result.indexOf(holder)] = target;
    else result.push(target);
    for (const key of target.keys) byKey.set(key, target);
  }
  return result;
}

/** A stored entity with a new group's articles, mentions, aliases and roles. */
function joined(entity: KeyedCorpusEntity, group: KeyedCorpusEntity): KeyedCorpusEntity {
  const others = { ...entity.otherArticleEntities, ...group.otherArticleEntities };
  const roles = entity.roles.map((role) => ({ ...role, sources: [...role.sources] }));
  for (const role of group.roles) {
    const held = roles.find((other) => foldAccents(other.text.toLowerCase()) === foldAccents(role.text.toLowerCase()));
    if (held) held.sources.push(...role.sources);
    else roles.push(role);
  }
  const result: KeyedCorpusEntity = {
    ...entity,
    aliases: [...new Set([...entity.aliases, ...group.aliases])].sort((a, b) => foldAccents(a).localeCompare(foldAccents(b)) || a.localeCompare(b)),
    roles: roles.sort((a, b) => a.text.localeCompare(b.text)),
    articles: { ...entity.articles, ...group.articles },
    mentionCount: entity.mentionCount + group.mentionCount,
    knowledgeBase: entity.knowledgeBase.length > 0 ? entity.knowledgeBase : group.knowledgeBase,
    keys: [...new Set([...entity.keys, ...group.keys])].sort(),
  };
  if (Object.keys(others).length > 0) result.otherArticleEntities = others;
  return result;
}

/** Corpus entities as stored with their keys beside them, and back. */
export function withKeys(entities: readonly CorpusEntity[], keys: Readonly<Record<string, string[]>>): KeyedCorpusEntity[] {
  return entities.map((entity) => ({ ...entity, keys: keys[entity.id] ?? [] }));
}

export function withoutKeys(entities: readonly KeyedCorpusEntity[]): CorpusEntity[] {
  return entities.map(({ keys: _keys, ...entity }) => entity);
}
