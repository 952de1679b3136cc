/**
 * The stories as a browsable list: per story its outlets, languages, publication and event
 * dates and main entities, and the filters the UI offers (entity, outlet, date range, language,
 * an article it holds). Built once per connected corpus, so filtering a request is a scan of
 * small summaries, not of articles.
 */
import type { ConnectedCorpus, Story } from "../connect/connect-corpus.js";
import type { CorpusEntity } from "../connect/corpus-entities.js";
import type { EntityType } from "../annotate/annotation.js";
import { sourceLabel } from "../core/source-label.js";
import { foldAccents } from "../core/terms.js";
import { storyTitleOf } from "../deliver/story-title.js";
import { knownOnlyByFile } from "../deliver/source-name.js";

/** What the server keeps of each article while connecting, to describe stories without re-reading them. */
export interface ArticleMeta {
  id: string;
  source: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  language: string | null;
  warnings: string[];
}

export interface StorySummary {
  id: string;
  /** The story's title, or its best-supported event in words when no article has a title. */
  title: string;
  articles: number;
  /** Its sources' outlets (or web hosts); sources known only by a file are listed apart. */
  outlets: string[];
  /** Names of the files of its sources that no outlet or address names, never shown as outlets. */
  files: string[];
  languages: string[];
  /** First and last publication dates of its articles. */
  published: { first: string; last: string } | null;
  /** First and last dates on its timeline. */
  events: { first: string; last: string } | null;
  /** The entities mentioned by the most of its articles. */
  entities: Array<{ id: string; name: string; type: EntityType }>;
  relatedStories: string[];
}

export interface StoryFilters {
  /** Folded substring of an entity's name or alias, or an entity id. */
  entity?: string;
  outlet?: string;
  language?: string;
  /** Inclusive bounds on publication dates, compared as ISO strings (a day "2021-11" covers its month). */
  from?: string;
  to?: string;
  /** Only the story holding this article. */
  article?: string;
  /** Only stories holding one of these articles (full-text search hits). */
  articleIds?: ReadonlySet<string>;
}

const LISTED_ENTITIES = 6;

/** One story as the catalog filters it: plain data, so a worker thread can compute it and post it (structured clone keeps Sets). */
export interface CatalogEntry {
  summary: StorySummary;
  entityIds: Set<string>;
  articleIds: Set<string>;
}

/** Every story's summary and filter keys, in the corpus's story order. */
export function catalogEntries(corpus: ConnectedCorpus, articles: ReadonlyMap<string, ArticleMeta>): CatalogEntry[] {
  const nameOf = new Map(corpus.entities.map((entity) => [entity.id, entity.name]));
  const storyOf = new Map<string, Story>();
  for (const story of corpus.stories) for (const id of story.articleIds) storyOf.set(id, story);
  const entitiesByStory = new Map<string, Array<{ entity: CorpusEntity; articles: number }>>();
  for (const entity of corpus.entities) {
    const counts = new Map<string, number>();
    for (const articleId of Object.keys(entity.articles)) {
      const story = storyOf.get(articleId);
      if (story) counts.set(story.id, (counts.get(story.id) ?? 0) + 1);
    }
    for (const [storyId, count] of counts) {
      const list = entitiesByStory.get(storyId) ?? [];
      list.push({ entity, articles: count });
      entitiesByStory.set(storyId, list);
    }
  }
  return corpus.stories.map((story) => {
    const members = story.articleIds.map((id) => articles.get(id)).filter((meta): meta is ArticleMeta => meta !== undefined);
    const entities = (entitiesByStory.get(story.id) ?? []).sort((a, b) => b.articles - a.articles || b.entity.mentionCount - a.entity.mentionCount || a.entity.id.localeCompare(b.entity.id));
    const published = members.map((meta) => meta.published).filter((date): date is string => date !== null).sort();
    return {
      summary: {
        id: story.id,
        title: storyTitleOf(story, (id) => nameOf.get(id) ?? id),
        articles: story.articleIds.length,
        outlets: distinct(members.filter((meta) => !knownOnlyByFile(meta)).map(sourceLabel)),
        files: distinct(members.filter(knownOnlyByFile).map(sourceLabel)),
        languages: distinct(members.map((meta) => meta.language).filter((language): language is string => language !== null)),
        published: published.length > 0 ? { first: published[0]!, last: published.at(-1)! } : null,
        events: story.timeline.length > 0 ? { first: story.timeline[0]!.date, last: story.timeline.at(-1)!.date } : null,
        entities: entities.slice(0, LISTED_ENTITIES).map(({ entity }) => ({ id: entity.id, name: entity.name, type: entity.type })),
        relatedStories: story.relatedStories,
      },
      entityIds: new Set(entities.map(({ entity }) => entity.id)),
      articleIds: new Set(story.articleIds),
    };
  });
}

export class StoryCatalog {
  private readonly entities: CorpusEntity[];
  /** Largest first, sorted once: a listing filters, it does not sort 20,000 summaries per request. */
  private readonly entries: readonly CatalogEntry[];
  private readonly summaries: ReadonlyMap<string, StorySummary>;
  private facetsOnce: { outlets: string[]; languages: string[] } | null = null;

  /** `entries` when they were computed elsewhere (the connect worker), else computed here. */
  constructor(corpus: ConnectedCorpus, articles: ReadonlyMap<string, ArticleMeta>, entries: readonly CatalogEntry[] = catalogEntries(corpus, articles)) {
    this.entities = corpus.entities;
    this.entries = [...entries].sort((a, b) => b.summary.articles - a.summary.articles || a.summary.id.localeCompare(b.summary.id));
    this.summaries = new Map(entries.map((entry) => [entry.summary.id, entry.summary]));
  }

  /** The summary of one story of the corpus, or undefined for an id it does not hold. */
  summaryOf(storyId: string): StorySummary | undefined {
    return this.summaries.get(storyId);
  }

  /** Summaries of the stories passing every filter given, largest first. */
  list(filters: StoryFilters): StorySummary[] {
    const entityIds = filters.entity ? this.matchingEntities(filters.entity) : null;
    const outlet = filters.outlet ? fold(filters.outlet) : null;
    return this.entries
      .filter((entry) => {
        const { summary } = entry;
        if (entityIds && ![...entityIds].some((id) => entry.entityIds.has(id))) return false;
        if (outlet && !summary.outlets.some((name) => fold(name).includes(outlet))) return false;
        if (filters.language && !summary.languages.includes(filters.language)) return false;
        if (filters.from && (!summary.published || summary.published.last.slice(0, filters.from.length) < filters.from)) return false;
        if (filters.to && (!summary.published || summary.published.first.slice(0, filters.to.length) > filters.to)) return false;
        if (filters.article && !entry.articleIds.has(filters.article)) return false;
        if (filters.articleIds && ![...entry.articleIds].some((id) => filters.articleIds!.has(id))) return false;
        return true;
      })
      .map((entry) => entry.summary);
  }

  /** Distinct outlets and languages across the corpus, for the filter menus. */
  facets(): { outlets: string[]; languages: string[] } {
    return (this.facetsOnce ??= {
      outlets: distinct(this.entries.flatMap((entry) => entry.summary.outlets)).sort(),
      languages: distinct(this.entries.flatMap((entry) => entry.summary.languages)).sort(),
    });
  }

  private matchingEntities(query: string): Set<string> {
    const wanted = fold(query);
    return new Set(this.entities.filter((entity) => entity.id === query || [entity.name, ...entity.aliases].some((name) => fold(name).includes(wanted))).map((entity) => entity.id));
  }
}

function fold(text: string): string {
  return foldAccents(text).toLowerCase().trim();
}

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
