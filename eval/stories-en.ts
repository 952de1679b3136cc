/**
 * Stories and cross-document entities on stories-en-dev (ECB+ topics 1–35: two real events of
 * the same kind per topic, the gold story being the event). The records go through the
 * product's path (jsonl-articles.ts) and `CorpusConnector`; scored as issue 13 defines:
 * - stories: B³ over records, a rejected record being a story of its own;
 * - entity links: see linkScores below;
 * - name detection: the share of gold names (isGoldName) that a recoupe entity mention overlaps
 *   (an article's own, or one its story found: CorpusEntity.storyMentions);
 * - the same stories and corpus entities when the articles arrive in reverse order;
 * - small piles, as an analyst's first collection is: each topic's articles connected alone (two
 *   events of one kind, B³) and each gold story's articles alone (one event: B³ recall, how
 *   whole it stays when every article shares its words).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Countries } from "world-countries";
import { CorpusConnector, type ConnectedCorpus } from "../src/connect/connect-corpus.js";
import type { Span } from "../src/core/message.js";
import { readJsonlRecords, recordSpan, type JsonlRecord } from "./jsonl-articles.js";
import type { PrecisionRecall } from "./prf.js";
import { linkScores, type GoldName, type LinkScores } from "./stories-en-links.js";

interface GoldMention extends Span {
  text: string;
  kind: "entity" | "event" | "time";
  tag: string;
  chain: string | null;
}

interface GoldDocument {
  story: string;
  topic: string;
  mentions: GoldMention[];
  chainNames: Record<string, string>;
}

export interface StoryError {
  story: string;
  /** Gold story → the titles (or first words) of its articles here. */
  parts: Record<string, string[]>;
}

export interface StoriesEnResult {
  records: number;
  goldStories: number;
  foundStories: number;
  rejected: string[];
  stories: PrecisionRecall;
  links: LinkScores;
  names: { gold: number; detected: number };
  sameStoriesInReverseOrder: boolean;
  sameEntitiesInReverseOrder: boolean;
  /** Each gold topic connected alone, B³ averaged over all records. */
  topicPiles: PrecisionRecall;
  /** Each gold story (of 5 articles or more) connected alone: B³ recall averaged over its records. */
  storyPilesRecall: number;
  /** Found stories holding articles of several gold stories. */
  mixed: StoryError[];
  /** Gold stories spread over several found stories (a rejected record counts as one piece). */
  split: StoryError[];
}

/** Entity types of ECB+ that name a person, group, state or place, as recoupe's PER/ORG/LOC do. */
const NAME_TAGS = new Set(["HUMAN_PART_PER", "HUMAN_PART_ORG", "HUMAN_PART_GPE", "HUMAN_PART_MET", "HUMAN_PART_FAC", "HUMAN_PART_VEH", "LOC_GEO", "LOC_FAC", "LOC_OTHER"]);
/** Capitalised words that are pronouns or determiners, not names ("He", "I'm", "The facility"). */
const FUNCTION_WORDS = new Set(["i", "he", "she", "it", "we", "you", "they", "who", "his", "her", "its", "their", "our", "my", "this", "that", "these", "those", "there", "somebody", "someone", "the", "a", "an"]);
/** English demonyms ("the 40-year-old American"), from the country list the project already ships. */
const DEMONYMS = new Set((createRequire(import.meta.url)("world-countries") as Countries).flatMap((country) => Object.values(country.demonyms.eng ?? {}).map((word) => word.toLowerCase())));

