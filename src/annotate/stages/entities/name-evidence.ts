/**
 * The evidence the name finder weighs, compiled once per lexicon: the lexicon's word lists as
 * folded sets, the shapes of numbers, acronyms and adjectives, and the tests a word or its
 * neighbours pass (an ordinary word of the language, an honorific before it).
 */
import { dottedAcronymSource } from "../../../core/dotted-acronym.js";
import type { EntityLexicon } from "../../lang/entity-lexicon.js";
import type { EntityToken } from "./entity-tokens.js";
import type { Gazetteer } from "./gazetteer.js";
import { fold, lowercaseKey } from "./gazetteer.js";
import type { PlaceCueWords } from "./place-cues.js";

export interface LexiconSets extends PlaceCueWords {
  honorifics: Set<string>;
  feminineHonorifics: Set<string>;
  masculineHonorifics: Set<string>;
  /** See EntityLexicon.capitalizedTitles. */
  capitalizedTitles: boolean;
  /** See EntityLexicon.positionTitles (as written). */
  positionTitles: Set<string>;
  /** See EntityLexicon.recurringCapitalsAreNames. */
  recurringCapitalsAreNames: boolean;
  /** Honorifics written with a period ("M.", "MM."), without it. */
  abbreviatedHonorifics: Set<string>;
  roleNouns: Set<string>;
  organizationHeads: Set<string>;
  closingOrganizationHeads: Set<string>;
  organizationCues: Set<string>;
  placeDeterminers: Set<string>;
  pluralDeterminers: Set<string>;
  definiteDeterminers: Set<string>;
  knownMiscellaneous: Set<string>;
  knownOrganizations: Set<string>;
  knownPeople: Set<string>;
  /** See EntityLexicon.placeHeadsAfter (as written). */
  placeHeadsAfter: Set<string>;
  /** Known organisations of several words by their first folded word: their word counts, longest first ("nations" → [2] for "Nations unies"). */
  knownOrganizationLengths: Map<string, number[]>;
  /** Folded first words of the lexicon's regions written in lowercase ("monde" for "monde arabe"): where the finder looks for them. */
  lowercaseRegionStarts: Set<string>;
  /** See EntityLexicon.interjections: folded, one or two words. */
  interjections: Set<string>;
  placeRelationNouns: Set<string>;
  miscellaneousCues: Set<string>;
  workCues: Set<string>;
  postNouns: Set<string>;
  locativePrepositions: Set<string>;
  /** See EntityLexicon.mediumPrepositions. */
  mediumPrepositions: Set<string>;
  connectors: Set<string>;
  /** See EntityLexicon.eponymousOrganizationNouns. */
  eponymousOrganizationNouns: Set<string>;
  functionWords: Set<string>;
  determiners: Set<string>;
  memberNouns: Set<string>;
  originPrepositions: Set<string>;
  nobiliaryParticles: Set<string>;
  particleTitles: Set<string>;
  /** Words joining two coordinated names ("et"). */
  coordinators: Set<string>;
  /** Endings of regional demonyms, as one pattern; null when the language lists none. */
  demonymSuffix: RegExp | null;
}

export function lexiconSets(lexicon: EntityLexicon): LexiconSets {
  const folded = (words: readonly string[]) => new Set(words.map(fold));
  const lowercased = (words: readonly string[]) => new Set(words.map(lowercaseKey));
  return {
    capitalizedTitles: lexicon.capitalizedTitles ?? false,
    positionTitles: new Set(lexicon.positionTitles ?? []),
    recurringCapitalsAreNames: lexicon.recurringCapitalsAreNames ?? false,
    honorifics: new Set(lexicon.honorifics.map((word) => word.replace(/\.$/u, ""))),
    feminineHonorifics: new Set((lexicon.feminineHonorifics ?? []).map((word) => word.replace(/\.$/u, ""))),
    masculineHonorifics: new Set((lexicon.masculineHonorifics ?? []).map((word) => word.replace(/\.$/u, ""))),
    abbreviatedHonorifics: new Set(lexicon.honorifics.filter((word) => /^\p{L}+\.$/u.test(word)).map((word) => word.slice(0, -1))),
    roleNouns: folded(lexicon.roleNouns.filter((noun) => !noun.includes(" "))),
    organizationHeads: new Set(lexicon.organizationHeads),
    closingOrganizationHeads: new Set(lexicon.closingOrganizationHeads ?? []),
    organizationCues: folded(lexicon.organizationCues),
    // Accents kept: "comté" (a county) is not "comte" (a count).
    placeCues: lowercased(lexicon.placeCues),
    placeKindCues: lowercased(lexicon.placeKindCues),
    auxiliaryVerbs: lowercased(lexicon.auxiliaryVerbs),
    placeQualifiers: folded(lexicon.placeQualifiers),
    placeRelationNouns: folded(lexicon.placeRelationNouns),
    placeDeterminers: folded(lexicon.placeDeterminers),
    pluralDeterminers: folded(lexicon.pluralDeterminers),
    definiteDeterminers: folded(lexicon.definiteDeterminers),
    knownMiscellaneous: folded(lexicon.knownMiscellaneous),
    knownOrganizations: folded(lexicon.knownOrganizations),
    knownPeople: folded(lexicon.knownPeople ?? []),
    placeHeadsAfter: new Set(lexicon.placeHeadsAfter ?? []),
    knownOrganizationLengths: wordCountsByFirstWord(lexicon.knownOrganizations.map(fold)),
    interjections: folded(lexicon.interjections ?? []),
    lowercaseRegionStarts: folded(lexicon.regions.filter((region) => /^\p{Ll}/u.test(region)).map((region) => region.split(/\s+/u)[0]!)),
    miscellaneousCues: folded(lexicon.miscellaneousCues),
    workCues: folded(lexicon.workCues),
    postNouns: folded(lexicon.postNouns ?? []),
    locativePrepositions: folded(lexicon.locativePrepositions),
    mediumPrepositions: folded(lexicon.mediumPrepositions ?? []),
    connectors: folded(lexicon.nameConnectors),
    eponymousOrganizationNouns: folded(lexicon.eponymousOrganizationNouns ?? []),
    functionWords: new Set(lexicon.functionWords),
    determiners: folded(lexicon.determiners),
    memberNouns: folded([...lexicon.memberNouns, ...lexicon.roleNouns.filter((noun) => !noun.includes(" "))]),
    originPrepositions: folded(lexicon.originPrepositions),
    nobiliaryParticles: folded(lexicon.nobiliaryParticles),
    particleTitles: lowercased(lexicon.particleTitles),
    coordinators: folded(lexicon.coordinators),
    demonymSuffix: lexicon.demonymSuffixes.length > 0 ? new RegExp(`\\p{L}{3}(?:${lexicon.demonymSuffixes.map(fold).join("|")})$`, "u") : null,
  };
}

