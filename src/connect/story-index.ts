/**
 * Stories built as articles arrive. Each new article is compared only with the articles that
 * share a salient entity or a rare term with it (an inverted index), and linked to those that
 * tell the same event: close in time, sharing entities and words, or nearly duplicating them.
 * Stories are the connected components of those links (union-find), so they do not depend on
 * the order in which articles arrive — exactly so while no cap below binds (a key past
 * `maxPostings`, more than `candidates` candidates), which only happens at very large scale;
 * weaker links (same entities, another time) relate stories.
 *
 * An article without any date cannot be placed in time, so its links cannot tell a story from
 * its follow-up months later, and through it the two would merge. Such links are kept aside and
 * resolved when stories are read: each undated article joins the one dated story it is most
 * alike, undated articles linked only to each other form their own story, and its other links
 * only relate stories. This is decided over the whole set of links, sorted, so it too is
 * independent of the order of arrival.
 */
import { dayDistance } from "../core/day-distance.js";
import type { ArticleFeatures } from "./article-features.js";
import { UnionFind } from "./union-find.js";

/** Thresholds, named so their reasons stay with them. */
export const STORY_LINK = {
  /** Weighted Jaccard of salient entities above which two articles are about the same actors. */
  entities: 0.25,
  /** Cosine of content terms above which two articles tell the same thing. */
  terms: 0.2,
  /** Two articles more than this many days apart report different events, however alike. */
  maxDays: 10,
  /** How many candidate articles a new one is compared with, the ones sharing most keys first. */
  candidates: 100,
  /** A key already held by more articles than this tells nothing about a story ("ministre", a head of state): it no longer finds candidates. */
  maxPostings: 400,
};

export interface StoryLinks {
  /** Article id pairs linked as the same story. */
  same: Array<[string, string]>;
  /** Article id pairs about the same actors at another time: their stories are related. */
  related: Array<[string, string]>;
}

interface Indexed {
  features: ArticleFeatures;
  norm: number;
}

/** A "same story" link in which at least one article is undated, with how alike the two are. */
interface UndatedLink {
  a: string;
  b: string;
  score: number;
}

export class StoryIndex {
  private readonly articles = new Map<string, Indexed>();
  private readonly postings = new Map<string, string[]>();
  private readonly documentFrequency = new Map<string, number>();
  readonly components = new UnionFind();
  private readonly related = new Set<string>();
  private readonly undatedLinks: UndatedLink[] = [];

  /** Adds an article, links it to the stories it belongs to, and returns the links it made. */
  add(features: ArticleFeatures, nearDuplicates: readonly string[] = []): StoryLinks {
    const links: StoryLinks = { same: [], related: [] };
    this.components.add(features.id);
    const keys = indexKeys(features);
    for (const key of keys) this.documentFrequency.set(key, (this.documentFrequency.get(key) ?? 0) + 1);
    const norm = Math.sqrt([...features.terms.values()].reduce((sum, count) => sum + count * count, 0));
    for (const candidate of this.candidates(keys)) {
      const other = this.articles.get(candidate)!;
      const copy = nearDuplicates.includes(candidate);
      const { kind, score } = copy ? { kind: "same" as const, score: Infinity } : this.compare(features, norm, other);
      if (kind === "same" && !copy && (features.mainDate === null || other.features.mainDate === null)) {
        // Ordered ids and a rounded score: the same link whichever article came first.
        const [a, b] = [candidate, features.id].sort() as [string, string];
        this.undatedLinks.push({ a, b, score: Math.round(score * 1e9) / 1e9 });
        links.same.push([candidate, features.id]);
      } else if (kind === "same") {
        this.components.union(features.id, candidate);
        links.same.push([candidate, features.id]);
      } else if (kind === "related") {
        this.related.add([candidate, features.id].sort().join("\t"));
        links.related.push([candidate, features.id]);
      }
    }
    for (const key of keys) {
      const list = this.postings.get(key);
      if (list) list.push(features.id);
      else this.postings.set(key, [features.id]);
    }
    this.articles.set(features.id, { features, norm });
    return links;
  }

  /** Stories as sorted lists of article ids, and the pairs of stories (by their first article id) that are related. */
  stories(): { members: string[][]; related: Array<[string, string]> } {
    const { components, unused } = this.placeUndated();
    const members = components.components().sort((a, b) => a[0]!.localeCompare(b[0]!));
    const relatedStories = new Set<string>();
    for (const pair of [...this.related, ...unused.map((link) => `${link.a}\t${link.b}`)]) {
      const [a, b] = pair.split("\t") as [string, string];
      const rootA = components.find(a);
      const rootB = components.find(b);
      if (rootA !== rootB) relatedStories.add([rootA, rootB].sort().join("\t"));
    }
    return { members, related: [...relatedStories].sort().map((pair) => pair.split("\t") as [string, string]) };
  }

