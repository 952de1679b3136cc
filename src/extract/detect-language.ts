/**
 * Language identification with eld (the most accurate of the libraries tried on French
 * news and navigation headlines, and the fastest: see ../shared/notes/dependencies.md).
 */
import { message, type Message } from "../core/message.js";
import { loadEldDetector } from "./eld-detector.js";

/** Loaded once, with the module: detection is synchronous and every document needs it. */
const eld = await loadEldDetector();

/** Below this many letters a guess is noise (a headline fragment, a byline). */
const MIN_LETTERS_FOR_DETECTION = 20;
/** eld is linear in input length; a paragraph (about a hundred words) settles the language of an article. */
const DETECTION_SAMPLE_CHARS = 600;

export interface LanguageGuess {
  language: string | null;
  messages: Message[];
}

export function detectLanguage(text: string, stated?: string): LanguageGuess {
  const sample = text.slice(0, DETECTION_SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const statedCode = stated ? normalizeLanguageTag(stated) : null;
  if (letters < MIN_LETTERS_FOR_DETECTION) {
    if (statedCode) return { language: statedCode, messages: [] };
    return {
      language: null,
      messages: [message("extract", "language-unknown", "Too little text to identify the language.", "info")],
    };
  }
  const result = eld.detect(sample);
  const detected = result.language || null;
  if (statedCode && detected && statedCode !== detected && result.isReliable()) {
    return {
      language: detected,
      messages: [
        message(
          "extract",
          "language-declaration-wrong",
          `The source declares language "${stated}", but the text reads as "${detected}"; using "${detected}".`,
        ),
      ],
    };
  }
  if (!detected || !result.isReliable()) {
    if (statedCode) return { language: statedCode, messages: [] };
    return {
      language: detected,
      messages: [message("extract", "language-uncertain", `Language guessed as "${detected ?? "?"}" with low confidence.`)],
    };
  }
  return { language: detected, messages: [] };
}

/** "fr-FR", "FR", "fr_CA" → "fr"; anything that is not a language tag → null. */
export function normalizeLanguageTag(tag: string): string | null {
  const match = /^\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*\s*$/.exec(tag);
  return match ? match[1]!.toLowerCase() : null;
}
