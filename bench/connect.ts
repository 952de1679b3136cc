/**
 * Connect-stage scaling: synthetic annotated articles (no annotation run, so only connecting is
 * timed) in stories of `storySize` reports on average, at several corpus sizes. A story reads as
 * a week of coverage of one event: its two people and its country in every report, its words amid
 * common words, one event told by every report, and each day's wire dispatch copied, lightly
 * edited, by a share of the outlets (near-duplicates); half the reports quote one of the story's
 * few statements by one of its two people, word for word. Reports time, peak memory and the
 * growth ratio between sizes (1.0 per size ratio would be linear).
 */
import type { AnnotatedArticle, Entity, EventFrame, Quote } from "../src/annotate/annotation.js";
import { articleFeatures, type ArticleFeatures } from "../src/connect/article-features.js";
import { CorpusConnector } from "../src/connect/connect-corpus.js";
import { NearDuplicateIndex, copyGroupsAmong } from "../src/connect/near-duplicates.js";
import type { Placed } from "../src/connect/story-cluster.js";
import { StoryIndex, assignInTimeOrder, canonicalOrder, resumeStories, splitStory } from "../src/connect/story-index.js";
import { restoredCluster, storedCluster } from "../src/connect/stored-clusters.js";
import { articleSpan } from "../src/connect/story-time.js";
import { DocumentFrequencies, storyVector } from "../src/connect/story-vectors.js";

import { random } from "./generate-corpus.js";

const COMMON = "le la les de des du un une et en à au pour sur par avec dans que qui il elle a ont est sont été pays gouvernement ministre accord réunion mardi mercredi jeudi vendredi annoncé selon déclaré nouvelle semaine année projet".split(" ");
const COUNTRIES = ["FR", "DE", "IT", "ES", "PT", "NO", "SE", "DK", "PL", "GR", "TN", "MA", "CA", "BR", "JP"];
const CATEGORIES = [["AGREE", "sign-agreement"], ["CONSULT", "visit"], ["CONSULT", "meet"], ["REJECT", "deny"], ["ACCUSE", "accuse"]] as const;
/** Share of a story's reports that are its day's wire dispatch, lightly edited (AFP or Reuters copy as outlets run it). */
const WIRE_SHARE = 0.3;
/** Words an outlet changes in the dispatch it runs: two of 150 leave its 5-word shingles about 0.87 alike, a near-duplicate. */
const WIRE_EDITS = 2;
/** Statements each of a story's two people makes, quoted word for word across its reports. */
const STATEMENTS = 3;

const syllables = ["ka", "lo", "mi", "ter", "van", "os", "ri", "dul", "pe", "sam", "gor", "li", "ne", "tah", "bru", "xe"];
const word = (n: number) => Array.from({ length: 3 }, (_, k) => syllables[(n >> (k * 4)) % syllables.length]).join("") + (n % 97);

/** 150 words: a story's words (45 %) amid common ones. */
function bodyWords(next: () => number, storyWords: readonly string[]): string[] {
  return Array.from({ length: 150 }, () => (next() < 0.45 ? storyWords[Math.floor(next() * storyWords.length)]! : COMMON[Math.floor(next() * COMMON.length)]!));
}

