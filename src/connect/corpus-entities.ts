/**
 * Entities across articles. The identity of a corpus entity is its name as corpus-entity-names.ts
 * folds it ("Kinloch's", "Microsoft Corp." → "kinloch", "microsoft"), or a country's code — not the
 * type an article guessed, which varies ("Herons" a person here, a place there): the type is
 * decided afterwards, for the whole corpus entity, by the weight of evidence. Two things named
 * alike stay apart where the evidence says so: towns with different GeoNames ids, a father and
 * a son ("Jr", "Sr"). Full names that differ only by their suffix or their transliteration
 * ("Kadhafi", "Gaddafi") join. A one-word name joins a longer one when one only is possible: the
 * one full name its own article gives that ends (or, for a person, starts) with it, else the one
 * in the corpus that ends with it, else the expansion its articles give an acronym, else the one
 * its story names (corpus-entity-short-names.ts: a surname, a first name, a blended nickname, an
 * acronym); with two candidates it stays apart, so namesakes are not merged. Everything is
 * decided in `entities()` from all articles (and stories) at once, so the order of arrival does
 * not matter.
 */
import type { AnnotatedArticle, Entity, EntityMention, EntityType, Role } from "../annotate/annotation.js";
import { fold } from "../annotate/stages/entities/gazetteer.js";
import { foldAccents } from "../core/terms.js";
import { entityKey } from "./article-features.js";
import { acronymOf, blendOf, capitalInitials, displayName, expandsAcronym, nameParts, nicknameOf, transliterationKey } from "./corpus-entity-names.js";
import { joinAcronymPrefixes } from "./corpus-entity-acronyms.js";
import { ArticleContext } from "./corpus-entity-context.js";
import { afterPlaceKind, identityParts, languageNames, saidAsPlace } from "./corpus-entity-language.js";
import { joinGivenNameVariantsInStories, joinTitledSurnames } from "./corpus-entity-stories.js";
import { FullNameIndex, headlineWords, joinEmbeddedNames, joinShortFirstNames, type NamedMember } from "./corpus-entity-short-names.js";
import { ownCopy } from "./own-copy.js";
import { UnionFind } from "./union-find.js";

export interface SourceSpan {
  articleId: string;
  start: number;
  end: number;
}

export interface CorpusEntity {
  id: string;
  name: string;
  type: EntityType;
  countryCode: string | null;
  aliases: string[];
  roles: Array<{ text: string; sources: SourceSpan[] }>;
  /** Article id → the id of this entity inside that article (the one most mentioned, when the article has several). */
  articles: Record<string, string>;
  /** Article id → the other ids of this entity inside that article, where the article named it as several ("Kinloch" apart from "Jessa Kinloch"). */
  otherArticleEntities?: Record<string, string[]>;
  mentionCount: number;
  /** Knowledge-base identifiers the project knows offline: ISO 3166 for countries, GeoNames for towns (from the gazetteer's data packages). */
  knowledgeBase: KnowledgeBaseId[];
}

export interface KnowledgeBaseId {
  scheme: "iso3166-1" | "geonames";
  id: string;
  url: string;
}

/** While connecting: the article-level entity keys merged into a corpus entity, to resolve claim participants. */
export interface KeyedCorpusEntity extends CorpusEntity {
  keys: string[];
}

/** What `entities()` reads of an article's entity, its strings copied out of the article's text (see `heldEntity`). */
type HeldEntity = Pick<Entity, "id" | "name" | "type" | "countryCode" | "placeKind" | "geonameId"> & {
  mentions: Array<Pick<EntityMention, "kind" | "text">>;
  roles: Array<Pick<Role, "text" | "start" | "end">>;
};

interface Member extends NamedMember {
  entity: HeldEntity;
  /** The article's name for it, without the kind an article wrote before a place's ("Zembla" for "town of Zembla"). */
  name: string;
  /** Named with its kind before it ("town of Zembla"): evidence of a place as strong as a list's, whatever the article typed it. */
  placeKindOpens: boolean;
}

