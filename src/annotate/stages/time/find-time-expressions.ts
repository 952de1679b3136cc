/**
 * Time expressions of a text, normalised against its publication date. Every detector runs
 * over the whole text; overlapping candidates are resolved by a pure pass that keeps the
 * longest (then the earlier detector's). Without a publication date, relative expressions
 * keep a null value: never a silent guess.
 */
import type { Span } from "../../../core/message.js";
import { makeSpan, type TimeExpression } from "../../annotation.js";
import { timeLexiconFor } from "../../lang/index.js";
import { parseAnchor } from "./calendar.js";
import { ANCHORED_ON_LAST_DAY, detectors, type Candidate, type DetectorContext } from "./detectors.js";
import { patternsFor } from "./patterns.js";

const compiled = new WeakMap<object, RegExp[]>();

export interface TimeOptions {
  language: string | null;
  /** ISO publication date, as precise as stated. */
  published: string | null;
  /** Sentence spans, to read a weekday's tense; without them sentences are cut at end punctuation. */
  sentences?: readonly Span[];
}

export function findTimeExpressions(text: string, options: TimeOptions): TimeExpression[] {
  const lexicon = timeLexiconFor(options.language);
  if (!lexicon) return [];
  let patterns = compiled.get(lexicon);
  if (!patterns) {
    const pieces = patternsFor(lexicon);
    patterns = detectors.map((detector) => new RegExp(detector.pattern(pieces), "giu"));
    compiled.set(lexicon, patterns);
  }
  const context: DetectorContext = { text, anchor: parseAnchor(options.published), lexicon, sentenceAt: (position) => sentenceAround(text, position, options.sentences) };
  const candidates: Array<Candidate & { rank: number }> = [];
  detectors.forEach((detector, rank) => {
    const pattern = patterns[rank]!;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const resolved = detector.resolve(match, context);
      if (resolved) candidates.push({ ...resolved, start: match.index, end: match.index + match[0].length, rank });
    }
  });
  const onLastDay = new Set(detectors.flatMap((detector, rank) => (ANCHORED_ON_LAST_DAY.has(detector.name) ? [rank] : [])));
  return anchorOnLastDay(keepLongest(candidates), onLastDay).map(({ rank: _rank, ...candidate }) => ({
    ...candidate,
    ...makeSpan(text, candidate.start, candidate.end),
    text: text.slice(candidate.start, candidate.end),
  }));
}

/** Overlaps: the longer span wins, then the detector listed first. */
export function keepLongest<T extends { start: number; end: number; rank: number }>(candidates: T[]): T[] {
  const ordered = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  const kept: T[] = [];
  for (const candidate of ordered) {
    if (kept.every((other) => candidate.end <= other.start || candidate.start >= other.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * A bare clock time ("à 18 h") or part of day ("la nuit") is on the day last mentioned, not necessarily the day of
 * publication (TimeML annotates "mardi" and "vers 21 h 45" as two expressions, the second
 * anchored on the first). Pure: spans in, spans out.
 */
export function anchorOnLastDay<T extends Candidate & { rank: number }>(kept: T[], ranks: ReadonlySet<number>): T[] {
  let lastDay: string | null = null;
  return kept.map((expression) => {
    if (ranks.has(expression.rank)) return expression.value && lastDay ? { ...expression, value: `${lastDay}${expression.value.slice(10)}` } : expression;
    const day = expression.value ? /^\d{4}-\d{2}-\d{2}/.exec(expression.value)?.[0] : undefined;
    if (day) lastDay = day;
    return expression;
  });
}

/** The clause around a position (its sentence, cut at ";" and ":"), where a weekday's tense is read. */
function sentenceAround(text: string, position: number, sentences: readonly Span[] | undefined): string {
  const sentence = sentences?.find((span) => span.start <= position && position < span.end) ?? punctuationSentence(text, position);
  // Searched within the sentence only: a mark outside it does not cut the clause, and the text can be long.
  const before = text.slice(sentence.start, position + 1);
  const start = sentence.start + Math.max(0, before.lastIndexOf(";") + 1, before.lastIndexOf(":") + 1);
  const after = text.slice(position, sentence.end);
  const ends = [";", ":"].map((mark) => after.indexOf(mark)).filter((index) => index !== -1);
  return text.slice(start, ends.length > 0 ? position + Math.min(...ends) : sentence.end);
}

/** Without sentence annotations: from the previous end punctuation or line break to the next. */
function punctuationSentence(text: string, position: number): Span {
  const start = Math.max(text.lastIndexOf(". ", position), text.lastIndexOf("\n", position), text.lastIndexOf("? ", position), text.lastIndexOf("! ", position)) + 1;
  const ends = [". ", "\n", "? ", "! "].map((mark) => text.indexOf(mark, position)).filter((index) => index !== -1);
  return { start, end: ends.length > 0 ? Math.min(...ends) + 1 : text.length };
}
