/**
 * Handles and hashtags, as news quoting posts writes them. A handle ("@Gsquare86") is an account:
 * the person's whom the paragraph introducing its post names ("Gigi Ibrahim … signale :" then
 * "@Gsquare86: …"), else an entity of its own, named by the handle with its "@", a person's
 * unless its words name an organisation; the name words found inside it are no mention. A hashtag ("#Jan25",
 * "#FreeRazan") is a topic label, no mention of anyone, unless its word is a name the gazetteer
 * or the rest of the article knows ("#Egypt", "#Moubarak"): then it is that name's mention.
 * Written by hand over the named entities: the tokenizer keeps "#" and "@" apart as marks.
 */
import type { Entity, EntityMention } from "../../annotation.js";
import { fold, type Gazetteer } from "./gazetteer.js";

/** An account name as the platforms allow: letters, digits and underscores after "@", not inside an e-mail address. */
const HANDLE = /(?<![\p{L}\p{N}_.@])@[A-Za-z0-9_]{2,30}(?![\p{L}\p{N}_])/gu;
const HASHTAG = /(?<![\p{L}\p{N}_&#])#[\p{L}\p{N}_]+/gu;
/** Words in a handle that make it an organisation's account ("@MideastMedia", "@RRCoalition", "@SudanGuardian"). */
/** Words between quotation marks within a paragraph. */
const QUOTED = /"[^"\n]*"|«[^»\n]*»|“[^”\n]*”/gu;
export const ORGANIZATION_WORDS = /(?:news|media|press|tv|radio|coalition|guardian|times|post|network|revolution|org|info|agency)/iu;

interface Tag {
  start: number;
  end: number;
  text: string;
}

const tagsIn = (text: string, pattern: RegExp): Tag[] => [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
const inside = (mention: EntityMention, tags: ReadonlyArray<{ start: number; end: number }>) => tags.some((tag) => tag.start < mention.end && mention.start < tag.end);
/** Inside a tag, or running into it from its end: a name that the tag closes ("Saif #Gaddafi") is still the name. */
const withinTag = (mention: EntityMention, tags: ReadonlyArray<{ start: number; end: number }>) => tags.some((tag) => tag.start < mention.end && mention.start < tag.end && mention.start >= tag.start);
/** The folded last word of a mention ("moubarak" of "Hosni Moubarak", "tahrir" of "place Tahrir"). */
const lastWord = (text: string) => fold(text.slice(text.search(/[\p{L}\p{N}-]+$/u)));

/**
 * The named entities with the mentions inside handles and unknown hashtags taken out (an entity
 * left with none is dropped, and what pointed at it cleared), then one entity per handle, its ids
 * after the highest named one.
 */
export function withSocialTags(text: string, named: readonly Entity[], gazetteer: Gazetteer): Entity[] {
  if (!text.includes("@") && !text.includes("#")) return [...named];
  const handles = tagsIn(text, HANDLE);
  const hashtags = tagsIn(text, HASHTAG);
  // A hashtag's word is a name when a place bears it or the article writes it outside hashtags too.
  const namedOutside = new Set(named.flatMap((entity) => entity.mentions.filter((mention) => !inside(mention, hashtags) && !inside(mention, handles)).map((mention) => fold(mention.text))));
  // "#Moubarak" after "Hosni Moubarak": the person named in full outside tags.
  const entitiesOutside = new Set(named.filter((entity) => !entity.generic && entity.mentions.some((mention) => mention.kind === "name" && !inside(mention, hashtags) && !inside(mention, handles))));
  const knownHashtag = (entity: Entity, mention: EntityMention) => gazetteer.places.has(fold(mention.text)) || namedOutside.has(fold(mention.text)) || entitiesOutside.has(entity);
  const unknownHashtags = hashtags.filter((tag) => !named.some((entity) => entity.mentions.some((mention) => mention.start === tag.start + 1 && mention.end === tag.end && knownHashtag(entity, mention))));
  const kept: Entity[] = [];
  const dropped = new Set<string>();
  for (const entity of named) {
    const mentions = entity.mentions.filter((mention) => !inside(mention, handles) && !withinTag(mention, unknownHashtags));
    if (mentions.length === 0) dropped.add(entity.id);
    else kept.push(mentions.length === entity.mentions.length ? entity : { ...entity, mentions });
  }
  const cleared = dropped.size === 0 ? kept : kept.map((entity) => clearReferences(entity, dropped));
  let next = Math.max(0, ...named.map((entity) => idNumber(entity.id))) + 1;
  next = addUnreadHashtags(hashtags, cleared, gazetteer, next);
  const byHandle = new Map<string, Entity>();
  for (const handle of handles) {
    const key = handle.text.toLowerCase();
    let entity = byHandle.get(key);
    if (!entity) {
      const owner = introducedOwner(text, handle, cleared);
      // The owner's copy takes the handle's mentions: the linker's entities stay as they were.
      entity = owner ? { ...owner, mentions: [...owner.mentions] } : { id: `e${next++}`, name: handle.text, type: ORGANIZATION_WORDS.test(handle.text) ? "ORG" : "PER", mentions: [], roles: [], countryCode: null, placeKind: null };
      if (owner) cleared[cleared.indexOf(owner)] = entity;
      else cleared.push(entity);
      byHandle.set(key, entity);
    }
    entity.mentions.push({ start: handle.start, end: handle.end, text: handle.text, kind: "name" });
  }
  for (const entity of new Set(byHandle.values())) entity.mentions.sort((a, b) => a.start - b.start);
  return cleared;
}

/**
 * Hashtags no name mention covers, written in lowercase or glued as a name never is ("#tahrir",
 * "#benghazi", "#Moubarak" after a colon): the mention of the entity whose name, or whose name's
 * last word, the tag spells outside tags, else of the gazetteer's place (a new entity), without the
 * "#". Entities are changed in place (they are this stage's copies); returns the next free id number.
 */
function addUnreadHashtags(hashtags: readonly Tag[], entities: Entity[], gazetteer: Gazetteer, next: number): number {
  const covered = (tag: Tag) => entities.some((entity) => entity.mentions.some((mention) => mention.start < tag.end && tag.start < mention.end));
  const unread = hashtags.filter((tag) => !covered(tag));
  if (unread.length === 0) return next;
  const outside = (mention: EntityMention) => mention.kind === "name" && !inside(mention, hashtags);
  for (const tag of unread) {
    const key = fold(tag.text.slice(1));
    const place = gazetteer.places.get(key);
    const owners = entities.filter((entity) => !entity.generic && entity.type !== "MISC" && entity.mentions.some((mention) => outside(mention) && (fold(mention.text) === key || lastWord(mention.text) === key)));
    let owner = owners.length === 1 ? owners[0] : undefined;
    if (!owner && place) {
      owner = entities.find((entity) => entity.type === "LOC" && fold(entity.name) === fold(place.name));
      if (!owner) {
        owner = { id: `e${next++}`, name: place.name, type: "LOC", mentions: [], roles: [], countryCode: place.countryCode, placeKind: place.kind, ...(place.geonameId !== null ? { geonameId: place.geonameId } : {}) };
        entities.push(owner);
      }
    }
    if (!owner) continue;
    const index = entities.indexOf(owner);
    entities[index] = { ...owner, mentions: [...owner.mentions, { start: tag.start + 1, end: tag.end, text: tag.text.slice(1), kind: "name" as const }].sort((a, b) => a.start - b.start) };
  }
  return next;
}

/** The one person the paragraph before a post opening on this handle names, when that paragraph introduces it with a colon. */
function introducedOwner(text: string, handle: Tag, entities: readonly Entity[]): Entity | undefined {
  const lineStart = text.lastIndexOf("\n", handle.start - 1) + 1;
  if (lineStart === 0 || text.slice(lineStart, handle.start).trim() !== "") return undefined;
  // Paragraphs may stand apart by blank lines.
  let introductionEnd = lineStart;
  while (introductionEnd > 0 && /\s/u.test(text[introductionEnd - 1]!)) introductionEnd -= 1;
  const introductionStart = text.lastIndexOf("\n", introductionEnd - 1) + 1;
  if (!text.slice(introductionStart, introductionEnd).endsWith(":")) return undefined;
  // A name quoted in the introduction ("un coup à la Moubarak") is not who posts.
  const quoted = [...text.slice(introductionStart, lineStart).matchAll(QUOTED)].map((match) => ({ start: introductionStart + match.index, end: introductionStart + match.index + match[0].length }));
  const introduces = (mention: EntityMention) => mention.kind === "name" && mention.start >= introductionStart && mention.end <= lineStart && !inside(mention, quoted);
  const people = entities.filter((entity) => entity.type === "PER" && !entity.generic && entity.mentions.some(introduces));
  return people.length === 1 ? people[0] : undefined;
}

/** The number in an entity id ("e12" → 12). */
export function idNumber(id: string): number {
  return Number(id.slice(1)) || 0;
}

function clearReferences(entity: Entity, dropped: ReadonlySet<string>): Entity {
  const pointsAtDropped = entity.mentions.some((mention) => mention.metonymFor && dropped.has(mention.metonymFor)) || entity.roles.some((role) => role.affiliation && dropped.has(role.affiliation));
  if (!pointsAtDropped) return entity;
  return {
    ...entity,
    mentions: entity.mentions.map((mention) => {
      if (!mention.metonymFor || !dropped.has(mention.metonymFor)) return mention;
      const { metonymFor: _dropped, ...rest } = mention;
      return rest;
    }),
    roles: entity.roles.map((role) => (role.affiliation && dropped.has(role.affiliation) ? { ...role, affiliation: null } : role)),
  };
}
