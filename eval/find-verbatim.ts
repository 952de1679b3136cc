/**
 * Gold strings are verbatim copies of the source, but extraction may rewrite what it copies:
 * runs of spaces and non-breaking spaces become one space, and apostrophes vary (’ ' ´). These
 * helpers compare text as a reader would, without those differences.
 */
import type { Span } from "../src/core/message.js";
import { foldAccents } from "../src/core/terms.js";
import { normalizeMention } from "./seeds-entities.js";

const APOSTROPHES = /[’‘´`]/u;

/** Every place `needle` occurs in `text`, ignoring apostrophe styles and how whitespace is spelt; spans in `text`'s offsets. */
export function findVerbatim(text: string, needle: string): Span[] {
  const folded = foldSpacing(text);
  const wanted = foldSpacing(needle.trim()).text;
  const spans: Span[] = [];
  if (!wanted) return spans;
  for (let at = folded.text.indexOf(wanted); at !== -1; at = folded.text.indexOf(wanted, at + 1)) {
    spans.push({ start: folded.origin[at]!, end: folded.origin[at + wanted.length - 1]! + 1 });
  }
  return spans;
}

/** The text with each whitespace run as one space and one apostrophe, and where each character came from. */
function foldSpacing(text: string): { text: string; origin: number[] } {
  let out = "";
  const origin: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (/\s/u.test(char)) {
      if (out.endsWith(" ")) continue;
      out += " ";
    } else out += APOSTROPHES.test(char) ? "'" : char;
    origin.push(index);
  }
  return { text: out, origin };
}

/** A name or mention compared without case, accents, apostrophe style, spacing or a leading French determiner ("l'armée" = "Armee"). */
export function normalizeName(text: string): string {
  return foldAccents(normalizeMention(text.replace(/[´‘]/gu, "'").replace(/\s+/gu, " "))).replace(/^(?:des|d')\s*/u, "");
}
