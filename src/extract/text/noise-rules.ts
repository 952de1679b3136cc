/**
 * Rules that recognise the non-article blocks of a scraped page by their words and shape.
 * Each rule is a named predicate over one block; the cue words are language data.
 */
import type { ExtractionCues } from "../lang/cues.js";
import { domainOf, isProse, wordCount } from "./block-shape.js";

export type NoiseKind = "interface" | "widget" | "related-link" | "credit" | "caption" | "end-of-article";

/** Widgets and notes are short; a long paragraph that mentions "commentaires" is article text. */
const MAX_WIDGET_WORDS = 20;
/** Credits name a photographer or agency, nothing more. */
const MAX_CREDIT_WORDS = 12;

export function noiseKind(text: string, cuesList: ExtractionCues[]): NoiseKind | null {
  const lower = text.replace(/\u00a0/g, " ").toLowerCase().trim();
  const words = wordCount(text);
  if (domainOf(text)) return "end-of-article";
  for (const cues of cuesList) {
    if (isInterfaceWord(lower, cues)) return "interface";
    if (words <= MAX_WIDGET_WORDS && cues.endOfArticlePhrases.some((phrase) => lower.includes(phrase))) return "end-of-article";
    if (words <= MAX_WIDGET_WORDS && cues.widgetPhrases.some((phrase) => containsPhrase(lower, phrase))) return "widget";
    if (isRelatedLink(text, lower, cues)) return "related-link";
    if (words <= MAX_CREDIT_WORDS && isCredit(lower, cues)) return "credit";
    if (isCaptionWithCredit(lower, cues)) return "caption";
  }
  return null;
}

/** "Lire aussi : <headline>" or "Lire aussi <headline>"; a sentence that starts with "Lire aussi" is prose. */
function isRelatedLink(text: string, lower: string, cues: ExtractionCues): boolean {
  const opener = cues.relatedOpeners.find((candidate) => lower.startsWith(candidate));
  if (!opener) return false;
  const rest = lower.slice(opener.length);
  return /^\s*[:»>|–-]/u.test(rest) || (/^\s/u.test(rest) && !isProse(text));
}

function isInterfaceWord(lower: string, cues: ExtractionCues): boolean {
  const bare = lower.replace(/[^\p{L}\p{N}' -]/gu, "").trim();
  return bare.length > 0 && cues.interfaceWords.includes(bare);
}

/** Whole-word containment, so "commentaires" does not fire inside "commentairesque". */
function containsPhrase(lower: string, phrase: string): boolean {
  const at = lower.indexOf(phrase);
  if (at === -1) return false;
  const before = lower[at - 1];
  const after = lower[at + phrase.length];
  return (before === undefined || !/\p{L}/u.test(before)) && (after === undefined || !/\p{L}/u.test(after));
}

/** "Photo : X", "© Copyright : DR", "Crédit photo AFP". */
function isCredit(lower: string, cues: ExtractionCues): boolean {
  if (lower.startsWith("©")) return true;
  return cues.creditOpeners.some((opener) => lower.startsWith(opener) && /^\s*[:©/]/u.test(lower.slice(opener.length)));
}

/** "Le ministre … à Rabat, le 24 novembre | Photo : X" or "… (Photo : X)": a caption carrying its credit. */
function isCaptionWithCredit(lower: string, cues: ExtractionCues): boolean {
  const openers = cues.creditOpeners.map((opener) => opener.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  return new RegExp(`(?:\\||\\(|/)\\s*(?:${openers})\\s*[:©]`, "u").test(lower);
}
