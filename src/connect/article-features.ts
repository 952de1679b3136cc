/**
 * What the connect stage keeps of an annotated article: a MinHash signature, its weighted
 * content terms (stemmed, folded, without stop words), the keys of its salient entities, its
 * main date, and its events with their participants' names. Small enough to hold for a large
 * corpus, so stories are built without keeping texts in memory.
 */
import { createRequire } from "node:module";
import type { AnnotatedArticle, Entity } from "../annotate/annotation.js";
import { boundedMemo } from "../core/bounded-memo.js";
import { foldAccents, normalizeWord, tokenize } from "../core/terms.js";
import { bodyStart, headlineSpan } from "../extract/headline.js";
import { leadSentences } from "./article-lead.js";
import { minhashSignature } from "./minhash.js";
import { NO_ENTRIES, packEntries, type PackedEntries } from "./packed-entries.js";

const require = createRequire(import.meta.url);
const stopwords = require("stopwords-iso") as Record<string, string[]>;

export interface ArticleFeatures {
  id: string;
  source: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  language: string | null;
  signature: Uint32Array;
  /** Stemmed content terms and their counts, in order of first use. */
  terms: PackedEntries;
  /** Distinct content terms of the headline and the lead (the first sentences): what the story is, as its outlet put it. */
  leadTerms: string[];
  /** Names as story clustering weighs them: key (typeless, so "Trump" typed a person here and a place there is one) → 1 + ln(mentions), doubled when named in the lead. */
  entityWeights: PackedEntries;
  /** Keys of the entities the article names ("PER:karel novak", "LOC:country:SE"), at most one per entity. */
  entityKeys: string[];
  /** The date the article is about: its publication date, else the day or month its events point to most. */
  mainDate: string | null;
  /** Days of the year the article names without a year ("11-24" from "mercredi 24 novembre" with no publication date). */
  yearlessDays: string[];
}

/** The features without the terms and names a vector is made from (`storyVector`): what is held of an article once its vector is made. */
export function withoutTerms(features: ArticleFeatures): ArticleFeatures {
  return { ...features, ...noTerms() };
}

/** The terms and names of an article whose vector is made, which are not held. */
export function noTerms(): Pick<ArticleFeatures, "terms" | "leadTerms" | "entityWeights"> {
  return { terms: NO_ENTRIES, leadTerms: [], entityWeights: NO_ENTRIES };
}

const stopSets = new Map<string, Set<string>>();

/** Content terms by language, memoised by lowercase word ("" for a stop word): news repeats its words, and folding and Snowball are the costliest steps here. */
const termsByLanguage = new Map<string, (word: string) => string>();
const MAX_CACHED_TERMS = 500_000;

function contentTerm(word: string, language: string | null): string {
  let term = termsByLanguage.get(language ?? "");
  if (!term) {
    term = boundedMemo((lower) => {
      const folded = foldAccents(lower);
      return folded.length < 3 || stopSet(language).has(folded) || /^\d+$/u.test(folded) ? "" : normalizeWord(folded, language);
    }, MAX_CACHED_TERMS);
    termsByLanguage.set(language ?? "", term);
  }
  return term(word);
}

/**
 * One copy of a string the features of many articles hold (a name's key, an outlet, a day): each
 * article's annotation makes its own, and a corpus keeps its features for every article.
 */
const shared = boundedMemo((value) => value, MAX_CACHED_TERMS);
const sharedOrNull = (value: string | null) => (value === null ? null : shared(value));

/** The distinct content terms of a text (stop words, short words and numbers left out), stemmed and folded. */
export function contentTerms(text: string, language: string | null): string[] {
  return [...new Set(tokenize(text).map((token) => contentTerm(token.text.toLowerCase(), language)).filter(Boolean))];
}

function stopSet(language: string | null): Set<string> {
  const key = language ?? "";
  let set = stopSets.get(key);
  if (!set) {
    set = new Set((stopwords[key] ?? []).map((word) => foldAccents(word.toLowerCase())));
    stopSets.set(key, set);
  }
  return set;
}

