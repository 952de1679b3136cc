/**
 * A story's briefing as data, before any format: what happened, the key event's card, key
 * quotes by speaker, the timeline, the claims with their source counts and conflicts, which
 * outlet reports what, and the warnings. Every statement carries the source spans it rests on;
 * the renderers turn them into numbered citations linking to the quoted words.
 */
import type { Claim } from "../../connect/align-claims.js";
import type { Story } from "../../connect/connect-corpus.js";
import type { CorpusEntity, SourceSpan } from "../../connect/corpus-entities.js";
import type { PublishedSource } from "../../extract/article.js";
import { attributeNoun, describeClaim, eventLabel, sourceCount } from "../describe-claim.js";
import { hasInferredDate, INFERRED_MARK, inferredFrom, type InferredFrom } from "../inferred-date.js";
import { reportMessages, type ReportMessages } from "./report-messages.js";
import { newsFirst } from "../story-news.js";
import { readableDate, type ReportLanguage } from "../readable-date.js";
import { storyTitleOf } from "../story-title.js";
import { keyWords } from "../../connect/article-features.js";
import { sourceName } from "../source-name.js";

export { describeClaim } from "../describe-claim.js";

export interface Cited {
  text: string;
  sources: SourceSpan[];
}

export interface ArticleInfo {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** Where `published` was read; an inferred date is cited "≈ date". */
  publishedSource?: PublishedSource | null;
  source: string;
  url: string | null;
  text: string;
  warnings: string[];
}

export interface StoryReport {
  storyId: string;
  /** The reader's language: its headings, labels and statements are written in it (the story's own unless asked otherwise). */
  language: ReportLanguage;
  /** The language of the words it quotes (title, quotes, cited words): the story's, when known. */
  storyLanguage: string | null;
  title: string;
  whatHappened: Cited[];
  /** The key event; for an agreement, also its kind and scope as the sources state them. */
  keyEvent: {
    /** The claim it is, so a timeline can open on it. */
    claim: string;
    parties: string[];
    /** The TIMEX3 value, and as a reader says it in the story's language. */
    date: string | null;
    /** "≈ date" when the date is inferred. */
    dateText: string | null;
    /** What an inferred date was inferred from: the publication date, or the story's dates (an undated article's day); null when a source states it. */
    dateInferredFrom: InferredFrom | null;
    place: string | null;
    /** What kind of event, in words ("agreement signed"), and its PLOVER code ("AGREE/sign-agreement"). */
    what: string;
    code: string;
    sources: SourceSpan[];
    instrument: Cited | null;
    scope: Cited | null;
  } | null;
  quotes: Array<{ speaker: string; quotes: Cited[] }>;
  timeline: Cited[];
  claims: Array<Cited & { sourceCount: number; singleSource: boolean; conflicts: Cited[] }>;
  /** Per source: how many claims it reports, and which of the listed claims it omits, by their number in `claims` (1-based). */
  comparison: Array<{ outlet: string; reports: number; omits: number[] }>;
  warnings: Cited[];
  articles: ArticleInfo[];
}

/** How many quotes and claims a two-minute read can hold. */
const MAX_QUOTES_PER_SPEAKER = 3;

const MAX_CLAIMS = 12;
const MAX_SCOPE_ITEMS = 6;

