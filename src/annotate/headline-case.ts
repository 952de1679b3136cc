/**
 * Headlines are capitalised by style, not by name: "Lohan Checks Into Betty Ford, Rehires
 * Attorney", "REPORT: RED SOX MAKE HUGE OFFER TO TEIXEIRA", or a sentence-case line opening
 * with a capitalised common noun ("Visite de Karel Novak au Maroc"). The name finder reads
 * capitals as names, so it would take the whole line for one. Before names are found, the
 * headline's words are given the case the article's own body writes them in — the
 * document-centred approach to capitalised words of Mikheev (1999, "A knowledge-free method
 * for capitalized word disambiguation") — and, for a word the body does not use, the case the
 * language's word list gives it. Only case changes, never length, so the name finder's spans
 * are spans of the text as written. No npm package restores case offline (truecasers are
 * Python models), hence these few rules.
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

/** A word's letters; a new expression each time, as `exec` and `matchAll` carry `lastIndex` over. */
const words = () => /\p{L}[\p{L}\p{M}]*/gu;

/** The text with its headline's words in the case the body (or the word list) gives them; the text itself when nothing changes. */
export function headlineCasedForNames(text: string, headline: Span | null, sentences: readonly Sentence[], evidence: CaseEvidence): string {
  if (!headline) return text;
  const headlineWords = [...text.slice(headline.start, headline.end).matchAll(words())].map((match) => ({ at: headline.start + match.index, word: match[0] }));
  const longer = headlineWords.filter(({ word }) => word.length >= TITLE_CASE_MIN_LETTERS);
  const styled = longer.length > 1 && longer.filter(({ word }) => isCapitalised(word)).length >= TITLE_CASE_SHARE * longer.length;
  // A sentence-case headline is ordinary prose but for its first word, whose capital says nothing.
  const candidates = styled ? headlineWords : headlineWords.slice(0, 1);
  const usage = bodyUsage(text, headline.end, sentences);
  let cased = text;
  for (const { at, word } of candidates) {
    if (!isCapitalised(word)) continue;
    const form = caseOf(word, usage, evidence);
    if (form !== word && form.length === word.length) cased = cased.slice(0, at) + form + cased.slice(at + word.length);
  }
  return cased;
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

/** How the body writes each word (lowercased key), leaving sentence openers out: their capital is the sentence's. */
function bodyUsage(text: string, from: number, sentences: readonly Sentence[]): Map<string, Usage> {
  const openers = new Set<number>();
  const word = words();
  for (const sentence of sentences) {
    if (sentence.end <= from) continue;
    word.lastIndex = Math.max(sentence.start, from);
    const first = word.exec(text);
    if (first && first.index < sentence.end) openers.add(first.index);
  }
  const usage = new Map<string, Usage>();
  for (const match of text.slice(from).matchAll(words())) {
    const at = from + match.index;
    if (openers.has(at)) continue;
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