export function entityKey(entity: Pick<Entity, "type" | "name" | "countryCode" | "placeKind" | "geonameId">): string {
  if (entity.placeKind === "country" && entity.countryCode) return `LOC:country:${entity.countryCode}`;
  // One town however it is spelt ("Buenos Aires", "Buenos-Aires"), and namesakes in other countries apart.
  if (entity.geonameId !== undefined) return `LOC:geonames:${entity.geonameId}`;
  return `${entity.type}:${foldAccents(entity.name.toLowerCase()).replace(/[’']/gu, "'")}`;
}

/** How an entity key reads when no corpus entity stands for it (an unnamed group: "ORG:militaires" → "militaires"): its words, never the key. */
export function keyWords(key: string): string {
  return key.replace(/^[A-Z]+:(?:country:)?/u, "");
}

export function articleFeatures(article: AnnotatedArticle): ArticleFeatures {
  const tokens = tokenize(article.text);
  const words = tokens.map((token) => token.text.toLowerCase());
  // The headline's words weigh as the lead's (leadTerms), not a second time as the body's. The
  // body starts after a paragraph break, so no token runs across its start: the text is tokenised once.
  const body = bodyStart(article);
  const terms = new Map<string, number>();
  tokens.forEach((token, index) => {
    if (token.start < body) return;
    const term = contentTerm(words[index]!, article.language);
    if (term) terms.set(term, (terms.get(term) ?? 0) + 1);
  });
  const lead = leadEnd(article);
  const named = article.annotations.entities.filter((entity) => entity.mentions.some((mention) => mention.kind === "name" || mention.kind === "epithet"));
  return {
    id: article.id,
    source: article.source,
    outlet: sharedOrNull(article.outlet),
    title: article.title,
    published: sharedOrNull(article.published),
    language: sharedOrNull(article.language),
    signature: minhashSignature(words),
    terms: packEntries(terms),
    leadTerms: contentTerms(leadText(article, lead), article.language),
    entityWeights: packEntries(entityWeights(named, lead)),
    entityKeys: [...new Set(named.map((entity) => shared(entityKey(entity))))],
    mainDate: sharedOrNull(mainDate(article)),
    yearlessDays: [...new Set(article.annotations.times.flatMap((time) => /^XXXX-(\d{2}-\d{2})/u.exec(time.value ?? "")?.[1] ?? []))],
  };
}

/** A lead without sentence marks (a headline list, a dump) is cut this far into the body. */
const MAX_LEAD_CHARS = 400;

/** Where the headline and the lead end: what the story is, as its outlet put it. */
function leadEnd(article: AnnotatedArticle): number {
  const body = bodyStart(article);
  const sentence = leadSentences(article).at(-1);
  return Math.max(body, Math.min(sentence?.end ?? article.text.length, body + MAX_LEAD_CHARS));
}

/** The headline and the lead; a title the text does not open with (an article stored before headlines were annotated) is read with them. */
function leadText(article: AnnotatedArticle, leadEnd: number): string {
  const lead = article.text.slice(0, leadEnd);
  return headlineSpan(article) || !article.title ? lead : `${article.title}\n${lead}`;
}

/** A name as story clustering keys it: without its type, which articles disagree on more often than on the name. */
export function storyEntityKey(entity: Entity): string {
  const key = entityKey(entity);
  return key.startsWith("LOC:country:") || key.startsWith("LOC:geonames:") ? key : key.replace(/^[A-Z]+:/u, "");
}

function entityWeights(named: readonly Entity[], leadEnd: number): Map<string, number> {
  const weights = new Map<string, number>();
  for (const entity of named) {
    const mentions = entity.mentions.filter((mention) => mention.kind !== "demonym");
    if (mentions.length === 0) continue;
    const inLead = mentions.some((mention) => mention.start < leadEnd);
    const weight = (1 + Math.log(mentions.length)) * (inLead ? 2 : 1);
    const key = shared(storyEntityKey(entity));
    weights.set(key, Math.max(weights.get(key) ?? 0, weight));
  }
  return weights;
}

/** News is about its day: the publication date; without one, the most cited day (else month) among event dates. */
function mainDate(article: AnnotatedArticle): string | null {
  if (article.published) return article.published.slice(0, 10);
  const counts = new Map<string, number>();
  for (const event of article.annotations.events) {
    const day = /^\d{4}-\d{2}(?:-\d{2})?/u.exec(event.date ?? "")?.[0];
    if (day) counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0];
  return best?.[0] ?? null;
}
