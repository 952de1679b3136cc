/** What a time-expression detector is, and the small helpers detectors share. */
import type { Granularity, TimeType } from "../../annotation.js";
import type { TimeLexicon } from "../../lang/time-lexicon.js";
import { pad, type Anchor, type Tense } from "./calendar.js";
import type { LexiconPatterns } from "./patterns.js";

export interface Candidate {
  start: number;
  end: number;
  type: TimeType;
  value: string | null;
  granularity: Granularity | null;
  anchored: boolean;
}

export interface DetectorContext {
  text: string;
  anchor: Anchor | null;
  lexicon: TimeLexicon;
  /** The sentence around a position, to read its tense. */
  sentenceAt(position: number): string;
}

export interface Detector {
  name: string;
  pattern(p: LexiconPatterns): string;
  resolve(match: RegExpExecArray, context: DetectorContext): Omit<Candidate, "start" | "end"> | null;
}

export const lower = (value: string | undefined) => value?.toLowerCase();
export const date = (value: string | null, granularity: Granularity, anchored: boolean) => ({ type: "DATE" as const, value, granularity, anchored });

export function numberValue(word: string, lexicon: TimeLexicon): number | null {
  if (/^\d/.test(word)) return Number(word.replace(",", "."));
  return lexicon.numbers[word.toLowerCase()] ?? null;
}

/** A sentence's tense as its markers show it; a future marker wins ("a annoncé qu'il signera"). */
export function tenseOf(sentence: string, lexicon: TimeLexicon): Tense | null {
  if (lexicon.futureMarkers.test(sentence)) return "future";
  return lexicon.pastMarkers.test(sentence) ? "past" : null;
}

export function withClock(day: string, hour: string | undefined, minute: string | undefined): { type: TimeType; value: string; granularity: Granularity } {
  return hour === undefined ? { type: "DATE", value: day, granularity: "day" } : { type: "TIME", value: `${day}T${pad(Number(hour))}:${pad(Number(minute ?? 0))}`, granularity: "minute" };
}

