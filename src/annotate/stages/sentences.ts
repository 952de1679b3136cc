/**
 * Sentence spans: Intl.Segmenter (ICU's rules, built into Node) with one fix it lacks:
 * it splits after abbreviations and initials ("M. Dupont", "J.-C.", "John F. Kennedy"),
 * so a segment ending in one is joined to the next. Abbreviations are language data.
 */
import { makeSpan, type Sentence } from "../annotation.js";
import { resourcesFor } from "../lang/index.js";
import { escapeRegExp } from "../../core/escape-regexp.js";

const abbreviationPatterns = new Map<string, RegExp>();

function abbreviationEnding(language: string | null): RegExp {
  const key = language ?? "";
  let pattern = abbreviationPatterns.get(key);
  if (!pattern) {
    const list = [...resourcesFor(language).abbreviations].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
    // An abbreviation or a single capital initial, as a whole word, right before the final period.
    pattern = new RegExp(`(?:^|[\\s(«"“'’\\-])(?:${list}|\\p{Lu})\\.$`, "u");
    abbreviationPatterns.set(key, pattern);
  }
  return pattern;
}

export function segmentSentences(text: string, language: string | null): Sentence[] {
  const segmenter = new Intl.Segmenter(language ?? "fr", { granularity: "sentence" });
  const endsInAbbreviation = abbreviationEnding(language);
  const sentences: Sentence[] = [];
  let pendingStart: number | null = null;
  for (const segment of segmenter.segment(text)) {
    const trimmedEnd = segment.segment.trimEnd();
    const start: number = pendingStart ?? segment.index + (segment.segment.length - segment.segment.trimStart().length);
    const end = segment.index + trimmedEnd.length;
    if (trimmedEnd.trim().length === 0) continue;
    // A line break after the segment is a hard boundary: clean texts break only between paragraphs.
    const endsLine = segment.segment.slice(trimmedEnd.length).includes("\n");
    if (!endsLine && endsInAbbreviation.test(trimmedEnd)) {
      pendingStart = start;
      continue;
    }
    sentences.push(makeSpan(text, start, end));
    pendingStart = null;
  }
  if (pendingStart !== null && pendingStart < text.trimEnd().length) sentences.push(makeSpan(text, pendingStart, text.trimEnd().length));
  return sentences;
}
