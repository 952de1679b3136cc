/**
 * Headlines are capitalised by style, not by name: "Singer Checks Into Rehab Clinic, Rehires
 * Attorney", "REPORT: CLUB MAKES HUGE OFFER TO STRIKER", or a sentence-case line opening
 * with a capitalised common noun ("Visite de Karel Novak au Maroc"). The name finder reads
 * capitals as names, so it would take the whole line for one. Before names are found, the
 * headline's words are given the case the article's own body writes them in — the
 * document-centred approach to capitalised words of Mikheev (1999, "A knowledge-free method
 * for capitalized word disambiguation") — and, for a word the body does not use, the case the
 * language's word list gives it. Only case changes, never length, so the name finder's spans
 * are spans of the text as written. No npm package restores case offline (truecasers are
 * Python models), hence these few rules.
 *
 * A title-case line elsewhere in the opening is read the same way: extraction may take a
 * dateline for the title ("9 / 10 / 2010 @ 1: 19PM") and leave the headline as a paragraph
 * of the text, or a page may have no title at all. There a word only loses its capital: the
 * mentions read there keep the text's spans, and their words nearly always the text's case.
 */
import type { Span } from "../core/message.js";
import type { Sentence } from "./annotation.js";
import { fold } from "./stages/entities/gazetteer.js";

/** Words the headline's case is read from: the language's ordinary words (lowercased) and its first names (folded), as the gazetteer keys them. */
export interface CaseEvidence {
  words: ReadonlySet<string>;
  firstNames: ReadonlySet<string>;
}

/** A headline is in title case when this share of its longer words opens with a capital. */
const TITLE_CASE_SHARE = 0.75;
/** Words this long or longer decide whether a headline is title-cased: shorter ones ("of", "in", "to") are left lowercase by many styles. */
const TITLE_CASE_MIN_LETTERS = 4;
/** An all-capital word this short that the body never writes is an acronym ("NBA", "MD"), kept as it is. */
const MAX_ACRONYM_LETTERS = 4;

/** Headlines sit in the opening lines (a dateline or a byline may come first); a title-case line further down is a heading the body's case rules less surely. */
const MAX_HEADING_LINES = 4;
/** A line longer than this is a paragraph, not a heading. */
const MAX_HEADING_CHARS = 160;
/** A line ending as a sentence ends (period, colon, comma, with any closing quote) is prose, not a heading. */
const SENTENCE_END = /[.…:;,]["”’)]*\s*$/u;

/** A word's letters; a new expression each time, as `exec` and `matchAll` carry `lastIndex` over. */
const words = () => /\p{L}[\p{L}\p{M}]*/gu;

/** The text with its headline's words (and its title-case lines') in the case the body (or the word list) gives them; the text itself when nothing changes. */
export function headlineCasedForNames(text: string, headline: Span | null, sentences: readonly Sentence[], evidence: CaseEvidence): string {
  const headings = headingLines(text, headline);
  if (!headline && headings.length === 0) return text;
  const headlineWords = headline ? wordsIn(text, headline) : [];
  // A sentence-case headline is ordinary prose but for its first word, whose capital says nothing.
  const candidates = [...(isTitleCased(headlineWords) ? headlineWords : headlineWords.slice(0, 1)), ...headings.flatMap((line) => wordsIn(text, line).map((word) => ({ ...word, lowercaseOnly: true })))];
  const usage = bodyUsage(text, headline ? [headline, ...headings] : headings, sentences);
  let cased = text;
  for (const { at, word, lowercaseOnly } of candidates) {
    if (!isCapitalised(word)) continue;
    const form = caseOf(word, usage, evidence);
    if (lowercaseOnly && form !== word.toLowerCase()) continue;
    if (form !== word && form.length === word.length) cased = cased.slice(0, at) + form + cased.slice(at + word.length);
  }
  return cased;
}

interface HeadlineWord {
  at: number;
  word: string;
  lowercaseOnly?: boolean;
}

function wordsIn(text: string, span: Span): HeadlineWord[] {
  return [...text.slice(span.start, span.end).matchAll(words())].map((match) => ({ at: span.start + match.index, word: match[0] }));
}

/** Whether most of the longer words open with a capital. */
function isTitleCased(headlineWords: readonly HeadlineWord[]): boolean {
  const longer = headlineWords.filter(({ word }) => word.length >= TITLE_CASE_MIN_LETTERS);
  return longer.length > 1 && longer.filter(({ word }) => isCapitalised(word)).length >= TITLE_CASE_SHARE * longer.length;
}

/** Lines in the first MAX_HEADING_LINES of the text, besides the headline, that read as headlines: short, no closing period, title-cased. */
function headingLines(text: string, headline: Span | null): Span[] {
  const headings: Span[] = [];
  let seen = 0;
  for (const line of text.matchAll(/[^\n]+/gu)) {
    if (++seen > MAX_HEADING_LINES) break;
    const span = { start: line.index, end: line.index + line[0].length };
    if (headline && span.start < headline.end) continue;
    if (line[0].length > MAX_HEADING_CHARS || SENTENCE_END.test(line[0])) continue;
    if (isTitleCased(wordsIn(text, span))) headings.push(span);
  }
  return headings;
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

interface Usage {
  /** How often the body writes the word in lowercase. */
  lower: number;
  /** Its capitalised forms inside sentences (where a capital means a name), with their counts. */
  capitalised: Map<string, number>;
}

/** How the body writes each word (lowercased key), leaving out the headline's lines and sentence openers: their capital is the line's or the sentence's. */
function bodyUsage(text: string, headings: readonly Span[], sentences: readonly Sentence[]): Map<string, Usage> {
  const inHeading = (at: number) => headings.some((span) => span.start <= at && at < span.end);
  const openers = new Set<number>();
  const word = words();
  for (const sentence of sentences) {
    word.lastIndex = sentence.start;
    const first = word.exec(text);
    if (first && first.index < sentence.end) openers.add(first.index);
  }
  const usage = new Map<string, Usage>();
  for (const match of text.matchAll(words())) {
    if (openers.has(match.index) || inHeading(match.index)) continue;
    const key = match[0].toLowerCase();
    const held = usage.get(key) ?? { lower: 0, capitalised: new Map<string, number>() };
    if (match[0] === key) held.lower += 1;
    else held.capitalised.set(match[0], (held.capitalised.get(match[0]) ?? 0) + 1);
    usage.set(key, held);
  }
  return usage;
}

/** The body's majority form; else lowercase for an ordinary word that is no first name; else a short all-capital word as it is, a longer one with one capital ("TEIXEIRA" → "Teixeira"). */
function caseOf(word: string, usage: ReadonlyMap<string, Usage>, evidence: CaseEvidence): string {
  const lower = word.toLowerCase();
  const used = usage.get(lower);
  if (used) {
    const [capitalForm, capitalCount] = [...used.capitalised].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [word, 0];
    if (used.lower > capitalCount) return lower;
    if (capitalCount > 0) return capitalForm;
  }
  if (evidence.words.has(lower) && !evidence.firstNames.has(fold(lower))) return lower;
  const allCapitals = word === word.toUpperCase();
  return allCapitals && word.length > MAX_ACRONYM_LETTERS ? word[0] + word.slice(1).toLowerCase() : word;
}
