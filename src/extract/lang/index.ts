/** Cue lexicons by language. Adding a language is adding a file here; no rule changes. */
import type { ExtractionCues } from "./cues.js";
import { englishCues } from "./en.js";
import { frenchCues } from "./fr.js";

const cuesByLanguage: Record<string, ExtractionCues> = { fr: frenchCues, en: englishCues };

/**
 * The article's language first, then every other known language: interface words on a French
 * page are often English ("Follow Me"), and a wrong language guess must not blind the rules.
 */
export function cuesFor(language: string | null): ExtractionCues[] {
  const key = language ?? "";
  let ordered = orderedCues.get(key);
  if (!ordered) {
    const first = language ? cuesByLanguage[language] : undefined;
    const rest = Object.entries(cuesByLanguage).filter(([code]) => code !== language).map(([, cues]) => cues);
    ordered = Object.freeze(first ? [first, ...rest] : rest) as ExtractionCues[];
    orderedCues.set(key, ordered);
  }
  return ordered;
}

/** One list per language asked for, so callers can cache work per list. */
const orderedCues = new Map<string, ExtractionCues[]>();

export type { ExtractionCues } from "./cues.js";
