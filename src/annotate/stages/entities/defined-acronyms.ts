/**
 * Acronyms an article defines in parentheses right after a name ("The Hollywood Reporter (THR)",
 * "Advanced Micro Devices (AMD)"): the acronym, wherever the article writes it, then names the
 * same entity.
 */
import type { EntityToken } from "./entity-tokens.js";
import type { NameMention } from "./find-name-mentions.js";
import { ACRONYM } from "./name-evidence.js";

/** Folded acronym → the name mention that defines it (the first, when an article defines one twice). */
export function definedAcronyms(tokens: readonly EntityToken[], names: readonly NameMention[], text: string): Map<string, NameMention> {
  const defined = new Map<string, NameMention>();
  for (const name of names) {
    const acronym = tokens[name.lastToken + 2];
    if (tokens[name.lastToken + 1]?.text !== "(" || tokens[name.lastToken + 3]?.text !== ")" || !acronym || !ACRONYM.test(acronym.text)) continue;
    const letters = acronym.text.replaceAll(".", "");
    // "The Hollywood Reporter (THR)": the article before the name may give the acronym its first letter.
    const before = tokens[name.firstToken - 1];
    const written = text.slice(name.start, name.end);
    const named = capitalInitials(written);
    const spelled = [named, contentInitials(written), before?.isWord ? `${before.text[0]!.toUpperCase()}${named}` : ""];
    if (spelled.includes(letters) && !defined.has(acronym.folded)) defined.set(acronym.folded, name);
  }
  return defined;
}

/** The initials of a name's capitalised words ("THR" for "The Hollywood Reporter", "AMPAS" for "Academy of Motion Picture Arts and Sciences"). */
export function capitalInitials(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0]!)
    .join("");
}

/** A lowercase word this short is a particle an acronym skips ("de", "du", "l'", "of", "and"). */
const MAX_PARTICLE_LETTERS = 3;

/** The initials of a name's words but its short lowercase particles, as French acronyms take them ("CNT" for "Conseil national de transition"). */
function contentInitials(name: string): string {
  return name
    .split(/[\s-]+|(?<=['’])/u)
    .filter((word) => word.length > 0 && !(/^\p{Ll}/u.test(word) && word.replace(/['’]$/u, "").length <= MAX_PARTICLE_LETTERS))
    .map((word) => word[0]!.toUpperCase())
    .join("");
}
