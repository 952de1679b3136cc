/**
 * A place noun before a name makes one place of both ("le lac de Genève", "la cathédrale
 * Saint-Paul", "la rue de Rivoli"): a different place from the town it names, except for nouns
 * of the place's own kind ("la ville de Berne", "le canton de Vaud"), which name the same
 * place. A qualifier after a country or region names a part of it ("la Suisse romande").
 * Both noun lists are the language's lexicon; written by hand, as no tagger reads them.
 */
import type { EntityToken } from "./entity-tokens.js";
import { lowercaseKey } from "./gazetteer.js";

export interface PlaceCueWords {
  /** Lowercase place nouns, accents kept, that join the name after them ("lac", "rue", "comté"). */
  placeCues: ReadonlySet<string>;
  /** Those of them naming the place itself ("ville", "canton"). */
  placeKindCues: ReadonlySet<string>;
  /** Lowercase auxiliary verbs: after one, a place noun is a participle ("a cité Anna Lund"). */
  auxiliaryVerbs: ReadonlySet<string>;
  /** Folded particles between the noun and the name ("de", "la"). */
  connectors: ReadonlySet<string>;
  /** Folded adjectives naming a part of a country or region ("romande", "méridionale"). */
  placeQualifiers: ReadonlySet<string>;
}

/** "quartier de la Villette": at most two particles between the noun and the name. */
const MAX_PARTICLES = 2;

/** The place noun before the name starting at `first`: its token and whether it names the same place, or null. */
export function placeCueBefore(tokens: readonly EntityToken[], first: number, words: PlaceCueWords): { token: number; samePlace: boolean } | null {
  for (let k = first - 1; k >= Math.max(0, first - 1 - MAX_PARTICLES); k -= 1) {
    const token = tokens[k]!;
    // A name never runs across a line break or a wider gap ("dies in prison\n\nVincent Gigante").
    if (token.capitalized || !token.isWord || tokens[k + 1]!.start - token.end > 1) return null;
    const noun = lowercaseKey(token.text);
    if (words.placeCues.has(noun)) return words.auxiliaryVerbs.has(lowercaseKey(tokens[k - 1]?.text ?? "")) ? null : { token: k, samePlace: words.placeKindCues.has(noun) };
    if (!words.connectors.has(token.folded)) return null;
  }
  return null;
}

/** The last token of a qualifier right after `last` ("Suisse romande"), or null. */
export function placeQualifierAfter(tokens: readonly EntityToken[], last: number, words: PlaceCueWords): number | null {
  const next = tokens[last + 1];
  return next && !next.capitalized && next.start - tokens[last]!.end <= 1 && words.placeQualifiers.has(next.folded) ? last + 1 : null;
}
