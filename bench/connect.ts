/**
 * Connect-stage scaling: synthetic annotated articles (no annotation run, so only connecting is
 * timed) in stories of about five reports each — shared people, a country, a date, story words
 * amid common words, an event per article and a quote in half — at several corpus sizes. Reports
 * time, peak memory and the growth ratio between sizes (1.0 per size ratio would be linear).
 */
import type { AnnotatedArticle, Entity, EventFrame, Quote } from "../src/annotate/annotation.js";
import { articleFeatures, type ArticleFeatures } from "../src/connect/article-features.js";
import { CorpusConnector } from "../src/connect/connect-corpus.js";
import { NearDuplicateIndex } from "../src/connect/near-duplicates.js";
import { join, newCluster, type Placed } from "../src/connect/story-cluster.js";
import { StoryIndex, assignInTimeOrder, canonicalOrder } from "../src/connect/story-index.js";
import { articleSpan } from "../src/connect/story-time.js";
import { DocumentFrequencies, storyVector } from "../src/connect/story-vectors.js";

import { random } from "./generate-corpus.js";

const COMMON = "le la les de des du un une et en à au pour sur par avec dans que qui il elle a ont est sont été pays gouvernement ministre accord réunion mardi mercredi jeudi vendredi annoncé selon déclaré nouvelle semaine année projet".split(" ");
const COUNTRIES = ["FR", "DE", "IT", "ES", "PT", "NO", "SE", "DK", "PL", "GR", "TN", "MA", "CA", "BR", "JP"];
const CATEGORIES = [["AGREE", "sign-agreement"], ["CONSULT", "visit"], ["CONSULT", "meet"], ["REJECT", "deny"], ["ACCUSE", "accuse"]] as const;

const syllables = ["ka", "lo", "mi", "ter", "van", "os", "ri", "dul", "pe", "sam", "gor", "li", "ne", "tah", "bru", "xe"];
const word = (n: number) => Array.from({ length: 3 }, (_, k) => syllables[(n >> (k * 4)) % syllables.length]).join("") + (n % 97);

export function syntheticArticle(index: number, storyCount: number): AnnotatedArticle {
  const next = random(index + 1);
  const story = Math.floor(next() * storyCount);
  const storyNext = random(story * 7919 + 3);
  const people = [0, 1].map(() => `Person ${word(Math.floor(storyNext() * 1e6))}`);
  const country = COUNTRIES[Math.floor(storyNext() * COUNTRIES.length)]!;
  const storyWords = Array.from({ length: 25 }, () => word(Math.floor(storyNext() * 1e7)));
  // A story is reported over a few days, as coverage of one event is.
  const day = new Date(Date.UTC(2020, 0, 1) + (Math.floor(storyNext() * 1500) + Math.floor(next() * 4)) * 86_400_000).toISOString().slice(0, 10);
  const [category, mode] = CATEGORIES[Math.floor(storyNext() * CATEGORIES.length)]!;
  const words: string[] = [];
  for (let k = 0; k < 150; k += 1) words.push(next() < 0.45 ? storyWords[Math.floor(next() * storyWords.length)]! : COMMON[Math.floor(next() * COMMON.length)]!);
  const text = `${people[0]} et ${people[1]} ${words.join(" ")}.`;
  const entity = (id: string, name: string, type: Entity["type"], countryCode: string | null, placeKind: Entity["placeKind"], start: number): Entity => ({
    id, name, type, countryCode, placeKind, roles: [], mentions: [{ start, end: start + name.length, text: name, kind: "name" }],
  });
  const entities = [entity("e1", people[0]!, "PER", null, null, 0), entity("e2", people[1]!, "PER", null, null, people[0]!.length + 4), { ...entity("e3", country, "LOC", country, "country", 0), mentions: [] }];
  const event: EventFrame = { start: 0, end: text.length, category, mode, trigger: { start: 0, end: 1, text: text[0]! }, actors: ["e1"], targets: ["e2"], date: day, dateSpan: null, place: null };
  const quotes: Quote[] = next() < 0.5 ? [{ start: 0, end: 40, direct: true, content: { start: 1, end: 39 }, speaker: null, speakerKind: "named", speakerEntity: "e1" }] : [];
  return {
    id: `a_${index.toString(16).padStart(16, "0")}`, contentHash: String(index), source: `bench/${index}.txt`, url: null, title: `Story ${story}`, outlet: `Outlet ${index % 50}`, authors: [],
    published: day, language: "fr", text, offsetMap: { pieces: [] } as unknown as AnnotatedArticle["offsetMap"], warnings: [], container: "text", format: "text", encoding: "utf-8",
    annotations: { sentences: [], times: [], entities, quotes, events: [event] },
  } as unknown as AnnotatedArticle;
}

export interface ConnectScale {
  articles: number;
  stories: number;
  seconds: number;
  articlesPerSecond: number;
  peakRssMb: number;
  /** The heap still live once the result is made (after a forced collection): what the peak is a multiple of, whatever the collector's timing. */
  liveHeapMb: number | null;
}

