/**
 * Author names as a reader writes them, whatever the page's byline held: entities decoded
 * ("Lindsey O&#039;Donnell"), the date or time glued after the name cut ("Reuters Updated:
 * January 16", "13:36 Uhr"), badge counters and job titles dropped ("Staff Writer", « envoyé
 * spécial »), credentials ("Jane Doe, MS, RDN", "John Roe MD") and the outlet the author writes
 * for ("Jill Disis, CNN Business") dropped, a "Jr." kept with its name, duplicates merged. What
 * is left must read as a name: letters, a few words.
 */
import { parseHTML } from "linkedom";
import { escapeRegExp } from "../core/escape-regexp.js";
import type { ExtractionCues } from "./lang/cues.js";
import { splitAuthors } from "./text/metadata-line.js";

/**
 * Post-nominal credentials health, science and finance writers sign with, written without dots
 * and in lower case ("Ph.D." is "phd"). Hand-kept: no maintained npm package lists them, and name
 * parsers (humanparser, parse-full-name) treat them as suffixes to keep, not to drop.
 */
const CREDENTIALS = new Set([
  "md", "phd", "ms", "msc", "ma", "mba", "mph", "mfa", "rd", "rdn", "ld", "rn", "np", "pa-c", "do", "dds", "dmd", "dvm", "pharmd", "psyd", "edd", "jd", "llm",
  "lcsw", "lpc", "lmft", "cpa", "cfp", "cfa", "cscs", "facs", "facp", "frcp", "mrcp", "cdn", "cde", "ibclc", "bsn", "msn", "dnp", "bsc",
]);
/** Generational suffixes: a part of their own after a comma ("John Smith, Jr."), joined back to the name before. */
const GENERATION = /^(?:jr|sr|ii|iii|iv)\.?$/iu;
/** A name, an agency or a pair of names is a few words; more is a sentence or a navigation label. */
const MAX_AUTHOR_WORDS = 6;
const MAX_AUTHOR_CHARS = 60;

let decoder: HTMLElement | null = null;

/** HTML entities decoded by an HTML parser, not by a hand-kept table: pages use every named entity. */
export function decodeEntities(text: string): string {
  if (!/&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/iu.test(text)) return text;
  decoder ??= parseHTML("<!doctype html><html><body><p></p></body></html>").document.querySelector("p") as unknown as HTMLElement;
  decoder.innerHTML = text.replace(/</gu, "&lt;");
  return decoder.textContent ?? text;
}

/** The stamp pattern of each list of cue lexicons, built once: `cuesFor` hands out the same list for a language. */
const stampPatterns = new WeakMap<readonly ExtractionCues[], RegExp>();

function stampPattern(cuesList: readonly ExtractionCues[]): RegExp {
  let pattern = stampPatterns.get(cuesList);
  if (!pattern) {
    const stampWords = cuesList.flatMap((cues) => [...cues.publishedCues, ...cues.modifiedCues]).filter((cue) => cue.length > 3);
    const monthNames = cuesList.flatMap((cues) => Object.keys(cues.months)).map(escapeRegExp).join("|");
    const weekdays = (width: "long" | "short") => cuesList.flatMap((cues) => weekdayNames(cues.locale, width)).map(escapeRegExp).join("|");
    // A weekday starts a date when a number or a month follows ("Malcolm Owen Monday, November 18"),
    // or, written in full, a comma: a short one before a comma may be a name ("Sam, Jane Doe").
    const weekdayDate = `(?:${weekdays("long")}|${weekdays("short")})\\.?,?\\s+(?:\\d|(?:${monthNames})\\b)|(?:${weekdays("long")}),`;
    pattern = new RegExp(`(?:^|[\\s,|–—-])(?:${weekdayDate}|(?:${stampWords.map(escapeRegExp).join("|")})\\b|(?:${monthNames})\\.?\\s+\\d|\\d{1,2}\\s+(?:${monthNames})\\b|\\d{1,2}\\s*[:h.]\\s*\\d{2}\\b|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}|uhr\\b)`, "iu");
    stampPatterns.set(cuesList, pattern);
  }
  return pattern;
}

/** The language's weekday names ("Monday" or "Mon", « lundi » or « lun. »), from Intl rather than a hand list. */
function weekdayNames(locale: string, width: "long" | "short"): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: "UTC" });
  // 2023-01-02 was a Monday; noon UTC keeps the day the same in every time zone.
  return Array.from({ length: 7 }, (_, index) => format.format(new Date(Date.UTC(2023, 0, 2 + index, 12))).replace(/\.$/u, ""));
}

const openerPatterns = new Map<string, RegExp>();

/**
 * The byline's opener with the few words a page puts before it: "By", "Analysis by", "Texte
 * par :", "Propos recueillis par". Up to three words, so a sentence that says "by" is left whole.
 */
function openerPattern(openers: readonly string[]): RegExp {
  const key = openers.join("|");
  let pattern = openerPatterns.get(key);
  if (!pattern) {
    pattern = new RegExp(`^(?:[\\p{L}'’-]+\\s+){0,3}?(?:${openers.map(escapeRegExp).join("|")})\\s*:?\\s+`, "iu");
    openerPatterns.set(key, pattern);
  }
  return pattern;
}

/** Where a date, a time or a stamp starts after a name: "Updated", "Published", a month name before a number, "13:36", "Uhr". */
function dateStart(name: string, cuesList: readonly ExtractionCues[]): number {
  const found = stampPattern(cuesList).exec(name);
  return found ? found.index : name.length;
}

/** A byline without the date or stamp that follows its names: "Jane Doe Monday, November 18, 2019" is "Jane Doe". */
export function withoutTrailingDate(byline: string, cuesList: readonly ExtractionCues[]): string {
  return byline.slice(0, dateStart(byline, cuesList));
}

