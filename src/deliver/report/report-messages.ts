/**
 * Every fixed word of a report (headings, labels, counts), in English and French: one table per
 * language, the French one checked against the English keys by the type system. The wording
 * follows the interface's (ui/src/i18n/messages.ts) where the same thing is named, so a reader
 * meets one vocabulary in the page and in the file. Counts go through functions, as there.
 */
import type { ReportLanguage } from "../readable-date.js";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** French takes the singular for 0 and 1. */
const pluriel = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;

const en = {
  dossier: "recoupe dossier",
  summary: (storyId: string, articles: number, outlets: number) => `Story ${storyId}: ${plural(articles, "article", "articles")} from ${plural(outlets, "source", "sources")}.`,
  whatHappened: "What happened",
  keyEvent: "Key event",
  what: "What",
  who: "Who",
  when: "When",
  where: "Where",
  kind: "Kind",
  scope: "Scope",
  sources: "Sources",
  notNamed: "not named",
  notStated: "not stated",
  quotes: "Quotes by speaker",
  timeline: "Timeline",
  publicationDate: " (the publication's date)",
  /** After an undated article's day resolved against the story's dates. */
  storyDates: " (inferred from the story's dates)",
  otherDate: (n: number) => ` — ${n} ${n === 1 ? "source gives" : "sources give"} another date`,
  claims: "Claims",
  sourceCount: (n: number) => plural(n, "source", "sources"),
  singleSource: "single source",
  conflict: (value: string) => `conflict: one source gives the date as ${value}`,
  related: (stories: string[]) => `also reported in related ${stories.length === 1 ? "story" : "stories"} ${stories.join(", ")}`,
  relatedStory: (storyId: string, articles: number) => `${storyId} (${plural(articles, "article", "articles")})`,
  comparison: "Source comparison",
  comparisonSource: "Source",
  comparisonReports: "Claims reported",
  comparisonOmits: "Omits (claims no.)",
  warnings: "Warnings",
  sourcesCited: "Sources cited",
  location: (where: string, articleId: string, start: number, end: number) => `${where} (article ${articleId}, characters ${start}–${end})`,
  colon: ": ",
  /** A source with neither outlet nor address, named by its file as a last resort. */
  file: (name: string) => `file: ${name}`,
};

export type ReportMessages = typeof en;

const fr: ReportMessages = {
  dossier: "dossier recoupe",
  summary: (storyId, articles, outlets) => `Sujet ${storyId} : ${pluriel(articles, "article", "articles")} de ${pluriel(outlets, "source", "sources")}.`,
  whatHappened: "Ce qui s'est passé",
  keyEvent: "Fait principal",
  what: "Quoi",
  who: "Qui",
  when: "Quand",
  where: "Où",
  kind: "Nature",
  scope: "Portée",
  sources: "Sources",
  notNamed: "non nommés",
  notStated: "non précisé",
  quotes: "Citations par auteur",
  timeline: "Chronologie",
  publicationDate: " (date de publication)",
  storyDates: " (déduite des dates du sujet)",
  otherDate: (n) => ` — ${n} ${n <= 1 ? "source donne" : "sources donnent"} une autre date`,
  claims: "Affirmations",
  sourceCount: (n) => pluriel(n, "source", "sources"),
  singleSource: "une seule source",
  conflict: (value) => `contestée : une autre date selon une source (${value})`,
  related: (stories) => `aussi rapporté dans ${stories.length === 1 ? "le sujet lié" : "les sujets liés"} ${stories.join(", ")}`,
  relatedStory: (storyId, articles) => `${storyId} (${pluriel(articles, "article", "articles")})`,
  comparison: "Comparaison des sources",
  comparisonSource: "Source",
  comparisonReports: "Affirmations rapportées",
  comparisonOmits: "Omet (affirmations n°)",
  warnings: "Avertissements",
  sourcesCited: "Sources citées",
  location: (where, articleId, start, end) => `${where} (article ${articleId}, caractères ${start} à ${end})`,
  colon: " : ",
  file: (name) => `fichier : ${name}`,
};

const MESSAGES: Record<ReportLanguage, ReportMessages> = { en, fr };

export function reportMessages(language: ReportLanguage): ReportMessages {
  return MESSAGES[language];
}