/** An acronym an article defines beside its expansion ("Advanced Micro Devices (AMD)"). */
const ACRONYM_IN_PARENTHESES = /^\s*\(\s*(\p{Lu}[\p{Lu}\p{N}&.]{1,9})\s*\)/u;
/** A name ending in words hyphened to a lowercase one ("Saint-Valery-sur-Somme", "Saint-Jean-de-Luz"): a compound place's. */
const COMPOUND_PLACE = /\p{L}-\p{Ll}+-\p{L}[\p{L}-]*$/u;
/** Evidence from a list (the gazetteer's countries and towns) weighs more than a guess from context in the type vote. */
const LISTED_TYPE_WEIGHT = 2;
const TYPE_ORDER: EntityType[] = ["PER", "ORG", "LOC", "MISC"];

export class CorpusEntityIndex {
  private readonly members: Member[] = [];
  /** Folded acronym → folded expansions the articles give it. */
  private readonly acronyms = new Map<string, Set<string>>();
  private readonly headlines = new Map<string, string[]>();
  private readonly seen = new Set<string>();

  add(article: AnnotatedArticle): void {
    if (this.seen.has(article.id)) return;
    this.seen.add(article.id);
    const language = languageNames(article.language);
    this.headlines.set(article.id, headlineWords(article.title));
    for (const entity of article.annotations.entities) {
      if (!entity.mentions.some((mention) => mention.kind === "name" || mention.kind === "epithet")) continue;
      const held = heldEntity(entity);
      const firstWord = held.name.split(/\s+/u)[0]!;
      this.members.push({
        articleId: article.id,
        entity: held,
        parts: identityParts(held.name, language),
        name: afterPlaceKind(held.name, language) ?? held.name,
        placeKindOpens: afterPlaceKind(held.name, language) !== null,
        firstNameOpens: language.firstNames.has(fold(firstWord)),
        person: entity.type === "PER",
        listedPlace: entity.geonameId !== undefined || entity.placeKind !== null,
        saidAsPlace: entity.mentions.some((mention) => mention.kind === "name" && saidAsPlace(article.text, mention, language)),
        compoundPlace: COMPOUND_PLACE.test(held.name),
        blend: blendOf(held.name),
        acronym: acronymOf(held.name),
        initials: held.name.trim().includes(" ") ? capitalInitials(held.name).toLowerCase() : null,
        language,
      });
      for (const mention of entity.mentions) {
        const acronym = mention.kind === "name" ? ACRONYM_IN_PARENTHESES.exec(article.text.slice(mention.end, mention.end + 16))?.[1] : undefined;
        if (!acronym || !expandsAcronym(mention.text.replace(/['’]s$/u, ""), acronym)) continue;
        const key = nameParts(acronym).words.join(" ");
        this.acronyms.set(key, (this.acronyms.get(key) ?? new Set()).add(ownCopy(nameParts(mention.text).words.join(" "))));
      }
    }
  }

  /**
   * Corpus entities in a stable order, whatever the order the articles arrived in; read-only, so
   * asking twice gives the same. Given the stories (lists of article ids), a one-word name the
   * corpus leaves ambiguous joins the one full name its story gives that ends with it.
   */
  entities(stories: ReadonlyArray<readonly string[]> = []): KeyedCorpusEntity[] {
    const members = [...this.members].sort((a, b) => a.articleId.localeCompare(b.articleId) || a.entity.id.localeCompare(b.entity.id));
    const groups = new UnionFind();
    const groupOf = new Map<Member, string>();
    const split = geonameSplits(members);
    // Full names (and countries) first: they are what shorter names join.
    for (const member of members) {
      if (isShortName(member)) continue;
      const key = identityKey(member, split);
      groupOf.set(member, key);
      groups.add(key);
    }
    joinVariants(groups, [...new Set(groupOf.values())]);
    const fullNames = [...groupOf].filter(([member, key]) => member.parts.core.length >= 2 && !key.startsWith("country:") && !key.includes("@")).map(([member, key]) => ({ key, member }));
    joinEmbeddedNames(groups, fullNames);
    joinAcronymPrefixes(groups, fullNames.map(({ key, member }) => ({ key, written: member.name })));
    joinNicknames(groups, fullNames);
    // A full name counts by its group and by its surname, which is how another article may name it alone ("Drozdenko").
    const context = new ArticleContext(articleKeys(members, (member) => (groupOf.has(member) ? [groups.find(groupOf.get(member)!), member.parts.core.at(-1)!] : [identityKey(member, split)])));
    joinShortFirstNames(groups, fullNames, context);
    joinGivenNameVariantsInStories(groups, fullNames, stories);
    const index = new FullNameIndex(fullNames, groups, new Map([...this.headlines].sort((a, b) => a[0].localeCompare(b[0]))));
    const fullKeys = new Set(groupOf.values());
    const alone = new Set<string>();
    // A short name some article gives with no longer name opening with it stands for itself ("Microsoft" beside "Microsoft Internet Explorer").
    const standsAlone = new Set(members.filter((member) => isShortName(member) && !index.opensIn(member)).map((member) => member.parts.core[0]!));
    const storyOf = new Map(stories.flatMap((articleIds) => articleIds.map((articleId) => [articleId, articleIds] as const)));
    const storyNumber = new Map(stories.flatMap((articleIds, number) => articleIds.map((articleId) => [articleId, number] as const)));
    const unresolved: Member[] = [];
    const senses = new Map<string, Set<string>>();
    for (const member of members) {
      if (!isShortName(member)) continue;
      const own = identityKey(member, split);
      const expansions = [...(this.acronyms.get(member.parts.core[0]!) ?? [])].filter((expansion) => fullKeys.has(expansion)).map((expansion) => groups.find(expansion));
      const story = storyOf.get(member.articleId) ?? [];
      const target = member.blend
        ? index.inStory(member, story)
        : (index.target(member, own, context, [...new Set(expansions)].sort()) ?? (standsAlone.has(member.parts.core[0]!) ? null : index.opener(member)) ?? index.inStory(member, story));
      const key = target ?? own;
      if (!target) alone.add(key);
      groupOf.set(member, key);
      groups.add(key);
      const sense = storyNumber.has(member.articleId) ? `${storyNumber.get(member.articleId)}\t${own}` : null;
      if (sense && target) senses.set(sense, (senses.get(sense) ?? new Set()).add(target));
      else if (sense) unresolved.push(member);
    }
    // One bearer per name in a story: where its other articles joined a one-word name to one full name, it means that one here too
    // ("Dunmere", whatever each article typed it), unless this article says a listed place's name as the place: a school or a
    // club no gazetteer lists is said as a place too ("returning to Dunmere").
    for (const member of unresolved) {
      const targets = [...(senses.get(`${storyNumber.get(member.articleId)}\t${identityKey(member, split)}`) ?? [])];
      if (new Set(targets.map((target) => groups.find(target))).size === 1 && !(member.saidAsPlace && member.listedPlace)) groupOf.set(member, targets[0]!);
    }
    // One-word names no full name explains still join their own transliterations ("Kadhafi", "Gaddafi").
    joinVariants(groups, [...alone]);
    joinTitledSurnames(groups, fullNames, index, stories);
    // A place of several words its article never says as one is, in a story naming its one team, that team ("Port Alder" beat …).
    for (const { member } of fullNames) {
      const team = member.listedPlace && !member.saidAsPlace ? index.teamInStory(member, storyOf.get(member.articleId) ?? []) : null;
      if (team) groupOf.set(member, team);
    }
    const byRoot = new Map<string, Member[]>();
    for (const member of members) {
      const root = groups.find(groupOf.get(member)!);
      // Appended in place: a name a thousand articles give would otherwise copy its list a thousand times.
      const group = byRoot.get(root);
      if (group) group.push(member);
      else byRoot.set(root, [member]);
    }
    return [...byRoot.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([, group], index) => corpusEntity(group, `c${index + 1}`));
  }
}

/**
 * An article's entity as the index keeps it for every article until `entities()`: the fields it
 * reads, the strings copied, since a mention's text sliced from the article would keep the
 * whole text alive (V8 slices), and the index holds every article's entities.
 */
function heldEntity(entity: Entity): HeldEntity {
  return {
    id: entity.id,
    name: ownCopy(entity.name),
    type: entity.type,
    countryCode: entity.countryCode,
    placeKind: entity.placeKind,
    ...(entity.geonameId !== undefined ? { geonameId: entity.geonameId } : {}),
    mentions: entity.mentions.map((mention) => ({ kind: mention.kind, text: ownCopy(mention.text) })),
    roles: entity.roles.map((role) => ({ text: ownCopy(role.text), start: role.start, end: role.end })),
  };
}

/** "Luis Fernando (Nando) Ybarra" is also "Nando Ybarra", when the corpus names him so. */
function joinNicknames(groups: UnionFind, fullNames: ReadonlyArray<{ key: string; member: Member }>): void {
  const keys = new Set(fullNames.map(({ key }) => key));
  for (const { key, member } of fullNames) {
    const nickname = nicknameOf(member.entity.name);
    const alias = nickname ? `${nickname} ${member.parts.core.at(-1)}` : null;
    if (alias && keys.has(alias) && member.person) groups.union(key, alias);
  }
}

/** Article id → the identity keys of the names it gives, for the context tie-break. */
function articleKeys(members: readonly Member[], keysOf: (member: Member) => string[]): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  for (const member of members) {
    const own = keys.get(member.articleId) ?? new Set();
    for (const key of keysOf(member)) own.add(key);
    keys.set(member.articleId, own);
  }
  return keys;
}

/** A one-word name (a surname, a first name, a team's or a company's short name, an acronym, a blended nickname as "A-Rod"), not a country. */
function isShortName(member: Member): boolean {
  return (member.parts.core.length === 1 || member.blend !== null) && member.entity.placeKind !== "country";
}

/** Names borne by towns with different GeoNames ids: those towns stay apart. */
function geonameSplits(members: readonly Member[]): Set<string> {
  const ids = new Map<string, Set<number>>();
  for (const member of members) {
    if (member.entity.geonameId === undefined) continue;
    const name = member.parts.words.join(" ");
    ids.set(name, (ids.get(name) ?? new Set()).add(member.entity.geonameId));
  }
  return new Set([...ids].filter(([, set]) => set.size > 1).map(([name]) => name));
}

function identityKey(member: Member, geonameSplit: ReadonlySet<string>): string {
  const { entity, parts } = member;
  if (entity.placeKind === "country" && entity.countryCode) return `country:${entity.countryCode}`;
  const name = parts.words.join(" ") || entityKey(entity);
  return geonameSplit.has(name) && entity.geonameId !== undefined ? `${name}@${entity.geonameId}` : name;
}

/**
 * Full names differing only by a generational suffix the corpus never contradicts ("Lucien Joseph
 * Broussel" and "… Broussel Jr", with no "Sr"), or by transliteration ("Mouammar Kadhafi",
 * "Muammar Gaddafi"), are one bearer.
 */
function joinVariants(groups: UnionFind, keys: readonly string[]): void {
  const suffixes = new Map<string, Set<string>>();
  const byCore = new Map<string, string[]>();
  const byTransliteration = new Map<string, string[]>();
  for (const key of keys) {
    if (key.startsWith("country:") || key.includes("@")) continue;
    const parts = nameParts(key);
    const core = parts.core.join(" ");
    if (parts.suffix) suffixes.set(core, (suffixes.get(core) ?? new Set()).add(parts.suffix));
    byCore.set(core, [...(byCore.get(core) ?? []), key]);
    const sound = transliterationKey(parts.words);
    if (sound) byTransliteration.set(sound, [...(byTransliteration.get(sound) ?? []), key]);
  }
  for (const [core, variants] of byCore) if ((suffixes.get(core)?.size ?? 0) <= 1) for (const key of variants) groups.union(variants[0]!, key);
  for (const variants of byTransliteration.values()) for (const key of variants) groups.union(variants[0]!, key);
}

/** The type most of the group's articles give it, a listed place or a place named with its kind counting more; ties go to TYPE_ORDER. */
function votedType(members: readonly Member[]): EntityType {
  const votes = new Map<EntityType, number>();
  for (const { entity, placeKindOpens } of members) {
    const type = placeKindOpens ? "LOC" : entity.type;
    votes.set(type, (votes.get(type) ?? 0) + (entity.placeKind !== null || placeKindOpens ? LISTED_TYPE_WEIGHT : 1));
  }
  return TYPE_ORDER.reduce((best, type) => ((votes.get(type) ?? 0) > (votes.get(best) ?? 0) ? type : best));
}

function knowledgeBaseOf(entity: HeldEntity): KnowledgeBaseId[] {
  if (entity.placeKind === "country" && entity.countryCode) return [{ scheme: "iso3166-1", id: entity.countryCode, url: `https://www.iso.org/obp/ui/#iso:code:3166:${entity.countryCode}` }];
  if (entity.geonameId !== undefined) return [{ scheme: "geonames", id: String(entity.geonameId), url: `https://www.geonames.org/${entity.geonameId}` }];
  return [];
}

function corpusEntity(members: readonly Member[], id: string): KeyedCorpusEntity {
  const type = votedType(members);
  const typed = members.filter((member) => member.entity.type === type);
  const name = displayName(members.map((member) => member.name));
  const located = typed.find((member) => member.entity.countryCode !== null);
  const aliases = new Set<string>();
  const roles: CorpusEntity["roles"] = [];
  const articles = new Map<string, { id: string; mentions: number }>();
  const idsIn = new Map<string, string[]>();
  let mentionCount = 0;
  for (const { articleId, entity } of members) {
    const mentions = entity.mentions.filter((mention) => mention.kind !== "demonym").length;
    mentionCount += mentions;
    const held = articles.get(articleId);
    if (!held || mentions > held.mentions) articles.set(articleId, { id: entity.id, mentions });
    idsIn.set(articleId, [...(idsIn.get(articleId) ?? []), entity.id]);
    for (const mention of entity.mentions) if (mention.kind !== "demonym" && mention.kind !== "reference") aliases.add(mention.text.replace(/\s+/gu, " "));
    for (const role of entity.roles) {
      const existing = roles.find((other) => foldAccents(other.text.toLowerCase()) === foldAccents(role.text.toLowerCase()));
      const source = { articleId, start: role.start, end: role.end };
      // Among spellings of one role, the alphabetically first is kept, whatever the order of arrival.
      if (existing && role.text < existing.text) existing.text = role.text;
      if (existing) existing.sources.push(source);
      else roles.push({ text: role.text, sources: [source] });
    }
  }
  const bySource = (a: SourceSpan, b: SourceSpan) => a.articleId.localeCompare(b.articleId) || a.start - b.start;
  const others = [...idsIn]
    .filter(([, ids]) => ids.length > 1)
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([articleId, ids]) => [articleId, ids.filter((other) => other !== articles.get(articleId)!.id).sort()] as const);
  return {
    id,
    name,
    type,
    countryCode: located?.entity.countryCode ?? null,
    aliases: [...aliases].sort((a, b) => foldAccents(a).localeCompare(foldAccents(b)) || a.localeCompare(b)),
    roles: roles.map((role) => ({ ...role, sources: role.sources.sort(bySource) })).sort((a, b) => a.text.localeCompare(b.text)),
    articles: Object.fromEntries([...articles].sort((a, b) => a[0].localeCompare(b[0])).map(([articleId, held]) => [articleId, held.id])),
    ...(others.length > 0 ? { otherArticleEntities: Object.fromEntries(others) } : {}),
    mentionCount,
    knowledgeBase: typed.map((member) => knowledgeBaseOf(member.entity)).find((ids) => ids.length > 0) ?? [],
    keys: [...new Set(members.map((member) => entityKey(member.entity)))].sort(),
  };
}