/** `storySize` articles per story on average: 5 for a corpus of many small stories, 500–3,000 for a week of coverage of a few events. */
export function benchmarkConnect(sizes: readonly number[], storySize = 5): { runs: ConnectScale[]; growth: string[] } {
  const runs = sizes.map((size) => {
    (globalThis as { gc?: () => void }).gc?.();
    // As `export` and `report` connect a store without a build: read once.
    const connector = new CorpusConnector({ readOnce: true });
    const started = performance.now();
    for (let index = 0; index < size; index += 1) connector.add(syntheticArticle(index, Math.ceil(size / storySize)));
    const { stories } = connector.result();
    const seconds = (performance.now() - started) / 1000;
    const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const liveHeapMb = gc ? Math.round(process.memoryUsage().heapUsed / 1048576) : null;
    return { articles: size, stories: stories.length, seconds: Number(seconds.toFixed(1)), articlesPerSecond: Math.round(size / seconds), peakRssMb, liveHeapMb };
  });
  const growth = runs.slice(1).map((run, index) => `${runs[index]!.articles}→${run.articles}: size ×${(run.articles / runs[index]!.articles).toFixed(1)}, time ×${(run.seconds / runs[index]!.seconds).toFixed(2)}`);
  return { runs, growth };
}

export interface IncrementalStories {
  articles: number;
  added: number;
  /** The whole clustering of every article, as a full rebuild does it. */
  fullSeconds: number;
  /** The added articles assigned to the stored stories' centroids (frequencies updated, stories started where none fits). */
  assignSeconds: number;
  /** B³ F1 of the incremental stories against the full rebuild's (1 = the same stories). */
  agreementF1: number;
}

/**
 * Issue 16's "adding 1,000 articles", for story clustering alone: a stored build's stories (of
 * `size` articles) resumed with their centroids and document frequencies, the new articles taken
 * in time order and assigned as the streaming pass assigns them, against a full clustering of all.
 */
export function benchmarkIncrementalStories(size: number, added = 1000, storySize = 5): IncrementalStories {
  const storyCount = Math.ceil((size + added) / storySize);
  const features = Array.from({ length: size + added }, (_, index) => articleFeatures(syntheticArticle(index, storyCount)));
  const base = features.slice(0, size);
  const fresh = features.slice(size);
  const clusterAll = (list: readonly ArticleFeatures[]) => {
    const duplicates = new NearDuplicateIndex();
    const index = new StoryIndex();
    for (const item of list) index.add(item, duplicates.add(item.id, item.signature));
    return index.stories().members;
  };
  let started = performance.now();
  const full = clusterAll(features);
  const fullSeconds = (performance.now() - started) / 1000;
  // The stored state: the base's frequencies, and its stories' centroids from the base's vectors.
  const frequencies = new DocumentFrequencies();
  for (const item of base) frequencies.add(item);
  const placedOf = new Map(base.map((item): [string, Placed] => [item.id, { features: item, vector: storyVector(item, frequencies), time: articleSpan(item) }]));
  const stored = clusterAll(base).map((ids, index) => {
    const cluster = newCluster(index);
    for (const id of ids) join(cluster, placedOf.get(id)!);
    return cluster;
  });
  const clusterOf = new Map(stored.flatMap((cluster) => cluster.members.map((member) => [member.features.id, cluster] as const)));
  started = performance.now();
  for (const item of fresh) frequencies.add(item);
  const placed = [...fresh].sort(canonicalOrder).map((item): Placed => ({ features: item, vector: storyVector(item, frequencies), time: articleSpan(item) }));
  const begun = assignInTimeOrder(placed, new Map(), clusterOf, stored);
  const assignSeconds = (performance.now() - started) / 1000;
  const incremental = [...stored, ...begun].map((cluster) => cluster.members.map((member) => member.features.id));
  return { articles: size, added, fullSeconds: Number(fullSeconds.toFixed(1)), assignSeconds: Number(assignSeconds.toFixed(2)), agreementF1: Number(partitionAgreement(incremental, full).toFixed(3)) };
}

/** B³ F1 of one partition of the same items against another. */
function partitionAgreement(found: readonly string[][], reference: readonly string[][]): number {
  const groupOf = (partition: readonly string[][]) => new Map(partition.flatMap((ids, group) => ids.map((id) => [id, group] as const)));
  const foundOf = groupOf(found);
  const referenceOf = groupOf(reference);
  const shared = new Map<string, number>();
  for (const [id, group] of foundOf) shared.set(`${group}:${referenceOf.get(id)}`, (shared.get(`${group}:${referenceOf.get(id)}`) ?? 0) + 1);
  let precision = 0;
  let recall = 0;
  for (const [id, group] of foundOf) {
    const both = shared.get(`${group}:${referenceOf.get(id)}`)!;
    precision += both / found[group]!.length;
    recall += both / reference[referenceOf.get(id)!]!.length;
  }
  return (2 * precision * recall) / (precision + recall) / foundOf.size;
}
