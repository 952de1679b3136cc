/**
 * Titles of works in quotation marks after the noun of their kind: "le film « Vol de nuit »",
 * "l'album “Poses”", "le roman intitulé « Le Carnet d'or »". Only after such a noun: a quotation
 * without one is speech (the quote stage's), not a title. The nouns are the language's lexicon.
 */
import type { EntityToken } from "./entity-tokens.js";
import type { NameMention } from "./find-name-mentions.js";
import type { LexiconSets } from "./name-evidence.js";

const OPENING_QUOTES = new Map([["«", "»"], ["“", "”"], ['"', '"']]);
/** A title is short; a longer quotation after "livre" is a citation from it. */
const MAX_TITLE_TOKENS = 15;
/** "le film de 1962 « … »", "l'album posthume « … »": how far before the quotation the noun may stand. */
const MAX_CUE_DISTANCE = 3;

export function findWorkTitles(tokens: readonly EntityToken[], sets: LexiconSets): NameMention[] {
  const titles: NameMention[] = [];
  for (let i = 1; i < tokens.length; i += 1) {
    const closing = OPENING_QUOTES.get(tokens[i]!.text);
    if (closing === undefined || !cueBefore(tokens, i, sets)) continue;
    const end = tokens.findIndex((token, k) => k > i && token.text === closing);
    const first = i + 1;
    const last = end - 1;
    if (end < 0 || last < first || end - i > MAX_TITLE_TOKENS || !tokens[first]!.capitalized) continue;
    titles.push({ start: tokens[first]!.start, end: tokens[last]!.end, text: "", type: "MISC", place: null, firstToken: first, lastToken: last, weak: false });
    i = end;
  }
  return titles;
}

/** A work noun right before the quotation, or a few words before it ("le film culte « … »", "la série intitulée « … »"). */
function cueBefore(tokens: readonly EntityToken[], quote: number, sets: LexiconSets): boolean {
  for (let k = quote - 1; k >= Math.max(0, quote - MAX_CUE_DISTANCE); k -= 1) {
    const token = tokens[k]!;
    if (!token.isWord) return false;
    if (sets.workCues.has(token.folded)) return true;
  }
  return false;
}
