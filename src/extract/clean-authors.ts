/**
 * Author names as a reader writes them, whatever the page's byline held: entities decoded
 * ("Lindsey O&#039;Donnell"), the date or time glued after the name cut ("Reuters Updated:
 * January 16", "13:36 Uhr"), badge counters and job titles dropped ("Staff Writer", « envoyé
 * spécial »), duplicates merged. What is left must read as a name: letters, a few words.
 */
import { parseHTML } from "linkedom";
import { escapeRegExp } from "../core/escape-regexp.js";
import type { ExtractionCues } from "./lang/cues.js";
import { splitAuthors } from "./text/metadata-line.js";

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
    pattern = new RegExp(`(?:^|[\\s,|–—-])(?:(?:${stampWords.map(escapeRegExp).join("|")})\\b|(?:${monthNames})\\.?\\s+\\d|\\d{1,2}\\s+(?:${monthNames})\\b|\\d{1,2}\\s*[:h.]\\s*\\d{2}\\b|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}|uhr\\b)`, "iu");
    stampPatterns.set(cuesList, pattern);
  }
  return pattern;
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

export function cleanAuthors(authors: readonly string[], cuesList: readonly ExtractionCues[]): string[] {
  const roles = cuesList.flatMap((cues) => cues.authorRoles).sort((a, b) => b.length - a.length);
  const roleHeads = new Set(roles.map((role) => role.split(" ").at(-1)!));
  const openers = cuesList.flatMap((cues) => cues.bylineOpeners);
  const interfaceWords = new Set(cuesList.flatMap((cues) => cues.interfaceWords));
  const kept = new Map<string, string>();
  for (const raw of authors) {
    let byline = decodeEntities(raw).replace(/\s+/gu, " ").trim();
    byline = byline.replace(openerPattern(openers), "");
    // What follows a bar or a bullet is the outlet, a date or a reading time, never another author.
    byline = byline.split(/\s[|•·]\s/u)[0]!;
    byline = byline.slice(0, dateStart(byline, cuesList));
    splitAuthors(byline, cuesList[0]!).forEach((part, index) => {
      let name = part.replace(/(?:^|\s)@\w+/gu, "").trim();
      const words = name.toLowerCase().split(" ");
      // "Jane Doe, AP Auto Writer": a part after the first that ends on a job title is the title.
      if (index > 0 && roleHeads.has(words.at(-1)!)) return;
      const role = roles.find((title) => name.toLowerCase() === title || name.toLowerCase().endsWith(` ${title}`));
      if (role) name = name.slice(0, name.length - role.length);
      name = name.replace(/^[\s,;:|–—·•-]+|[\s,;:|–—·•(-]+$/gu, "").replace(/\s*\(\s*\d+\s*\)$/u, "");
      if (!isName(name, interfaceWords)) return;
      const key = name.toLowerCase();
      if (!kept.has(key)) kept.set(key, name);
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