/** `language`: the reader's; the story's own when absent. */
export function buildStoryReport(story: Story, articles: ReadonlyMap<string, ArticleInfo>, entities: ReadonlyMap<string, CorpusEntity>, language: ReportLanguage = reportLanguage(story)): StoryReport {
  const name = (id: string) => entities.get(id)?.name ?? keyWords(id);
  const town = townsOf(entities);
  const members = story.articleIds.map((id) => articles.get(id)).filter((article): article is ArticleInfo => article !== undefined);
  // The key event is the news the story reports, not the background it recalls ("relations resumed two years ago").
  const ranked = newsFirst(story.claims.filter((claim) => claim.kind === "event"), story.published);
  const key = ranked[0] ?? null;
  const words = reportMessages(language);
  const nameOfArticle = (id: string) => {
    const article = articles.get(id);
    return article ? sourceNameOf(article, words) : id;
  };
  const describe = (claim: Claim) => describeClaim(claim, name, language, { town });
  const listed = [...story.claims].sort((a, b) => sourceCount(b) - sourceCount(a)).slice(0, MAX_CLAIMS);
  return {
    storyId: story.id,
    language,
    storyLanguage: story.language,
    title: story.title ?? members.find((article) => article.title)?.title ?? storyTitleOf(story, name),
    whatHappened: ranked.slice(0, 3).map((claim) => ({ text: describe(claim), sources: claim.supportedBy })),
    keyEvent: key
      ? {
          claim: key.id,
          parties: [...(key.actors ?? []), ...(key.targets ?? [])].map(name),
          date: key.date,
          dateText: key.date ? `${hasInferredDate(key) ? INFERRED_MARK : ""}${readableDate(key.date, language)}` : null,
          dateInferredFrom: key.date ? inferredFrom(key) : null,
          place: key.place ? name(key.place) : null,
          what: eventLabel(key.category, key.mode, language),
          code: `${key.category}/${key.mode}`,
          sources: key.supportedBy,
          instrument: key.category === "AGREE" ? agreementAttribute(story.claims, "instrument", 1, language) : null,
          scope: key.category === "AGREE" ? agreementAttribute(story.claims, "scope", MAX_SCOPE_ITEMS, language) : null,
        }
      : null,
    quotes: quotesBySpeaker(story.claims, name),
    timeline: story.timeline.map((entry) => {
      const claim = story.claims.find((candidate) => candidate.id === entry.claim)!;
      const from = inferredFrom(entry);
      const flag = inferredFlag(from, words);
      const conflicts = entry.conflicts === 0 ? "" : words.otherDate(entry.conflicts);
      return { text: `${from ? INFERRED_MARK : ""}${readableDate(entry.date, language)}${flag}${words.colon}${describeClaim(claim, name, language, { date: false, town })}${conflicts}`, sources: claim.supportedBy };
    }),
    claims: listed.map((claim) => ({
      text: `${describe(claim)}${relatedNote(claim, words)}`,
      sources: claim.supportedBy,
      sourceCount: sourceCount(claim),
      singleSource: claim.singleSource,
      conflicts: claim.contradictedBy.map((span) => ({ text: words.conflict(readableDate(span.value, language)), sources: [span] })),
    })),
    // Omissions among the claims the reader was shown, by number: a 500-source story's table stays a table, not every claim written out per source.
    comparison: story.sourceComparison.map((row) => {
      const reported = new Set(row.reports);
      return { outlet: row.outlet || nameOfArticle(row.articleId), reports: row.reports.length, omits: listed.flatMap((claim, index) => (reported.has(claim.id) ? [] : [index + 1])) };
    }),
    warnings: members.flatMap((article) => article.warnings.map((warning) => ({ text: `${sourceNameOf(article, words)}: ${warning}`, sources: [] }))),
    articles: members,
  };
}

/** Which entity ids are towns (a GeoNames place), so a French statement says « à <town> ». */
export function townsOf(entities: ReadonlyMap<string, CorpusEntity>): (id: string) => boolean {
  return (id) => entities.get(id)?.knowledgeBase.some((reference) => reference.scheme === "geonames") ?? false;
}

/** How a report names an article's source: its outlet, else its web host, else its file, said to be one. */
export function sourceNameOf(article: ArticleInfo, words: ReportMessages): string {
  return sourceName(article, words.file);
}

/** Statements are written in the story's language: French for a French story, English otherwise. */
export function reportLanguage(story: Story): ReportLanguage {
  return story.language === "fr" ? "fr" : "en";
}

/** Corroboration from related stories, named as such: their articles are not among the claim's sources. */
function relatedNote(claim: Story["claims"][number], words: ReportMessages): string {
  if (claim.relatedSupport.length === 0) return "";
  const stories = claim.relatedSupport.map((support) => words.relatedStory(support.story, new Set(support.sources.map((span) => span.articleId)).size));
  return ` — ${words.related(stories)}`;
}

/** The agreement's kind or scope: its most reported values, each with the sources that give it. */
function agreementAttribute(claims: readonly Claim[], slot: "instrument" | "scope", values: number, language: ReportLanguage): Cited | null {
  const claim = claims.find((candidate) => candidate.kind === "attribute" && candidate.slot === slot && candidate.subject === "agreement");
  const chosen = claim?.variants?.slice(0, values) ?? [];
  if (chosen.length === 0) return null;
  const table = slot === "instrument" ? "instruments" : "domains";
  return { text: chosen.map((variant) => attributeNoun(table, variant.value, language).word).join(", "), sources: chosen.flatMap((variant) => variant.sources) };
}

function quotesBySpeaker(claims: readonly Claim[], name: (id: string) => string): StoryReport["quotes"] {
  const bySpeaker = new Map<string, Cited[]>();
  for (const claim of claims) {
    if (claim.kind !== "quote" || !claim.speaker) continue;
    const list = bySpeaker.get(claim.speaker) ?? [];
    list.push({ text: claim.statement.replace(/^[^:]+:\s*/u, ""), sources: claim.supportedBy });
    bySpeaker.set(claim.speaker, list);
  }
  return [...bySpeaker]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([speaker, quotes]) => ({ speaker: name(speaker), quotes: quotes.sort((a, b) => b.sources.length - a.sources.length).slice(0, MAX_QUOTES_PER_SPEAKER) }));
}

/** After an inferred date, what it was inferred from: « (date de publication) », " (inferred from the story's dates)"; empty for a stated date. */
export function inferredFlag(from: InferredFrom | null, words: ReportMessages): string {
  return from === "publication" ? words.publicationDate : from === "story" ? words.storyDates : "";
}

/** The key event's date as the report writes it, an inferred one with its evidence. */
export function keyEventWhen(event: NonNullable<StoryReport["keyEvent"]>, words: ReportMessages): string {
  return event.dateText ? `${event.dateText}${inferredFlag(event.dateInferredFrom, words)}` : words.notStated;
}