/** A credential as written: "MD", "M.D.", "PhD", "PA-C"; not a capitalised word, which is a name ("Minh Do", "Jun Ma"). */
function isCredential(word: string): boolean {
  return !/^\p{Lu}\p{Ll}+\.?$/u.test(word) && CREDENTIALS.has(word.replace(/\./gu, "").toLowerCase());
}

/** "John Roe MD", "Jane Doe M.S., R.D.": the credentials a name ends with, cut. */
function withoutCredentials(name: string): string {
  const words = name.split(" ");
  while (words.length > 2 && isCredential(words.at(-1)!.replace(/,$/u, ""))) words.pop();
  return words.join(" ").replace(/,$/u, "");
}

/**
 * A byline part after the first that names the outlet the author writes for, or a desk of it:
 * "CNN" or "CNN Business" on CNN, "Business Insider" on Business Insider Deutschland.
 */
function isOwnOutlet(part: string, outlet: string | null | undefined): boolean {
  if (!outlet) return false;
  const [lowerPart, lowerOutlet] = [part.toLowerCase(), outlet.toLowerCase()];
  return lowerPart === lowerOutlet || lowerPart.startsWith(`${lowerOutlet} `) || lowerOutlet.startsWith(`${lowerPart} `);
}

/** "Finian Cunningham. Sputnik International": the outlet's name glued after the author's, cut. */
function withoutTrailingOutlet(name: string, outlet: string | null | undefined): string {
  if (!outlet || name.length <= outlet.length + 2 || !name.toLowerCase().endsWith(outlet.toLowerCase())) return name;
  const rest = name.slice(0, name.length - outlet.length);
  return /[\s.,|–—-]$/u.test(rest) ? rest.replace(/[\s.,|–—-]+$/u, "") : name;
}

export interface CleanAuthorsOptions {
  /** The article's outlet: a byline's affiliation to it ("Jill Disis, CNN Business") is no author. */
  outlet?: string | null;
}

export function cleanAuthors(authors: readonly string[], cuesList: readonly ExtractionCues[], options: CleanAuthorsOptions = {}): string[] {
  const roles = cuesList.flatMap((cues) => cues.authorRoles).sort((a, b) => b.length - a.length);
  const roleHeads = new Set(roles.map((role) => role.split(" ").at(-1)!));
  const openers = cuesList.flatMap((cues) => cues.bylineOpeners);
  const interfaceWords = new Set(cuesList.flatMap((cues) => cues.interfaceWords));
  const kept = new Map<string, string>();
  let previous: string | null = null;
  for (const raw of authors) {
    let byline = decodeEntities(raw).replace(/\s+/gu, " ").trim();
    byline = byline.replace(openerPattern(openers), "");
    // A one-word label before a colon is a role in any language ("Text:", « Texte : », "Текст:"), not a name.
    byline = byline.replace(/^\p{L}+\s*:\s+(?=\p{Lu})/u, "");
    // What follows a bar or a bullet is the outlet, a date or a reading time, never another author.
    byline = byline.split(/\s[|•·]\s/u)[0]!;
    byline = withoutTrailingDate(byline, cuesList);
    splitAuthors(byline, cuesList[0]!).forEach((part) => {
      let name = withoutTrailingOutlet(withoutCredentials(part.replace(/(?:^|\s)@\w+/gu, "").trim()), options.outlet);
      const words = name.toLowerCase().split(" ");
      // After a name, in the same byline or as the next entry of a JSON-LD list, a part that is a job
      // title ("Jane Doe, AP Auto Writer"), a credential or the outlet's name describes that name.
      if (previous !== null && (roleHeads.has(words.at(-1)!) || isCredential(name) || isOwnOutlet(name, options.outlet))) return;
      if (previous !== null && GENERATION.test(name)) {
        kept.delete(previous.toLowerCase());
        name = `${previous} ${name}`;
      }
      const role = roles.find((title) => name.toLowerCase() === title || name.toLowerCase().endsWith(` ${title}`));
      if (role) name = name.slice(0, name.length - role.length);
      name = name.replace(/^[\s,;:|–—·•-]+|[\s,;:|–—·•(-]+$/gu, "").replace(/\s*\(\s*\d+\s*\)$/u, "");
      if (!isName(name, interfaceWords)) return;
      const key = name.toLowerCase();
      if (!kept.has(key)) kept.set(key, name);
      previous = name;
    });
  }
  return [...kept.values()];
}

/** Lowercase words a name may hold ("Charles de Gaulle", "Ibn Battuta"); any other two make a phrase ("This article was written…"). */
const NAME_PARTICLES = new Set(["de", "du", "des", "la", "le", "van", "von", "der", "den", "ter", "da", "di", "dos", "das", "do", "al", "el", "bin", "ibn", "y", "of", "for", "the", "and"]);

function isName(name: string, interfaceWords: ReadonlySet<string>): boolean {
  const words = name.split(" ").filter(Boolean);
  const lowercaseWords = words.filter((word) => /^\p{Ll}/u.test(word) && !NAME_PARTICLES.has(word));
  return (
    words.some((word) => /^\p{Lu}/u.test(word)) &&
    /\p{L}{2}/u.test(name) &&
    lowercaseWords.length < 2 &&
    !interfaceWords.has(name.toLowerCase()) &&
    words.length <= MAX_AUTHOR_WORDS &&
    name.length <= MAX_AUTHOR_CHARS &&
    // A link or a bare domain ("Cleveland.com") is the outlet, not an author.
    !/https?:|www\.|^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$/iu.test(name)
  );
}
