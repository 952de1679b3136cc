/**
 * Organisations the capitalised-run finder misses: a lowercase head and the name after it
 * ("ministère de la Défense", "administration Trump"), and a definite organisation noun standing
 * alone for the last organisation named ("le média").
 */
import type { EntityToken } from "./entity-tokens.js";
import type { NameMention } from "./find-name-mentions.js";
import type { Gazetteer } from "./gazetteer.js";
import { ADJECTIVE_ENDING, type LexiconSets } from "./name-evidence.js";

/**
 * Organisations named by a lowercase head and what follows it: "ministère de la Défense",
 * "administration Trump". The head is language data; what follows it must be capitalised.
 */
export function findLowercaseHeadedOrganizations(tokens: readonly EntityToken[], sets: LexiconSets, gazetteer: Gazetteer, names: readonly NameMention[]): NameMention[] {
  const found: NameMention[] = [];
  for (let i = 0; i < tokens.length - 1; i += 1) {
    const head = tokens[i]!;
    if (head.capitalized || !sets.organizationHeads.has(head.text)) continue;
    let k = i + 1;
    while (k < tokens.length && k - i <= 2 && sets.connectors.has(tokens[k]!.folded) && !tokens[k]!.capitalized) k += 1;
    const named = tokens[k];
    if (!named?.capitalized || named.start - tokens[k - 1]!.end > 1) continue;
    const name = names.find((mention) => mention.firstToken <= k && mention.lastToken >= k);
    // "l'armée de Norvège" is a state's organ, named by its country; "administration Trump" by its leader.
    // "l'armée de Kadhafi" is a person's group, which generic actors read with its leader.
    if (name?.type === "LOC" || (k > i + 1 && name?.type === "PER") || (k === i + 1 && name && name.type !== "PER" && name.type !== null)) continue;
    // The surname right after "administration" is its leader's; typing it here spares it the default.
    if (k === i + 1 && name && name.type === null) name.type = "PER";
    let last = name ? name.lastToken : k;
    while (!name && tokens[last + 1]?.capitalized && tokens[last + 1]!.start - tokens[last]!.end <= 1) last += 1;
    while (!name && tokens[last + 1] && !tokens[last + 1]!.capitalized && ADJECTIVE_ENDING.test(tokens[last + 1]!.folded) && !gazetteer.demonyms.has(tokens[last + 1]!.folded)) last += 1;
    found.push({ start: head.start, end: tokens[last]!.end, text: "", type: "ORG", place: null, firstToken: i, lastToken: last, weak: false });
  }
  return found;
}

/** "le média", "la société" standing alone: a definite determiner, an organisation noun, and no name after it. */
export function findOrganizationReferences(tokens: readonly EntityToken[], sets: LexiconSets): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (let i = 1; i < tokens.length; i += 1) {
    const noun = tokens[i]!;
    const determiner = tokens[i - 1]!;
    if (noun.capitalized || !sets.organizationCues.has(noun.folded) || !sets.definiteDeterminers.has(determiner.folded)) continue;
    const next = tokens[i + 1];
    if (next?.capitalized || (next && sets.connectors.has(next.folded))) continue; // "la société Nexa", "le site de …"
    found.push({ start: determiner.start, end: noun.end });
  }
  return found;
}