export function syntheticArticle(index: number, storyCount: number): AnnotatedArticle {
  const next = random(index + 1);
  const story = Math.floor(next() * storyCount);
  const storyNext = random(story * 7919 + 3);
  const people = [0, 1].map(() => `Person ${word(Math.floor(storyNext() * 1e6))}`);
  const country = COUNTRIES[Math.floor(storyNext() * COUNTRIES.length)]!;
  const storyWords = Array.from({ length: 25 }, () => word(Math.floor(storyNext() * 1e7)));
  // A story is reported over a few days, as coverage of one event is.
  const firstDay = Math.floor(storyNext() * 1500);
  const dayOffset = Math.floor(next() * 4);
  const day = new Date(Date.UTC(2020, 0, 1) + (firstDay + dayOffset) * 86_400_000).toISOString().slice(0, 10);
  const [category, mode] = CATEGORIES[Math.floor(storyNext() * CATEGORIES.length)]!;
  const statements = people.map(() => Array.from({ length: STATEMENTS }, () => Array.from({ length: 12 }, () => storyWords[Math.floor(storyNext() * storyWords.length)]!).join(" ")));
  let words: string[];
  if (next() < WIRE_SHARE) {
    // The day's dispatch, the same in every outlet that runs it, but for a couple of words.
    words = bodyWords(random(story * 7919 + 101 + dayOffset), storyWords);
    for (let edit = 0; edit < WIRE_EDITS; edit += 1) words[Math.floor(next() * words.length)] = COMMON[Math.floor(next() * COMMON.length)]!;
  } else words = bodyWords(next, storyWords);
  const speaker = Math.floor(next() * 2);
  const quoted = next() < 0.5 ? statements[speaker]![Math.floor(next() * STATEMENTS)]! : null;
  const lead = `${people[0]} et ${people[1]} ${words.join(" ")}.`;
  const text = quoted ? `${lead} « ${quoted} », a déclaré ${people[speaker]}.` : lead;
  const entity = (id: string, name: string, type: Entity["type"], countryCode: string | null, placeKind: Entity["placeKind"], start: number): Entity => ({
    id, name, type, countryCode, placeKind, roles: [], mentions: [{ start, end: start + name.length, text: name, kind: "name" }],
  });
  const entities = [entity("e1", people[0]!, "PER", null, null, 0), entity("e2", people[1]!, "PER", null, null, people[0]!.length + 4), { ...entity("e3", country, "LOC", country, "country", 0), mentions: [] }];
  const event: EventFrame = { start: 0, end: lead.length, category, mode, trigger: { start: 0, end: 1, text: text[0]! }, actors: ["e1"], targets: ["e2"], date: day, dateSpan: null, place: null };
  const quoteStart = lead.length + 1;
  const quotes: Quote[] = quoted ? [{ start: quoteStart, end: text.length - 1, direct: true, content: { start: quoteStart + 2, end: quoteStart + 2 + quoted.length }, speaker: null, speakerKind: "named", speakerEntity: speaker === 0 ? "e1" : "e2" }] : [];
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
  /** CPU time of this process over the same span: what the wall time is on a quiet machine, more or less, when the machine is shared. */
  cpuSeconds: number;
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
    const cpuStarted = process.cpuUsage();
    for (let index = 0; index < size; index += 1) connector.add(syntheticArticle(index, Math.ceil(size / storySize)));
    const { stories } = connector.result();
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStarted);
    const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const liveHeapMb = gc ? Math.round(process.memoryUsage().heapUsed / 1048576) : null;
    return { articles: size, stories: stories.length, seconds: Number(seconds.toFixed(1)), cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(1)), articlesPerSecond: Math.round(size / seconds), peakRssMb, liveHeapMb };
  });
  const growth = runs.slice(1).map((run, index) => `${runs[index]!.articles}→${run.articles}: size ×${(run.articles / runs[index]!.articles).toFixed(1)}, time ×${(run.seconds / runs[index]!.seconds).toFixed(2)}`);
  return { runs, growth };
}

export interface IncrementalStories {
  articles: number;
  added: number;
  /** The whole clustering of every article, as a full rebuild does it (assignment, merge, reassignment, merge, split). */
  fullSeconds: number;
  /**
   * What a resumed build does to the stories (resume-corpus.ts `resumeBuild`, up to re-reading and
   * re-aligning the stories that changed): stored clusters restored, frequencies updated, the new
   * articles assigned and alike stories merged (`resumeStories`), each changed story split.
   */
  resumeSeconds: number;
  phases: { restoreSeconds: number; weighSeconds: number; assignAndMergeSeconds: number; splitSeconds: number };
  /** `assignInTimeOrder` alone on the same restored stories (the figure reported before): the merge pass is the rest of `assignAndMergeSeconds`. */
  assignOnlySeconds: number;
  /** Stories that changed or began (each re-aligned by a real resume, which `npm run bench -- --only stored` times with the store). */
  touched: number;
  /** B³ F1 of the resumed stories against the full rebuild's (1 = the same stories). */
  agreementF1: number;
}

