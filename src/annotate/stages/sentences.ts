/**
 * Sentence spans: Intl.Segmenter (ICU's rules, built into Node) with one fix it lacks:
 * it splits after abbreviations and initials ("M. Dupont", "J.-C.", "John F. Kennedy"),
 * so a segment ending in one is joined to the next. Abbreviations are language data.
 * The segmenter runs over windows of the text (see `icuSentences`), which keeps it linear.
 */
import { makeSpan, type Sentence } from "../annotation.js";
import { resourcesFor } from "../lang/index.js";
import { escapeRegExp } from "../../core/escape-regexp.js";

/** The pattern of a segment ending in an abbreviation, and how many final characters it reads at most. */
interface AbbreviationEnding {
  pattern: RegExp;
  reach: number;
}

const abbreviationEndings = new Map<string, AbbreviationEnding>();
/** One segmenter per language: building one costs more than segmenting a short article. */
const segmenters = new Map<string, Intl.Segmenter>();

function abbreviationEnding(language: string | null): AbbreviationEnding {
  const key = language ?? "";
  let ending = abbreviationEndings.get(key);
  if (!ending) {
    const abbreviations = [...resourcesFor(language).abbreviations].sort((a, b) => b.length - a.length);
    const list = abbreviations.map(escapeRegExp).join("|");
    // An abbreviation or a single capital initial (two units when astral), as a whole word, right before the final period.
    const pattern = new RegExp(`(?:^|[\\s(«"“'’\\-])(?:${list}|\\p{Lu})\\.$`, "u");
    ending = { pattern, reach: Math.max(2, abbreviations[0]?.length ?? 0) + 2 };
    abbreviationEndings.set(key, ending);
  }
  return ending;
}

/**
 * Whether a segment ends in an abbreviation. The pattern reads at most `reach` final characters
 * (the mark before the word, the word, the period), so only those are tested, not the whole
 * sentence: a tail one longer than any word cannot fake the start of the text.
 */
function endsInAbbreviation(segment: string, { pattern, reach }: AbbreviationEnding): boolean {
  return pattern.test(segment.length > reach ? segment.slice(-reach) : segment);
}

/**
 * V8's segment iterator costs time in proportion to the whole text at every step (2 MB of
 * prose took a minute), so ICU reads windows of this many characters, each starting at a
 * boundary already settled; a window grows only when it holds no settled boundary.
 */
const SEGMENTER_WINDOW = 2048;
/**
 * A boundary found in a window is settled when a later one was found too and a letter, a
 * sentence terminator or a line break follows it there: ICU's rules look ahead across
 * spaces, digits and punctuation only until such a character, so the rest of the text
 * cannot move it, and ICU restarts from each boundary as from the start of a text.
 */
const LOOKAHEAD_STOP = /[\p{L}.!?\n\r\u0085\u2028\u2029]/u;

interface IcuSegment {
  index: number;
  segment: string;
}

function* icuSentences(text: string, segmenter: Intl.Segmenter): Generator<IcuSegment> {
  let start = 0;
  let size = SEGMENTER_WINDOW;
  while (start < text.length) {
    const end = Math.min(text.length, start + size);
    const window = text.slice(start, end);
    const boundaries = Array.from(segmenter.segment(window), (segment) => segment.index);
    boundaries.push(window.length);
    const settled = end === text.length ? boundaries.length - 1 : lastSettledBoundary(window, boundaries);
    if (settled <= 0) {
      size *= 2;
      continue;
    }
    for (let i = 0; i < settled; i++) yield { index: start + boundaries[i]!, segment: window.slice(boundaries[i], boundaries[i + 1]) };
    start += boundaries[settled]!;
    size = SEGMENTER_WINDOW;
  }
}

/** The index in `boundaries` (window starts, then the window's end) of the last settled one; 0 when none is. */
function lastSettledBoundary(window: string, boundaries: number[]): number {
  // The window's end and the last boundary before it are never settled.
  for (let i = boundaries.length - 3; i > 0; i--) {
    if (LOOKAHEAD_STOP.test(window.slice(boundaries[i], boundaries[i + 1]))) return i;
  }
  return 0;
}

function sentenceSegmenter(language: string | null): Intl.Segmenter {
  const locale = language ?? "fr";
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: "sentence" });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

export function segmentSentences(text: string, language: string | null): Sentence[] {
  const segmenter = sentenceSegmenter(language);
  const abbreviation = abbreviationEnding(language);
  const sentences: Sentence[] = [];
  let pendingStart: number | null = null;
  for (const segment of icuSentences(text, segmenter)) {
    const trimmedEnd = segment.segment.trimEnd();
    const start: number = pendingStart ?? segment.index + (segment.segment.length - segment.segment.trimStart().length);
    const end = segment.index + trimmedEnd.length;
    if (trimmedEnd.trim().length === 0) continue;
    // A line break after the segment is a hard boundary: clean texts break only between paragraphs.
    const endsLine = segment.segment.slice(trimmedEnd.length).includes("\n");
    if (!endsLine && endsInAbbreviation(trimmedEnd, abbreviation)) {
      pendingStart = start;
      continue;
    }
    sentences.push(makeSpan(text, start, end));
    pendingStart = null;
  }
  if (pendingStart !== null && pendingStart < text.trimEnd().length) sentences.push(makeSpan(text, pendingStart, text.trimEnd().length));
  return sentences;
}
