/**
 * What the cross-document merge reads of an article's language and text: the first names, role
 * nouns, place words and connectors of its lexicon, a name's identity words once a particle or
 * a place's kind is set aside ("M. de Villepin", "town of Zembla"), and whether the text says a
 * name as a place ("in Jackson").
 */
import { entityLexiconFor } from "../annotate/lang/index.js";
import { fold, gazetteerFor } from "../annotate/stages/entities/gazetteer.js";
import { nameParts, type NameParts } from "./corpus-entity-names.js";
import type { LanguageNames } from "./corpus-entity-short-names.js";

/** What identity keys read of an article's language besides what the joins read. */
export interface ArticleLanguage extends LanguageNames {
  particles: ReadonlySet<string>;
  /** Folded words saying what kind of place a name is ("town", "ville"), written before it in lowercase ("town of Zembla"). */
  placeKinds: ReadonlySet<string>;
  /** Folded words that join a kind to its name ("of", "de", "la"). */
  nameConnectors: ReadonlySet<string>;
}

const LANGUAGE_NAMES = new Map<string | null, ArticleLanguage>();

/** The first names, role nouns and place prepositions of an article's language (none for a language without resources). */
export function languageNames(language: string | null): ArticleLanguage {
  let names = LANGUAGE_NAMES.get(language);
  if (!names) {
    const lexicon = entityLexiconFor(language);
    const folded = (words: readonly string[]) => new Set(words.map((word) => fold(word)));
    names = lexicon && language
      ? {
          firstNames: gazetteerFor(lexicon, language).firstNames,
          places: gazetteerFor(lexicon, language).places,
          roleNouns: folded(lexicon.roleNouns),
          organizationHeads: folded(lexicon.organizationHeads),
          prepositions: new Set([...folded(lexicon.placePrepositions)].filter((word) => !lexicon.nobiliaryParticles.includes(word))),
          particles: new Set(lexicon.nobiliaryParticles),
          placeKinds: folded(lexicon.placeKindCues),
          nameConnectors: folded(lexicon.nameConnectors),
          // Only prepositions join a complement ("Courrier de Zembla", "University of Idaho"); "The Oddfather", "Van Wilder" are named by their last word.
          connectors: new Set([...folded(lexicon.nameConnectors)].filter((word) => folded([...lexicon.placePrepositions, ...lexicon.originPrepositions]).has(word))),
        }
      : { firstNames: new Set<string>(), places: new Set<string>(), roleNouns: new Set<string>(), organizationHeads: new Set<string>(), prepositions: new Set<string>(), particles: new Set<string>(), connectors: new Set<string>(), placeKinds: new Set<string>(), nameConnectors: new Set<string>() };
    LANGUAGE_NAMES.set(language, names);
  }
  return names;
}

/** The word before a mention, folded ("in" in "arrested in Jackson"). */
const WORD_BEFORE = /(\p{L}+)\s+$/u;
/** A state or country after a town's name ("Jackson, Miss.", "Paris, Texas"). */
const REGION_AFTER = /^,\s+\p{Lu}/u;

/** Whether the text says this mention as a place: after a place preposition, or before a region. */
export function saidAsPlace(text: string, mention: { start: number; end: number }, language: ArticleLanguage): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, mention.start - 20), mention.start))?.[1];
  return (before !== undefined && language.prepositions.has(fold(before))) || REGION_AFTER.test(text.slice(mention.end, mention.end + 4));
}

/** The words a place's name keeps once the kind an article wrote before it in lowercase is set aside ("town of Zembla" → "Zembla"), or null. */
export function afterPlaceKind(name: string, language: ArticleLanguage): string | null {
  const words = name.split(/\s+/u);
  if (words.length < 2 || !/^\p{Ll}/u.test(words[0]!) || !language.placeKinds.has(fold(words[0]!))) return null;
  let start = 1;
  while (start < words.length - 1 && language.nameConnectors.has(fold(words[start]!))) start += 1;
  return /^\p{Lu}/u.test(words[start]!) ? words.slice(start).join(" ") : null;
}

/** "de Villepin" (as "M. de Villepin" names him) is the surname "Villepin"; "De Niro" and "Van Morrison" keep their capital; "town of Zembla" is "Zembla". */
export function identityParts(written: string, language: ArticleLanguage): NameParts {
  const name = afterPlaceKind(written, language) ?? written;
  const parts = nameParts(name);
  const first = name.split(/\s+/u)[0]!;
  if (parts.core.length !== 2 || !language.particles.has(first)) return parts;
  return { ...parts, words: parts.words.slice(1), core: parts.core.slice(1) };
}