/**
 * Issue 16's "adding 1,000 articles", for the stories: a full build of `size` articles stored as a
 * server stores it (each story's cluster as `storedCluster`, the document frequencies as counts),
 * resumed with `added` new articles as `resumeBuild` resumes it, against a full clustering of all.
 */
export function benchmarkIncrementalStories(size: number, added = 1000, storySize = 5): IncrementalStories {
  const storyCount = Math.ceil((size + added) / storySize);
  const features = Array.from({ length: size + added }, (_, index) => articleFeatures(syntheticArticle(index, storyCount)));
  const featuresOf = new Map(features.map((item) => [item.id, item]));
  const fresh = features.slice(size);
  const clusterAll = (list: readonly ArticleFeatures[]) => {
    const duplicates = new NearDuplicateIndex();
    const index = new StoryIndex();
    for (const item of list) {
      duplicates.add(item.id, item.signature);
      index.add(item);
    }
    return { stories: index.stories({ copyGroups: duplicates.copyGroups() }), frequencies: index.documentFrequencies() };
  };
  const timed = <T>(work: () => T): [T, number] => {
    const started = performance.now();
    const result = work();
    return [result, (performance.now() - started) / 1000];
  };
  const [full, fullSeconds] = timed(() => clusterAll(features).stories.members);
  const base = clusterAll(features.slice(0, size));
  const stored = base.stories.clusters.map((cluster, index) => ({ cluster: storedCluster(cluster), articleIds: base.stories.members[index]! }));
  const storedCounts = base.frequencies.counts();
  const restoreAll = () => stored.map(({ cluster, articleIds }, index) => restoredCluster(cluster, index, articleIds));

  const [existing, restoreSeconds] = timed(restoreAll);
  const [{ frequencies, placed, copyGroups }, weighSeconds] = timed(() => {
    const frequencies = DocumentFrequencies.fromCounts(storedCounts);
    for (const item of fresh) frequencies.add(item);
    const placed = fresh.map((item): Placed => ({ features: item, vector: storyVector(item, frequencies), time: articleSpan(item) }));
    return { frequencies, placed, copyGroups: copyGroupsAmong(fresh) };
  });
  const [resumed, assignAndMergeSeconds] = timed(() => resumeStories(existing, placed, copyGroups));
  // A real resume re-reads the changed stories' articles from the store (not timed here); their vectors are weighed again.
  const [parts, splitSeconds] = timed(() =>
    resumed.touched.map((cluster) => splitStory(cluster, cluster.members.map(({ features: { id } }): Placed => {
      const item = featuresOf.get(id)!;
      return { features: item, vector: storyVector(item, frequencies), time: articleSpan(item) };
    }))),
  );
  const replaced = new Set([...resumed.touched, ...resumed.absorbed]);
  const incremental = [...existing.filter((cluster) => !replaced.has(cluster)), ...parts.flat()].map((cluster) => cluster.members.map((member) => member.features.id));

  const again = restoreAll();
  const ordered = [...placed].sort((a, b) => canonicalOrder(a.features, b.features));
  const [, assignOnlySeconds] = timed(() => assignInTimeOrder(ordered, copyGroups, new Map(), again));
  const round = (seconds: number) => Number(seconds.toFixed(2));
  return {
    articles: size,
    added,
    fullSeconds: round(fullSeconds),
    resumeSeconds: round(restoreSeconds + weighSeconds + assignAndMergeSeconds + splitSeconds),
    phases: { restoreSeconds: round(restoreSeconds), weighSeconds: round(weighSeconds), assignAndMergeSeconds: round(assignAndMergeSeconds), splitSeconds: round(splitSeconds) },
    assignOnlySeconds: round(assignOnlySeconds),
    touched: resumed.touched.length,
    agreementF1: Number(partitionAgreement(incremental, full).toFixed(3)),
  };
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
