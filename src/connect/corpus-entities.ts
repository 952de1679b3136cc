/**
 * Entities across articles: the same key (type and folded name, or country code) is one corpus
 * entity; a person named by surname only ("Novak" alone) joins the one full name in
 * the corpus that ends with it, and stays apart when two people share it, so namesakes are not
 * merged. Each corpus entity keeps its aliases, its roles with their sources, and its mentions
 * per article.
 */
import type { AnnotatedArticle, EntityType } from "../annotate/annotation.js";
import { foldAccents } from "../core/terms.js";
import { entityKey } from "./article-features.js";

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
  /** Article id → the id of this entity inside that article. */
  articles: Record<string, string>;
  mentionCount: number;
  /** Knowledge-base identifiers the project knows offline: ISO 3166 for countries, GeoNames for towns (from the gazetteer's data packages). */
  knowledgeBase: KnowledgeBaseId[];
}

export interface KnowledgeBaseId {
  scheme: "iso3166-1" | "geonames";
  id: string;
  url: string;
}

function knowledgeBaseOf(entity: ArticleEntity): KnowledgeBaseId[] {
  if (entity.placeKind === "country" && entity.countryCode) return [{ scheme: "iso3166-1", id: entity.countryCode, url: `https://www.iso.org/obp/ui/#iso:code:3166:${entity.countryCode}` }];
  if (entity.geonameId !== undefined) return [{ scheme: "geonames", id: String(entity.geonameId), url: `https://www.geonames.org/${entity.geonameId}` }];
  return [];
}

/** While connecting: the entity keys merged into a corpus entity, to resolve claim participants. */
export interface KeyedCorpusEntity extends CorpusEntity {
  keys: string[];
}

export class CorpusEntityIndex {
  private readonly byKey = new Map<string, KeyedCorpusEntity>();
  private readonly surnameOnly = new Map<string, Array<{ articleId: string; entity: ArticleEntity }>>();

  add(article: AnnotatedArticle): void {
    for (const entity of article.annotations.entities) {
      if (!entity.mentions.some((mention) => mention.kind === "name" || mention.kind === "epithet")) continue;
      const key = entityKey(entity);
      if (entity.type === "PER" && !entity.name.includes(" ")) {
        const pending = this.surnameOnly.get(key) ?? [];
        pending.push({ articleId: article.id, entity });
        this.surnameOnly.set(key, pending);
        continue;
      }
      this.merge(key, article.id, entity);
    }
  }

  /**
   * Corpus entities in a stable order (by key), with surname-only persons attached where the
   * corpus is unambiguous. Read-only: surnames are attached to copies, so a full name arriving
   * later still gathers them, and the result is the same however often it is asked for.
   */
  entities(): KeyedCorpusEntity[] {
    const byKey = new Map([...this.byKey].map(([key, entity]) => [key, copyOf(entity)]));
    for (const [key, pending] of this.surnameOnly) {
      const surname = key.slice("PER:".length);
      const full = [...byKey.keys()].filter((other) => other.startsWith("PER:") && other.endsWith(` ${surname}`));
      const target = full.length === 1 ? full[0]! : key;
      for (const { articleId, entity } of pending) mergeInto(byKey, target, articleId, entity);
      if (target !== key) byKey.get(target)!.keys.push(key);
    }
    // Sources in text order, roles by text: the same corpus gives the same entities whatever the order of arrival.
    const bySource = (a: SourceSpan, b: SourceSpan) => a.articleId.localeCompare(b.articleId) || a.start - b.start;
    return [...byKey.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([, entity], index) => ({
        ...entity,
        id: `c${index + 1}`,
        roles: entity.roles.map((role) => ({ ...role, sources: [...role.sources].sort(bySource) })).sort((a, b) => a.text.localeCompare(b.text)),
        articles: Object.fromEntries(Object.entries(entity.articles).sort((a, b) => a[0].localeCompare(b[0]))),
        keys: [...entity.keys].sort(),
      }));
  }

  private merge(key: string, articleId: string, entity: ArticleEntity): void {
    mergeInto(this.byKey, key, articleId, entity);
  }
}

type ArticleEntity = AnnotatedArticle["annotations"]["entities"][number];

function copyOf(entity: KeyedCorpusEntity): KeyedCorpusEntity {
  return { ...entity, aliases: [...entity.aliases], roles: entity.roles.map((role) => ({ ...role, sources: [...role.sources] })), articles: { ...entity.articles }, keys: [...entity.keys] };
}

function mergeInto(byKey: Map<string, KeyedCorpusEntity>, key: string, articleId: string, entity: ArticleEntity): void {
  let corpus = byKey.get(key);
  if (!corpus) {
    corpus = { id: "", name: entity.name, type: entity.type, countryCode: entity.countryCode, aliases: [], roles: [], articles: {}, mentionCount: 0, knowledgeBase: knowledgeBaseOf(entity), keys: [key] };
    byKey.set(key, corpus);
  }
  // The longest name, alphabetically first among equals, so the order of arrival does not choose.
  if (entity.type === corpus.type && (entity.name.length > corpus.name.length || (entity.name.length === corpus.name.length && entity.name < corpus.name))) corpus.name = entity.name;
  corpus.articles[articleId] = entity.id;
  corpus.mentionCount += entity.mentions.filter((mention) => mention.kind !== "demonym").length;
  const aliases = new Set(corpus.aliases);
  for (const mention of entity.mentions) if (mention.kind !== "demonym" && mention.kind !== "reference") aliases.add(mention.text.replace(/\s+/gu, " "));
  corpus.aliases = [...aliases].sort((a, b) => foldAccents(a).localeCompare(foldAccents(b)));
  for (const role of entity.roles) {
    const existing = corpus.roles.find((held) => foldAccents(held.text.toLowerCase()) === foldAccents(role.text.toLowerCase()));
    const source = { articleId, start: role.start, end: role.end };
    // Among spellings of one role, the alphabetically first is kept, whatever the order of arrival.
    if (existing && role.text < existing.text) existing.text = role.text;
    if (existing) existing.sources.push(source);
    else corpus.roles.push({ text: role.text, sources: [source] });
  }
}