const bare = (word: string) => word.toLowerCase().replace(/['’](?:s|m|d|ll|ve|re)$/u, "");

/**
 * A gold name: an entity mention tagged as a person, organisation, state, vehicle or place
 * (NAME_TAGS) whose first letter is a capital, whose first word is no pronoun, and that holds a
 * capitalised word after any leading determiner ("The Associated Press" is a name, "The
 * facility" is not); a lone demonym ("American") is not. A capitalised common noun opening a
 * sentence ("Police said") passes: the corpus gives no way to tell it apart.
 */
export function isGoldName(mention: GoldMention): boolean {
  if (mention.kind !== "entity" || !NAME_TAGS.has(mention.tag) || !/^\p{Lu}/u.test(mention.text)) return false;
  const words = mention.text.split(/\s+/u);
  if (words.length === 1 && (FUNCTION_WORDS.has(bare(words[0]!)) || DEMONYMS.has(bare(words[0]!)))) return false;
  return words.some((word) => /^\p{Lu}/u.test(word) && !FUNCTION_WORDS.has(bare(word)));
}

function connect(articles: readonly JsonlRecord[]): ConnectedCorpus {
  const connector = new CorpusConnector();
  for (const { article } of articles) if (article) connector.add(article);
  return connector.result();
}

export function evaluateStoriesEn(dataDir: string): StoriesEnResult {
  const gold = (JSON.parse(readFileSync(join(dataDir, "gold.json"), "utf8")) as { docs: Record<string, GoldDocument> }).docs;
  const records = readJsonlRecords(join(dataDir, "input.jsonl"));
  const corpus = connect(records);
  // The same articles in reverse: a wire copy filed twice under two headlines is one article (one
  // id, its body's), kept from its first record as the store keeps it, whichever order comes next.
  const firstOfEach = [...new Map(records.filter((record) => record.article).reverse().map((record) => [record.article!.id, record])).values()];
  const reversed = connect(firstOfEach);
  const storyOfArticle = new Map(corpus.stories.flatMap((story) => story.articleIds.map((id) => [id, story.id] as const)));
  const goldOf = (record: JsonlRecord) => gold[record.url]?.story ?? `unfiled:${record.url}`;
  const foundOf = (record: JsonlRecord) => (record.article && storyOfArticle.get(record.article.id)) ?? `single:${record.url}`;
  const names = goldNames(records, gold, corpus);
  const goldSizes = new Map<string, number>();
  for (const record of records) goldSizes.set(goldOf(record), (goldSizes.get(goldOf(record)) ?? 0) + 1);
  return {
    records: records.length,
    goldStories: new Set(records.map(goldOf)).size,
    foundStories: new Set(records.map(foundOf)).size,
    rejected: records.filter((record) => record.rejection).map((record) => `${record.url}: ${record.rejection}`),
    stories: bCubed(records.map((record) => ({ gold: goldOf(record), found: foundOf(record) }))),
    links: linkScores(names),
    names: { gold: names.length, detected: names.filter((name) => name.detected).length },
    sameStoriesInReverseOrder: storyPartition(corpus) === storyPartition(reversed),
    sameEntitiesInReverseOrder: entityPartition(corpus) === entityPartition(reversed),
    topicPiles: pileScores(records, (record) => gold[record.url]?.topic ?? record.url, goldOf).stories,
    storyPilesRecall: pileScores(records.filter((record) => goldSizes.get(goldOf(record))! >= 5), goldOf, goldOf).stories.recall,
    mixed: storyErrors(records, foundOf, goldOf, titleOf),
    split: storyErrors(records, goldOf, foundOf, titleOf),
  };
}

/** The records grouped by `pileOf`, each pile connected alone, scored together by B³ against `goldOf`. */
function pileScores(records: readonly JsonlRecord[], pileOf: (record: JsonlRecord) => string, goldOf: (record: JsonlRecord) => string): { stories: PrecisionRecall } {
  const piles = new Map<string, JsonlRecord[]>();
  for (const record of records) piles.set(pileOf(record), [...(piles.get(pileOf(record)) ?? []), record]);
  const items: Array<{ gold: string; found: string }> = [];
  for (const [pile, members] of piles) {
    const storyOf = new Map(connect(members).stories.flatMap((story) => story.articleIds.map((id) => [id, story.id] as const)));
    for (const record of members) items.push({ gold: goldOf(record), found: `${pile}\t${(record.article && storyOf.get(record.article.id)) ?? `single:${record.url}`}` });
  }
  return { stories: bCubed(items) };
}

/** B³: each item scored on how its found cluster overlaps its gold cluster, averaged. */
function bCubed(items: ReadonlyArray<{ gold: string; found: string }>): PrecisionRecall {
  const count = (key: (item: { gold: string; found: string }) => string) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
    return counts;
  };
  const found = count((item) => item.found);
  const goldSizes = count((item) => item.gold);
  const both = count((item) => `${item.found}\t${item.gold}`);
  let precision = 0;
  let recall = 0;
  for (const item of items) {
    const shared = both.get(`${item.found}\t${item.gold}`)!;
    precision += shared / found.get(item.found)! / items.length;
    recall += shared / goldSizes.get(item.gold)! / items.length;
  }
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Clusters (by `clusterOf`) whose records fall into several groups (by `groupOf`), largest first. */
function storyErrors(records: readonly JsonlRecord[], clusterOf: (record: JsonlRecord) => string, groupOf: (record: JsonlRecord) => string, label: (record: JsonlRecord) => string): StoryError[] {
  const clusters = new Map<string, JsonlRecord[]>();
  for (const record of records) clusters.set(clusterOf(record), [...(clusters.get(clusterOf(record)) ?? []), record]);
  return [...clusters]
    .map(([story, members]) => {
      const parts: Record<string, string[]> = {};
      for (const record of members) (parts[groupOf(record)] ??= []).push(label(record));
      return { story, parts };
    })
    .filter((error) => Object.keys(error.parts).length > 1)
    .sort((a, b) => Object.keys(b.parts).length - Object.keys(a.parts).length || a.story.localeCompare(b.story));
}

/** Every gold name of every accepted record, with the corpus entities its overlapping recoupe mentions belong to. */
function goldNames(records: readonly JsonlRecord[], gold: Record<string, GoldDocument>, corpus: ConnectedCorpus): GoldName[] {
  const corpusEntityOf = new Map<string, { id: string; name: string }>();
  for (const entity of corpus.entities) {
    for (const [articleId, ids] of [...Object.entries(entity.articles), ...Object.entries(entity.otherArticleEntities ?? {})]) for (const id of ([] as string[]).concat(ids)) corpusEntityOf.set(`${articleId}\t${id}`, entity);
  }
  // Mentions the corpus found from an article's story (story-name-recall.ts), by article.
  const storyMentions = new Map<string, Array<{ span: Span; corpus: { id: string; name: string } }>>();
  for (const entity of corpus.entities) for (const span of entity.storyMentions ?? []) storyMentions.set(span.articleId, [...(storyMentions.get(span.articleId) ?? []), { span, corpus: entity }]);
  const names: GoldName[] = [];
  // A record whose body an earlier record already gave is not in the corpus as itself (the store
  // keeps an id's first record), so its own entity ids would be looked up in the other's: not scored.
  const storedIds = new Set<string>();
  records.forEach((record, recordIndex) => {
    const document = gold[record.url];
    if (!document) return;
    if (record.article) {
      if (storedIds.has(record.article.id)) return;
      storedIds.add(record.article.id);
    }
    const found = [
      ...(record.article?.annotations.entities ?? []).flatMap((entity) =>
        entity.mentions
          .filter((mention) => mention.kind !== "demonym")
          .map((mention) => ({ span: recordSpan(record, mention), corpus: corpusEntityOf.get(`${record.article!.id}\t${entity.id}`) ?? null })),
      ),
      ...(record.article ? (storyMentions.get(record.article.id) ?? []) : []).map(({ span, corpus }) => ({ span: recordSpan(record, span), corpus })),
    ];
    for (const mention of document.mentions.filter(isGoldName)) {
      const overlapping = found.filter(({ span }) => span && span.start < mention.end && mention.start < span.end);
      const chain = mention.chain && !mention.chain.startsWith("intra:") ? mention.chain : null;
      names.push({
        record: recordIndex,
        story: document.story,
        text: mention.text,
        chain,
        chainName: chain ? (document.chainNames[chain] ?? chain) : null,
        detected: overlapping.length > 0,
        corpusEntities: new Map(overlapping.flatMap(({ corpus }) => (corpus ? [[corpus.id, corpus.name] as const] : []))),
      });
    }
  });
  return names;
}

/** The record's number and its title, or its first words when extraction found no title. */
function titleOf(record: JsonlRecord): string {
  const title = record.article ? (record.article.title ?? record.article.text.slice(0, 70).replace(/\s+/gu, " ")) : "(rejected)";
  return `${record.url.replace("urn:ecbplus:", "")} ${title}`;
}

function storyPartition(corpus: ConnectedCorpus): string {
  return corpus.stories.map((story) => [...story.articleIds].sort().join(",")).sort().join("|");
}

function entityPartition(corpus: ConnectedCorpus): string {
  return corpus.entities.map((entity) => `${entity.name}:${Object.keys(entity.articles).sort().join(",")}`).sort().join("|");
}

/** The table `npm run eval` prints: the scores, then the largest errors of each kind (all of them are in the results' details). */
export function formatStoriesEnTable(result: StoriesEnResult, shown = 8): string {
  const score = (name: string, value: PrecisionRecall) => `${name}: precision ${value.precision.toFixed(3)}, recall ${value.recall.toFixed(3)}, F1 ${value.f1.toFixed(3)}`;
  const parts = (error: StoryError) => Object.entries(error.parts).map(([part, titles]) => `${part} ×${titles.length} (${titles[0]!.slice(0, 60)})`).join("; ");
  return [
    `${result.records} records in ${result.goldStories} gold stories; ${result.foundStories} found stories; ${result.rejected.length} records rejected`,
    score("stories B³ over articles", result.stories),
    score(`cross-document entity links (${result.links.goldLinks} gold links, ${result.links.linked} made)`, result.links),
    `gold names detected: ${result.names.detected} of ${result.names.gold} (${(result.names.detected / result.names.gold).toFixed(3)})`,
    `same stories when the articles arrive in reverse order: ${result.sameStoriesInReverseOrder ? "yes" : "NO"}; same corpus entities: ${result.sameEntitiesInReverseOrder ? "yes" : "NO"}`,
    ...result.rejected.map((line) => `  rejected ${line}`),
    `found stories mixing gold stories: ${result.mixed.length}`,
    ...result.mixed.slice(0, shown).map((error) => `  ${error.story}: ${parts(error)}`),
    `gold stories split: ${result.split.length}`,
    ...result.split.slice(0, shown).map((error) => `  ${error.story}: ${parts(error)}`),
    "missed entity links (gold name pairs, most frequent first):",
    ...result.links.missed.slice(0, shown).map(({ pair, count }) => `  ${count} × ${pair}`),
    "wrong entity merges (corpus entity: gold names of two chains):",
    ...result.links.wrongMerges.slice(0, shown).map(({ pair, count }) => `  ${count} × ${pair}`),
  ].join("\n");
}
