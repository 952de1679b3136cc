/**
 * Time expressions of a text, normalised against its publication date. Every detector runs
 * over the whole text; overlapping candidates are resolved by a pure pass that keeps the
 * longest (then the earlier detector's). Without a publication date, relative expressions
 * keep a null value: never a silent guess.
 */
import type { Span } from "../../../core/message.js";
import { makeSpan, type TimeExpression } from "../../annotation.js";
import { timeLexiconFor } from "../../lang/index.js";
import { allMatches } from "../../../core/all-matches.js";
import { matchesFromStarts } from "../../../core/matches-from-starts.js";
import { parseAnchor } from "./calendar.js";
import { detectorStarts, type DetectorStarts } from "./detector-starts.js";
import { ANCHORED_ON_LAST_DAY, detectors, type Candidate, type DetectorContext } from "./detectors.js";
import { patternsFor } from "./patterns.js";

interface Compiled {
  /** Global, for a detector scanned whole; sticky, tried where detectorStarts says it can match. */
  global: RegExp[];
  sticky: RegExp[];
  starts: DetectorStarts;
}

interface Ranked extends Span {
  /** The detector's index in `detectors`: on equal spans the lower wins. */
  rank: number;
}

/** A detector's match, not yet resolved. */
interface Found extends Ranked {
  match: RegExpExecArray;
}

const compiled = new WeakMap<object, Compiled>();
const ON_LAST_DAY: ReadonlySet<number> = new Set(detectors.flatMap((detector, rank) => (ANCHORED_ON_LAST_DAY.has(detector.name) ? [rank] : [])));

function compile(lexicon: object & Parameters<typeof patternsFor>[0]): Compiled {
  let patterns = compiled.get(lexicon);
  if (!patterns) {
    const pieces = patternsFor(lexicon);
    const sources = detectors.map((detector) => detector.pattern(pieces));
    patterns = { global: sources.map((source) => new RegExp(source, "giu")), sticky: sources.map((source) => new RegExp(source, "iuy")), starts: detectorStarts(sources) };
    compiled.set(lexicon, patterns);
  }
  return patterns;
}

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
  const patterns = compile(lexicon);
  const context: DetectorContext = { text, anchor: parseAnchor(options.published), lexicon, sentenceAt: (position) => sentenceAround(text, position, options.sentences) };
  const found: Found[] = [];
  const starts = patterns.starts(text);
  detectors.forEach((_, rank) => {
    const at = starts[rank]!;
    for (const match of at ? matchesFromStarts(patterns.sticky[rank]!, text, at) : allMatches(patterns.global[rank]!, text)) {
      found.push({ match, start: match.index, end: match.index + match[0].length, rank });
    }
  });
  // Fields spelled out rather than spread: resolvers build objects of several shapes, which a
  // spread copies slowly. Every resolver returns these four fields, in this order.
  const kept = keepLongest(found, ({ match, start, end, rank }): (Candidate & Ranked) | null => {
    const resolved = detectors[rank]!.resolve(match, context);
    return resolved && { type: resolved.type, value: resolved.value, granularity: resolved.granularity, anchored: resolved.anchored, start, end, rank };
  });
  return anchorOnLastDay(kept, ON_LAST_DAY).map(({ type, value, granularity, anchored, start, end }) => ({
    type,
    value,
    granularity,
    anchored,
    ...makeSpan(text, start, end),
    text: text.slice(start, end),
  }));
}

/**
 * Overlaps: the longer span wins, then the detector listed first. A span is resolved (into a
 * candidate with its start and end) only if no span kept so far overlaps it: resolvers are pure,
 * so the spans it loses to need no result of it; one that resolves to null gives way to the next.
 */
export function keepLongest<S extends Ranked, T extends Ranked>(spans: readonly S[], resolve: (span: S) => T | null): T[] {
  const ordered = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  // Kept spans do not overlap, so in order of start they are in order of end too: of those ending
  // after a candidate starts, only the first can begin before it ends.
  const kept: T[] = [];
  for (const span of ordered) {
    const after = firstEndingAfter(kept, span.start);
    if (after < kept.length && kept[after]!.start < span.end) continue;
    const candidate = resolve(span);
    if (candidate) kept.splice(after, 0, candidate);
  }
  return kept;
}

/** The index of the first span (of spans in order of end) that ends after `position`. */
function firstEndingAfter(spans: readonly Span[], position: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle]!.end > position) high = middle;
    else low = middle + 1;
  }
  return low;
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
