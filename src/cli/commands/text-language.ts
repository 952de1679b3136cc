/**
 * The words the listing commands print (stories, articles, show, search, status), in English and
 * French, and their `--lang` option, as `report` has it. The French table is checked against
 * the English keys by the type system. Tables keep their ids and numbers as they are; labels,
 * counts, dates and event kinds are words. English stays the default, so scripts reading the
 * text see what they saw.
 */
import { Option, type Command } from "commander";
// Not describe-claim.js: it brings the attribute lexicons, country names and the stemmer, which `--help` need not load.
import { eventLabel } from "../../deliver/event-words.js";
import { readableDate, type ReportLanguage } from "../../deliver/readable-date.js";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** French takes the singular for 0 and 1. */
const compte = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;

const en = {
  storiesHeaders: ["id", "articles", "published", "outlets", "title"],
  storiesShown: (shown: number, total: number) => `${shown} of ${count(total, "story", "stories")}`,
  noStoryYet: "no story: the database holds no article yet (recoupe analyze <inputs> first)",
  noStoryMatches: "no story matches these filters",
  articlesHeaders: ["id", "published", "lang", "outlet", "title", "warnings"],
  articlesShown: (shown: number, total: number) => `${shown} of ${count(total, "article", "articles")}`,
  hits: (n: number) => count(n, "hit", "hits"),
  articlesStored: (n: number) => `articles stored: ${n}`,
  queue: (waiting: number, active: number, done: number, lastMinute: number, failed: number, dead: number) =>
    `queue: ${waiting} waiting, ${active} running, ${done} done (${lastMinute} in the last minute), ${failed} failed, ${count(dead, "dead letter", "dead letters")}`,
  documents: (stored: number, failed: number) => `documents: ${stored} stored by done jobs, ${count(failed, "document", "documents")} failed inside done jobs`,
  noQueue: "queue: none (SQLite analyzes in the calling process; use PostgreSQL for workers)",
  /** `show`'s field labels, padded to one column. */
  field: { id: "id", source: "source", title: "title", outlet: "outlet", authors: "authors", published: "published", language: "language", input: "input", warning: "warning", time: "time", entity: "entity", quote: "quote", reported: "reported", event: "event" },
  unresolved: "unresolved",
  mentions: (n: number) => count(n, "mention", "mentions"),
  role: "role",
  at: (offset: number) => `at ${offset}`,
  undated: "undated",
  noPlace: "no place",
  rawInput: "raw input",
};

type TextMessages = typeof en;

const fr: TextMessages = {
  storiesHeaders: ["id", "articles", "publication", "médias", "titre"],
  storiesShown: (shown, total) => `${shown} sur ${compte(total, "sujet", "sujets")}`,
  noStoryYet: "aucun sujet : la base ne contient encore aucun article (lancez d'abord recoupe analyze <entrées>)",
  noStoryMatches: "aucun sujet ne répond à ces filtres",
  articlesHeaders: ["id", "publication", "langue", "média", "titre", "avertissements"],
  articlesShown: (shown, total) => `${shown} sur ${compte(total, "article", "articles")}`,
  hits: (n) => compte(n, "résultat", "résultats"),
  articlesStored: (n) => `articles enregistrés : ${n}`,
  queue: (waiting, active, done, lastMinute, failed, dead) =>
    `file : ${waiting} en attente, ${active} en cours, ${done} terminées (${lastMinute} dans la dernière minute), ${failed} en échec, ${compte(dead, "lettre morte", "lettres mortes")}`,
  documents: (stored, failed) => `documents : ${stored} enregistrés par les tâches terminées, ${compte(failed, "document", "documents")} en échec dans ces tâches`,
  noQueue: "file : aucune (SQLite analyse dans le processus appelant ; PostgreSQL pour des workers)",
  field: { id: "id", source: "source", title: "titre", outlet: "média", authors: "auteurs", published: "publié", language: "langue", input: "entrée", warning: "alerte", time: "date", entity: "entité", quote: "citation", reported: "rapporté", event: "fait" },
  unresolved: "non résolue",
  mentions: (n) => compte(n, "mention", "mentions"),
  role: "fonction",
  at: (offset) => `à ${offset}`,
  undated: "sans date",
  noPlace: "sans lieu",
  rawInput: "entrée brute",
};

const MESSAGES: Record<ReportLanguage, TextMessages> = { en, fr };

/** The printed words and the helpers that put values in them, for one language. */
export function textIn(language: ReportLanguage = "en") {
  const words = MESSAGES[language];
  const width = Math.max(...Object.values(words.field).map((label) => label.length)) + 2;
  return {
    ...words,
    language,
    /** "label:" padded so the values of `show` line up. */
    label: (key: keyof TextMessages["field"]) => `${words.field[key]}${language === "fr" ? " :" : ":"}`.padEnd(width),
    /** A stored date or TIMEX3 value in words: "24 November 2021", « semaine du 29 novembre 2021 ». */
    date: (value: string) => readableDate(/^\d{4}-\d{2}-\d{2}T\d{2}:/u.test(value) ? value.slice(0, 10) : value, language),
    /** An event's category and mode in words: "agreement signed", « signature d'un accord ». */
    eventKind: (category: string, mode: string) => eventLabel(category, mode, language),
  };
}

export type TextWords = ReturnType<typeof textIn>;

/** `--lang fr|en`: the language of the command's labels, counts, dates and event kinds. */
export function addLangOption(command: Command): Command {
  return command.addOption(new Option("--lang <language>", "language of the labels, counts, dates and event kinds (default: en); ids and quoted words stay as stored").choices(["fr", "en"]));
}