  /** The dated stories with each undated article placed (see the module comment); the links not followed relate stories. */
  private placeUndated(): { components: UnionFind; unused: UndatedLink[] } {
    const components = this.components.clone();
    const isDated = (id: string) => this.articles.get(id)!.features.mainDate !== null;
    const links = [...this.undatedLinks].sort((x, y) => y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
    // Each undated article picks one dated story: the one whose date fits the days it names
    // without a year, if any does, else the one it is most alike. Dated roots are read before
    // any undated article joins, so each one picks among dated stories only.
    const best = new Map<string, { root: string; fit: number; score: number }>();
    for (const { a, b, score } of links) {
      for (const [undated, other] of [[a, b], [b, a]] as const) {
        if (isDated(undated) || !isDated(other)) continue;
        const fit = yearlessFit(this.articles.get(undated)!.features.yearlessDays, this.articles.get(other)!.features.mainDate!);
        const held = best.get(undated);
        if (!held || fit > held.fit) best.set(undated, { root: components.find(other), fit, score });
      }
    }
    for (const [undated, { root }] of best) components.union(undated, root);
    // Roots of the stories holding a dated article, kept current as undated articles join.
    const anchoredRoots = new Set([...this.articles.keys()].filter(isDated).map((id) => components.find(id)));
    const anchored = (id: string) => anchoredRoots.has(components.find(id));
    const unused: UndatedLink[] = [];
    let pending = links.filter(({ a, b }) => !isDated(a) && !isDated(b));
    for (let changed = true; changed; ) {
      changed = false;
      const next: UndatedLink[] = [];
      for (const link of pending) {
        if (components.find(link.a) === components.find(link.b)) continue;
        // Two undated articles join unless each already belongs to a different dated story.
        const [anchoredA, anchoredB] = [anchored(link.a), anchored(link.b)];
        if (anchoredA && anchoredB) {
          next.push(link);
          continue;
        }
        components.union(link.a, link.b);
        if (anchoredA || anchoredB) anchoredRoots.add(components.find(link.a));
        changed = true;
      }
      pending = next;
    }
    unused.push(...pending, ...links.filter(({ a, b }) => isDated(a) !== isDated(b) && components.find(a) !== components.find(b)));
    return { components, unused };
  }

  private candidates(keys: readonly string[]): string[] {
    const shared = new Map<string, number>();
    for (const key of keys) {
      const postings = this.postings.get(key);
      if (!postings || postings.length > STORY_LINK.maxPostings) continue;
      for (const id of postings) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    return [...shared].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, STORY_LINK.candidates).map(([id]) => id);
  }

  private compare(features: ArticleFeatures, norm: number, other: Indexed): { kind: "same" | "related" | null; score: number } {
    const entities = entityOverlap(features.entityKeys, other.features.entityKeys);
    const terms = cosine(features.terms, norm, other.features.terms, other.norm);
    const days = dayDistance(features.mainDate, other.features.mainDate);
    const alike = (entities >= STORY_LINK.entities && terms >= STORY_LINK.terms / 2) || terms >= STORY_LINK.terms * 2;
    const score = entities + terms;
    if (!alike) return { kind: entities >= STORY_LINK.entities ? "related" : null, score };
    return { kind: days !== null && days > STORY_LINK.maxDays ? "related" : "same", score };
  }
}

/** How many of an article's most frequent terms also serve to find candidates (stories without named people). */
const TERM_KEYS = 8;

/** People, organisations, named things and the article's main words: keys that tell stories apart (countries are shared by too many). */
function indexKeys(features: ArticleFeatures): string[] {
  const topTerms = [...features.terms].filter(([term]) => term.length >= 5).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TERM_KEYS).map(([term]) => `T:${term}`);
  return [...features.entityKeys.filter((key) => !key.startsWith("LOC:country:")), ...topTerms];
}

/** Jaccard over entity keys, countries counting half: every article on a region names its countries. */
function entityOverlap(a: readonly string[], b: readonly string[]): number {
  const weight = (key: string) => (key.startsWith("LOC:") ? 0.5 : 1);
  const setB = new Set(b);
  let shared = 0;
  let total = 0;
  for (const key of new Set([...a, ...b])) {
    total += weight(key);
    if (setB.has(key) && a.includes(key)) shared += weight(key);
  }
  return total === 0 ? 0 : shared / total;
}

function cosine(a: ReadonlyMap<string, number>, normA: number, b: ReadonlyMap<string, number>, normB: number): number {
  if (normA === 0 || normB === 0) return 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, count] of small) dot += count * (large.get(term) ?? 0);
  return dot / (normA * normB);
}

/**
 * Whether a dated article's day fits the days another names without a year: 1 when one of them
 * is within `maxDays` of it on the calendar (whatever the year), -1 when none is, 0 when there
 * are none to compare.
 */
function yearlessFit(yearlessDays: readonly string[], date: string): number {
  if (yearlessDays.length === 0 || date.length < 10) return 0;
  const year = Number(date.slice(0, 4));
  const near = yearlessDays.some((day) => [year - 1, year, year + 1].some((candidate) => (dayDistance(`${candidate}-${day}`, date) ?? Infinity) <= STORY_LINK.maxDays));
  return near ? 1 : -1;
}

