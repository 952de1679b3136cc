/**
 * Reads the lines of a dump that state metadata rather than article text: bylines
 * ("Par X, AP et Y  Publié le 24-11-2021 09:10 Dernière modification : …"), date stamps
 * ("date 2022-04", sometimes glued to the next paragraph), aggregator notes
 * ("Publié dans <Outlet> le 25 - 11 - 2021") and datelines, a date with at most a short label
 * ("May 3rd, 2013 2: 00pm EDT", "First Published: June 13, 2013 4:59 PM EDT"). Cue words come
 * from the language lexicons; a dateline is told by its shape, whatever its label says.
 */
import type { ExtractionCues } from "../lang/cues.js";
import { parseStatedDate } from "../stated-date.js";

export interface MetadataLine {
  authors: string[];
  published: string | null;
  outlet: string | null;
  /** A later modification's date ("Updated: May 24, 2005, 3:23 PM ET"), when the line states one. */
  modified?: string;
  /** Characters of the block this metadata occupies; anything after is article text glued to it. */
  consumed: number;
}

/** Bylines name a few people or agencies; a longer run of words is a sentence that starts with "Par". */
const MAX_BYLINE_WORDS = 14;
/** A date stamp's date follows its cue closely ("Publié le  24-11-2021"). */
const MAX_CUE_TO_DATE_CHARS = 6;
/** A stamp line is short: a date in any shape, perhaps a time and a weekday. */
const MAX_STAMP_WORDS = 10;

const LEADING_DATE = [
  /^\d{4}-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)?(?![\d-])/,
  /^\d{1,2}\s*([-/.])\s*\d{1,2}\s*\1\s*\d{4}(?:,?\s+(?:(?:à|at)\s+)?\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?(?:\s*[ap]\.?\s*m\b\.?)?(?:\s+\p{Lu}{2,5}\b)*)?/u,
  /^\d{1,2}(?:er)?\s+\p{L}+\.?\s+\d{4}(?:\s+(?:à\s+)?\d{1,2}\s*[:h]\s*\d{2})?/u,
];

export function readMetadataLine(text: string, cuesList: ExtractionCues[], language: string | null): MetadataLine | null {
  return cuedLine(text, cuesList, language) ?? dateline(text, cuesList, language);
}

function cuedLine(text: string, cuesList: ExtractionCues[], language: string | null): MetadataLine | null {
  // Every cued metadata line opens with a cue word: most blocks are rejected on their first word.
  const firstWord = /^[\p{L}]+/u.exec(text)?.[0]?.toLowerCase();
  if (!firstWord || !cuesList.some((cues) => openingWords(cues).has(firstWord))) return null;
  const lower = text.replace(/\u00a0/g, " ").toLowerCase();
  if (lower.length !== text.length) return null; // offsets below assume a 1:1 lowercase mapping
  for (const cues of cuesList) {
    const found = republishedNote(text, cues, language) ?? byline(text, lower, cues, language) ?? dateStamp(text, lower, cues, language);
    if (found) return found;
  }
  return null;
}

/** A dateline is short: a date, a clock and its zone, and a weekday or a label. */
const MAX_DATELINE_CHARS = 80;
/** Words a dateline may hold besides its date, clock and zone: "First Published", "Story Created: … at …", a weekday. */
const MAX_DATELINE_LABEL_WORDS = 3;
/** What a stamp holds besides words: numbers ("3rd", "08:45", "00pm"), zones and shouted words ("EDT", "GMT+02:00", "UK"), 12-hour marks. */
const STAMP_TOKEN = /^(?:\p{N}.*|\p{Lu}{1,5}(?:[+-][\d:]+)?|[ap]\.?m?\.?)$/u;

/**
 * "May 3rd, 2013 2: 00pm EDT", "Tuesday, May 24, 2005", "First Published: June 13, 2013 4:59 PM EDT":
 * a line that is a date with a year and little else. Its label says nothing a rule could trust
 * ("Story Created", "Found"), so it is read as the publication date; an ambiguous numeric date
 * ("05/02/2013" in a text of unknown language) is a dateline without a date rather than a guess.
 */
function dateline(text: string, cuesList: ExtractionCues[], language: string | null): MetadataLine | null {
  if (text.length > MAX_DATELINE_CHARS || !/^[\p{L}\p{N}]/u.test(text)) return null;
  const labelWords = text
    .split(/[\s,;|@()/–-]+/u)
    .filter((token) => token.length > 0 && !STAMP_TOKEN.test(token) && !cuesList.some((cues) => cues.months[token.toLowerCase().replace(/\.$/u, "").replace(/:$/u, "")] !== undefined));
  // A sentence ends with its mark; a stamp only after its clock ("May 2, 2013 1:35 pm.").
  if (labelWords.length > MAX_DATELINE_LABEL_WORDS || (labelWords.length > 0 && /[.!?]$/u.test(text.trim()))) return null;
  if (!/\d{4}|\d\s*\/\s*\d{1,2}\s*\/\s*\d{2}/u.test(text)) return null;
  const stated = parseStatedDate(text, { language, ambiguousNumeric: "reject" });
  const numericOnly = /^[\d\s/.:-]+$/u.test(text);
  if (!stated && !numericOnly) return null;
  return { authors: [], published: stated, outlet: null, consumed: text.length };
}