function wordCountsByFirstWord(phrases: readonly string[]): Map<string, number[]> {
  const counts = new Map<string, number[]>();
  for (const phrase of phrases) {
    const words = phrase.split(" ");
    if (words.length < 2) continue;
    const known = counts.get(words[0]!) ?? [];
    if (!known.includes(words.length)) known.push(words.length);
    counts.set(words[0]!, known.sort((a, b) => b - a));
  }
  return counts;
}

/**
 * The last token of a known organisation of several words starting at `i`, lowercase words
 * included ("Nations unies", "Médecins sans frontières"), or -1.
 */
export function knownOrganizationEnd(tokens: readonly EntityToken[], i: number, sets: LexiconSets): number {
  const lengths = tokens[i] ? sets.knownOrganizationLengths.get(tokens[i]!.folded) : undefined;
  if (!lengths) return -1;
  for (const length of lengths) {
    const words = tokens.slice(i, i + length);
    if (words.length === length && words.every((word) => word.isWord) && sets.knownOrganizations.has(words.map((word) => word.folded).join(" "))) return i + length - 1;
  }
  return -1;
}

export const ROMAN_OR_NUMBER = /^(?:[IVX]{1,4}|\d{1,3})$/u;
/** "NBA", "F-35", "O.T.A.N.": up to six letters, with or without periods. */
export const ACRONYM = new RegExp(String.raw`^(?:\p{Lu}{2,6}|\p{Lu}+-?\d+|` + dottedAcronymSource({ maxLetters: 6 }) + ")$", "u");
/** Lowercase words (folded) that may end an organisation's name ("Défense nationale", "Forces armées royales"). */
export const ADJECTIVE_ENDING = /(?:al|ale|aux|ales|ere|eres|aire|aires|ique|iques|ien|ienne|iens|iennes|een|eenne|eens|eennes|ais|aise|aises|ain|aine|ains|aines|if|ive|ifs|ives|ois|oise|unis|unies|arabes)$/u;

/** A word of the language's dictionary (accents aside; "Répétons-le" by its first part), and no known name. */
export function isOrdinaryWord(token: EntityToken, gazetteer: Gazetteer): boolean {
  if (gazetteer.places.has(token.folded) || gazetteer.firstNames.has(token.folded)) return false;
  const lower = token.text.toLowerCase();
  // "Porte-parole" is a word; "Mac-Mahon", capitalised after its hyphen, is a name.
  const compoundOfWord = lower.includes("-") && gazetteer.words.has(lower.split("-")[0]!) && !/^\p{Lu}/u.test(token.text.split("-")[1] ?? "");
  return gazetteer.words.has(lower) || gazetteer.foldedWords.has(token.folded) || compoundOfWord;
}

/** Marks OCR reads for the period of an abbreviated honorific ("M, Kellogg", "MM ; Roth", "M » Ador"). */
const MISREAD_PERIODS = new Set([",", ";", "»", '"', "°", ":"]);

export function honorificBefore(tokens: readonly EntityToken[], first: number, sets: LexiconSets): number | null {
  const honorific = nearestHonorificBefore(tokens, first, sets);
  // "M. le Dr Baillard": an honorific and an article before the honorific are the name's too.
  const article = honorific === null ? undefined : tokens[honorific - 1];
  if (article && !article.capitalized && sets.definiteDeterminers.has(article.folded)) return nearestHonorificBefore(tokens, honorific! - 1, sets) ?? honorific;
  return honorific;
}

function nearestHonorificBefore(tokens: readonly EntityToken[], first: number, sets: LexiconSets): number | null {
  const previous = tokens[first - 1];
  // A name never runs across a line break ("the Rev.\n\nLarry Kroon"), its honorific neither.
  if (!previous || tokens[first]!.start - previous.end > 1) return null;
  if (sets.honorifics.has(previous.text)) return first - 1;
  if (previous?.text === "." && tokens[first - 2] && sets.honorifics.has(tokens[first - 2]!.text)) return first - 2;
  // Only for the abbreviations, within one space: a spelled-out "Monsieur," before a name is a vocative.
  const abbreviation = tokens[first - 2];
  if (previous && MISREAD_PERIODS.has(previous.text) && abbreviation && sets.abbreviatedHonorifics.has(abbreviation.text) && previous.start - abbreviation.end <= 1) return first - 2;
  return null;
}
