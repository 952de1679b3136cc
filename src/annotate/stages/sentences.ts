/**
 * Sentence spans: Intl.Segmenter (ICU's rules, built into Node) with one fix it lacks:
 * it splits after abbreviations and initials ("M. Dupont", "J.-C.", "John F. Kennedy"),
 * so a segment ending in one is joined to the next. Abbreviations are language data.
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
  for (const segment of segmenter.segment(text)) {
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