const openingWordCache = new WeakMap<ExtractionCues, Set<string>>();

/** First words of every byline, date and republication cue of a lexicon ("par", "publié", "date"). */
function openingWords(cues: ExtractionCues): Set<string> {
  let words = openingWordCache.get(cues);
  if (!words) {
    // A republication pattern may open with an optional group: "(?:originally )?published in …" gives both words.
    const republished = cues.republishedInPatterns.flatMap((pattern) => [pattern, pattern.replace(/^\(\?:[^)]*\)\?\s*/, "")].map((phrase) => phrase.replace(/^\(\?:/, "")));
    const phrases = [...cues.bylineOpeners, ...cues.publishedCues, ...cues.modifiedCues, ...republished];
    words = new Set(phrases.map((phrase) => /^[\p{L}]+/u.exec(phrase)?.[0] ?? "").filter(Boolean));
    openingWordCache.set(cues, words);
  }
  return words;
}

const republishedPatterns = new WeakMap<ExtractionCues, RegExp[]>();
const publishedCuesLongestFirst = new WeakMap<ExtractionCues, string[]>();

function republishedNote(text: string, cues: ExtractionCues, language: string | null): MetadataLine | null {
  let patterns = republishedPatterns.get(cues);
  if (!patterns) {
    patterns = cues.republishedInPatterns.map((source) => new RegExp(`^${source}`, "iu"));
    republishedPatterns.set(cues, patterns);
  }
  for (const pattern of patterns) {
    const match = pattern.exec(text.replace(/\u00a0/g, " "));
    const outlet = match?.groups?.outlet?.trim();
    const published = match?.groups?.date ? parseStatedDate(match.groups.date, { language }) : null;
    if (outlet && published) return { authors: [], published, outlet, consumed: text.length };
  }
  return null;
}

function byline(text: string, lower: string, cues: ExtractionCues, language: string | null): MetadataLine | null {
  const opener = cues.bylineOpeners.find((word) => lower.startsWith(`${word} `));
  if (!opener) return null;
  const namesStart = opener.length + 1;
  const cueAt = firstCuePosition(lower, [...cues.publishedCues, ...cues.modifiedCues], namesStart);
  const names = text.slice(namesStart, cueAt ?? text.length).trim().replace(/[,;:|–-]+$/u, "").trim();
  const words = names.split(/\s+/u).filter(Boolean);
  // "Par ailleurs, …" is a sentence: a byline's first name is capitalised and it carries no sentence.
  if (words.length === 0 || words.length > MAX_BYLINE_WORDS || !/^\p{Lu}/u.test(names) || /[.!?]\s*$/u.test(names) && cueAt === null) {
    return null;
  }
  const datePart = cueAt === null ? "" : datePartAfterCue(text, lower, cueAt, cues);
  const modified = cueAt === null ? undefined : modificationFrom(text, lower, cueAt, cues, language);
  return {
    authors: splitAuthors(names, cues),
    published: datePart ? parseStatedDate(datePart, { language }) : null,
    outlet: null,
    ...(modified ? { modified } : {}),
    consumed: text.length,
  };
}

/**
 * "Publié le 24-11-2021 09:10" gives the publication date; "Mis à jour le 25-11-2021" is a
 * date stamp too, but its date is not the publication date.
 */
