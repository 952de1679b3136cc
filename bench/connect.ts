/**
 * Connect-stage scaling: synthetic annotated articles (no annotation run, so only connecting is
 * timed) in stories of about five reports each — shared people, a country, a date, story words
 * amid common words, an event per article and a quote in half — at several corpus sizes. Reports
 * time, peak memory and the growth ratio between sizes (1.0 per size ratio would be linear).
 */
import type { AnnotatedArticle, Entity, EventFrame, Quote } from "../src/annotate/annotation.js";
import { CorpusConnector } from "../src/connect/connect-corpus.js";

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
}

/** `storySize` articles per story on average: 5 for a corpus of many small stories, 500–3,000 for a week of coverage of a few events. */
export function benchmarkConnect(sizes: readonly number[], storySize = 5): { runs: ConnectScale[]; growth: string[] } {
  const runs = sizes.map((size) => {
    (globalThis as { gc?: () => void }).gc?.();
    const connector = new CorpusConnector();
    const started = performance.now();
    for (let index = 0; index < size; index += 1) connector.add(syntheticArticle(index, Math.ceil(size / storySize)));
    const { stories } = connector.result();
    const seconds = (performance.now() - started) / 1000;
    return { articles: size, stories: stories.length, seconds: Number(seconds.toFixed(1)), articlesPerSecond: Math.round(size / seconds), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
  });
  const growth = runs.slice(1).map((run, index) => `${runs[index]!.articles}→${run.articles}: size ×${(run.articles / runs[index]!.articles).toFixed(1)}, time ×${(run.seconds / runs[index]!.seconds).toFixed(2)}`);
  return { runs, growth };
}
