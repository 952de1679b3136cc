/**
 * Rules that recognise the non-article blocks of a scraped page by their words and shape.
 * Each rule is a named predicate over one block; the cue words are language data.
 */
import { escapeRegExp } from "../../core/escape-regexp.js";
import type { ExtractionCues } from "../lang/cues.js";
import { domainOf, isProse, wordCount } from "./block-shape.js";

export type NoiseKind = "interface" | "widget" | "related-link" | "credit" | "caption" | "end-of-article";

/** Widgets and notes are short; a long paragraph that mentions "commentaires" is article text. */
const MAX_WIDGET_WORDS = 20;
/** Credits name a photographer or agency, nothing more. */
const MAX_CREDIT_WORDS = 12;

/** Interface labels are one to three words ("close", "haut de page"). */
const MAX_INTERFACE_WORDS = 3;

export function noiseKind(text: string, cuesList: ExtractionCues[]): NoiseKind | null {
  const lower = text.replace(/\u00a0/g, " ").toLowerCase().trim();
  const words = wordCount(text);
  if (words <= 1 && domainOf(text)) return "end-of-article";
  // A caption's credit follows a separator; most blocks have none and skip that test.
  const mayCarryCredit = /[|(/]/.test(lower);
  for (const cues of cuesList) {
    const compiled = compile(cues);
    if (words <= MAX_INTERFACE_WORDS && isInterfaceWord(lower, cues)) return "interface";
    if (words <= MAX_WIDGET_WORDS && compiled.endOfArticle.test(lower)) return "end-of-article";
    if (words <= MAX_WIDGET_WORDS && compiled.widget.test(lower)) return "widget";
    if (isRelatedLink(text, lower, cues)) return "related-link";
    if (words <= MAX_CREDIT_WORDS && isCredit(lower, cues)) return "credit";
    if (mayCarryCredit && compiled.captionCredit.test(lower)) return "caption";
  }
  return null;
}

interface CompiledCues {
  widget: RegExp;
  endOfArticle: RegExp;
  captionCredit: RegExp;
}

const compiledCues = new WeakMap<ExtractionCues, CompiledCues>();

/** Phrase lists become one regular expression each, built once per lexicon. */
function compile(cues: ExtractionCues): CompiledCues {
  let compiled = compiledCues.get(cues);
  if (!compiled) {
    const openers = cues.creditOpeners.map(escapeRegExp).join("|");
    compiled = {
      // Whole words only, so "commentaires" does not fire inside a longer word.
      widget: new RegExp(`(?<!\\p{L})(?:${cues.widgetPhrases.map(escapeRegExp).join("|")})(?!\\p{L})`, "u"),
      endOfArticle: new RegExp(cues.endOfArticlePhrases.map(escapeRegExp).join("|"), "u"),
      captionCredit: new RegExp(`(?:\\||\\(|/)\\s*(?:${openers})\\s*[:©]`, "u"),
    };
    compiledCues.set(cues, compiled);
  }
  return compiled;
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

/** "Photo : X", "© Copyright : DR", "Crédit photo AFP". */
function isCredit(lower: string, cues: ExtractionCues): boolean {
  if (lower.startsWith("©")) return true;
  return cues.creditOpeners.some((opener) => lower.startsWith(opener) && /^\s*[:©/]/u.test(lower.slice(opener.length)));
}