function dateStamp(text: string, lower: string, cues: ExtractionCues, language: string | null): MetadataLine | null {
  let sorted = publishedCuesLongestFirst.get(cues);
  if (!sorted) {
    sorted = [...cues.publishedCues, ...cues.modifiedCues].sort((a, b) => b.length - a.length);
    publishedCuesLongestFirst.set(cues, sorted);
  }
  const cue = sorted.find((candidate) => lower.startsWith(candidate));
  if (!cue) return null;
  const isModification = cues.modifiedCues.includes(cue);
  const afterCue = text.slice(cue.length);
  const gap = afterCue.length - afterCue.replace(/^[\s:,–-]+/u, "").length;
  if (gap > MAX_CUE_TO_DATE_CHARS || (gap === 0 && /^\p{L}/u.test(afterCue))) return null;
  // The date ends where a modification cue starts ("Published March 3, 2024 | Updated March 4, 2024").
  const restStart = cue.length + gap;
  const rest = afterCue.slice(gap, isModification ? undefined : (firstCuePosition(lower, cues.modifiedCues, restStart) ?? text.length) - cue.length);
  // A short line is a stamp whatever the date's shape ("Published 10:02 AM, Wed November 24, 2021").
  const wholeLine = rest.split(/\s+/u).length <= MAX_STAMP_WORDS ? rest.length : 0;
  const dateLength = LEADING_DATE.map((pattern) => pattern.exec(rest)?.[0].length ?? 0).find((length) => length > 0) ?? wholeLine;
  if (!dateLength) return null;
  const stated = parseStatedDate(rest.slice(0, dateLength), { language });
  if (!stated) return null;
  const published = isModification ? null : stated;
  const end = restStart + dateLength;
  const tail = lower.slice(end);
  // A modification date may follow on the same line; it is metadata too.
  const modifiedAfter = cues.modifiedCues.some((modifiedCue) => tail.replace(/^[\s,;|–-]+/u, "").startsWith(modifiedCue));
  const modified = isModification ? stated : modifiedAfter ? modificationFrom(text, lower, end, cues, language) : undefined;
  return { authors: [], published, outlet: null, ...(modified ? { modified } : {}), consumed: modifiedAfter ? text.length : end };
}

/** The date after the first modification cue from `from` on ("…, modifié le 20 novembre 2025 à 11h30", "| Updated: May 24, 2005"). */
function modificationFrom(text: string, lower: string, from: number, cues: ExtractionCues, language: string | null): string | undefined {
  const cueAt = firstCuePosition(lower, cues.modifiedCues, from);
  if (cueAt === null) return undefined;
  // The longest cue written there: "mis à jour le", not "mis à jour".
  const cue = cues.modifiedCues.filter((candidate) => lower.startsWith(candidate, cueAt)).sort((a, b) => b.length - a.length)[0]!;
  const rest = text.slice(cueAt + cue.length).replace(/^[\s:,–-]+/u, "");
  return (rest && parseStatedDate(rest, { language })) || undefined;
}

function datePartAfterCue(text: string, lower: string, cueAt: number, cues: ExtractionCues): string {
  const isModified = cues.modifiedCues.some((cue) => lower.startsWith(cue, cueAt));
  if (isModified) return "";
  const modifiedAt = firstCuePosition(lower, cues.modifiedCues, cueAt + 1);
  return text.slice(cueAt, modifiedAt ?? text.length);
}

function firstCuePosition(lower: string, cues: string[], from: number): number | null {
  let best: number | null = null;
  for (const cue of cues) {
    const at = lower.indexOf(cue, from);
    if (at !== -1 && (best === null || at < best)) best = at;
  }
  return best;
}

/** "X , AP et personnel Y" → ["X", "AP", "personnel Y"]: credits are kept as written. */
export function splitAuthors(names: string, cues: ExtractionCues): string[] {
  const joiners = cues.authorJoiners.map((word) => `\\s${word}\\s`).join("|");
  return names
    .split(new RegExp(`\\s*[,;&/]\\s*|${joiners}`, "iu"))
    .map((name) => name.replace(/\s+/gu, " ").trim())
    .filter((name) => name.length > 0);
}

/**
 * A line that is only a date stamp or dateline, whole ("23 July 2013 Last updated at 13:42 GMT",
 * "MONDAY, MAY 23, 2005"), with no byline in it: what a scraper may have stored as a page's title.
 */
export function readDateStamp(text: string, cuesList: ExtractionCues[], language: string | null): MetadataLine | null {
  const line = readMetadataLine(text, cuesList, language);
  return line && line.authors.length === 0 && line.consumed >= text.trimEnd().length ? line : null;
}

/** A dateline is a date and at most a weekday ("Mercredi 15 octobre 2025"); longer lines say more. */
const MAX_DATELINE_WORDS = 5;

/** A paragraph that is only a byline, date stamp or dateline, with no article text in it. */
export function isMetadataOnly(text: string, cuesList: ExtractionCues[], language: string | null): boolean {
  const line = readMetadataLine(text, cuesList, language);
  if (line) return line.consumed >= text.trimEnd().length;
  const words = text.split(/\s+/u).filter(Boolean).length;
  // An attribution line ("— Name (@handle) October 9, 2018") closes an embedded post: article text.
  // Every date parseStatedDate reads has digits (a year, or a numeric day and month): without one, chrono need not run.
  return words <= MAX_DATELINE_WORDS && /\p{N}/u.test(text) && /^[\p{L}\p{N}]/u.test(text) && !/[.!?]$/u.test(text.trim()) && parseStatedDate(text, { language }) !== null;
}
