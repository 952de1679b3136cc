/**
 * Proper names in the text and their type. A name is a run of capitalised words (with the
 * particles names carry: "de", "ben", "al"), or a multi-word place from the gazetteer; its type
 * comes from the strongest evidence, in order: an honorific before it, the gazetteer, an
 * organisation head inside it, a role noun before it, a first name opening it, a product cue
 * before it, a locative preposition before it. Hand-written because no npm tagger knows French
 * names offline; the evidence words are the language's lexicon, the names are data packages.
 */
import type { EntityType, TimeExpression } from "../../annotation.js";
import type { EntityLexicon } from "../../lang/entity-lexicon.js";
import type { EntityToken } from "./entity-tokens.js";
import type { Gazetteer, Place } from "./gazetteer.js";
import { fold } from "./gazetteer.js";
import { breaksName, isFunctionWord } from "./name-boundaries.js";
import { placeCueBefore, placeQualifierAfter, type PlaceCueWords } from "./place-cues.js";

export interface NameMention {
  start: number;
  end: number;
  text: string;
  /** null when nothing in the text decides; the linking pass settles it from other mentions. */
  type: EntityType | null;
  place: Place | null;
  /** First and last token of the name itself (without honorific). */
  firstToken: number;
  lastToken: number;
  /** Typed by weak evidence only (a default), so a stronger reading elsewhere in the text wins. */
  weak: boolean;
  /** Typed by no evidence at all (the last default), so even weak evidence elsewhere ("à Semlin") wins. */
  fallback?: boolean;
}

export interface LexiconSets extends PlaceCueWords {
  honorifics: Set<string>;
  roleNouns: Set<string>;
  organizationHeads: Set<string>;
  organizationCues: Set<string>;
  placeCues: Set<string>;
  placeDeterminers: Set<string>;
  definiteDeterminers: Set<string>;
  knownMiscellaneous: Set<string>;
  miscellaneousCues: Set<string>;
  locativePrepositions: Set<string>;
  connectors: Set<string>;
  functionWords: Set<string>;
  determiners: Set<string>;
  memberNouns: Set<string>;
  originPrepositions: Set<string>;
  nobiliaryParticles: Set<string>;
  particleTitles: Set<string>;
  /** Endings of regional demonyms, as one pattern; null when the language lists none. */
  demonymSuffix: RegExp | null;
}

export function lexiconSets(lexicon: EntityLexicon): LexiconSets {
  const folded = (words: readonly string[]) => new Set(words.map(fold));
  const lowercased = (words: readonly string[]) => new Set(words.map((word) => word.toLowerCase().replace(/’/gu, "'")));
  return {
    honorifics: new Set(lexicon.honorifics.map((word) => word.replace(/\.$/u, ""))),
    roleNouns: folded(lexicon.roleNouns.filter((noun) => !noun.includes(" "))),
    organizationHeads: new Set(lexicon.organizationHeads),
    organizationCues: folded(lexicon.organizationCues),
    // Accents kept: "comté" (a county) is not "comte" (a count).
    placeCues: lowercased(lexicon.placeCues),
    placeKindCues: lowercased(lexicon.placeKindCues),
    placeQualifiers: folded(lexicon.placeQualifiers),
    placeDeterminers: folded(lexicon.placeDeterminers),
    definiteDeterminers: folded(lexicon.definiteDeterminers),
    knownMiscellaneous: folded(lexicon.knownMiscellaneous),
    miscellaneousCues: folded(lexicon.miscellaneousCues),
    locativePrepositions: folded(lexicon.locativePrepositions),
    connectors: folded(lexicon.nameConnectors),
    functionWords: new Set(lexicon.functionWords),
    determiners: folded(lexicon.determiners),
    memberNouns: folded([...lexicon.memberNouns, ...lexicon.roleNouns.filter((noun) => !noun.includes(" "))]),
    originPrepositions: folded(lexicon.originPrepositions),
    nobiliaryParticles: folded(lexicon.nobiliaryParticles),
    particleTitles: lowercased(lexicon.particleTitles),
    demonymSuffix: lexicon.demonymSuffixes.length > 0 ? new RegExp(`\\p{L}{3}(?:${lexicon.demonymSuffixes.map(fold).join("|")})$`, "u") : null,
  };
}

const ROMAN_OR_NUMBER = /^(?:[IVX]{1,4}|\d{1,3})$/u;
const ACRONYM = /^(?:\p{Lu}{2,6}|\p{Lu}+-?\d+)$/u;
/** Lowercase words (folded) that may end an organisation's name ("Défense nationale", "Forces armées royales"). */
const ADJECTIVE_ENDING = /(?:al|ale|aux|ales|ere|eres|aire|aires|ique|iques|ien|ienne|iens|iennes|een|eenne|eens|eennes|ais|aise|aises|ain|aine|ains|aines|if|ive|ifs|ives|ois|oise|unis|unies|arabes)$/u;

export function findNameMentions(
  tokens: readonly EntityToken[],
  gazetteer: Gazetteer,
  sets: LexiconSets,
  times: readonly TimeExpression[],
): NameMention[] {
  const inTime = (token: EntityToken) => times.some((time) => token.start < time.end && token.end > time.start);
  const capitalizedElsewhere = new Set(tokens.filter((token) => token.capitalized && !token.opensSentence).map((token) => token.folded));
  const mentions: NameMention[] = [];
  /** Last words of the people named so far by a first name and a surname. */
  const surnames = new Set<string>();
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (!token.capitalized || inTime(token)) {
      i += 1;
      continue;
    }
    const phrase = matchPlacePhrase(tokens, i, gazetteer);
    const place = phrase ? null : gazetteer.places.get(token.folded);
    const qualified = phrase || (place && place.kind !== "city") ? placeQualifierAfter(tokens, phrase?.last ?? i, sets) : null;
    if (phrase || qualified !== null) {
      const last = qualified ?? phrase!.last;
      // "le lac de Genève" is a place of its own; "la ville de Berne" and "Berne" are one; "la Suisse romande" is a part of the country.
      const cue = placeCueBefore(tokens, i, sets);
      const same = qualified === null && (!cue || cue.samePlace) ? phrase!.place : null;
      mentions.push({ ...mention(tokens, cue?.token ?? i, last, "LOC", same, false), firstToken: same ? i : (cue?.token ?? i) });
      i = last + 1;
      continue;
    }
    // Elided particles ("S’", "Qu’"), lone letters ("plan B") and honorifics do not start names.
    if (/['’]$/u.test(token.text) || token.text.length < 2 || sets.honorifics.has(token.text)) {
      i += 1;
      continue;
    }
    let first = i;
    // A sentence-opening determiner or conjunction is not part of the name after it ("Le Maroc").
    if (isFunctionWord(token, sets.functionWords) || (token.opensSentence && sets.determiners.has(token.folded))) {
      i += 1;
      continue;
    }
    let last = extendRun(tokens, first, sets, gazetteer, inTime);
    // "Défense Karel Novak", "Defence Minister Karel Novak": capitalised common words before a
    // first name belong to a title, not the name — after a particle, or when they hold a role noun.
    const afterParticle = first > 0 && (sets.connectors.has(tokens[first - 1]!.folded) || sets.determiners.has(tokens[first - 1]!.folded));
    for (let k = first + 1; k <= last; k += 1) {
      if (!tokens[k]!.capitalized || !gazetteer.firstNames.has(tokens[k]!.folded)) continue;
      const title = tokens.slice(first, k);
      const titleWord = (word: EntityToken) => isOrdinaryWord(word, gazetteer) || gazetteer.demonyms.has(word.folded) || sets.roleNouns.has(word.folded);
      if ((afterParticle && title.every((word) => isOrdinaryWord(word, gazetteer))) || (title.some((word) => sets.roleNouns.has(word.folded)) && title.every(titleWord))) first = k;
      break;
    }
    // "Cyclisme Olano", "Assise Anna Lund": a word of the language opening a sentence is a heading's or the sentence's, not the name's.
    // A first name opens a full name, word or not ("Jan Kraft", "Pierre Lund").
    const opensHeading = (token: EntityToken) => isSentenceWord(token, gazetteer, capitalizedElsewhere) && !gazetteer.firstNames.has(token.folded) && !sets.organizationHeads.has(token.text);
    while (first < last && opensHeading(tokens[first]!) && tokens[first + 1]!.capitalized) first += 1;
    // Capitalised demonyms are nouns for people ("les Marocains"), not names.
    const opener = tokens[first]!;
    const regionalDemonym = sets.demonymSuffix !== null && sets.demonymSuffix.test(opener.folded) && sets.determiners.has(tokens[first - 1]?.folded ?? "") && !gazetteer.firstNames.has(opener.folded);
    if (first === last && (gazetteer.demonyms.has(opener.folded) || regionalDemonym) && !gazetteer.places.has(opener.folded)) {
      i = last + 1;
      continue;
    }
    const span = tokens.slice(first, last + 1).filter((word) => word.isWord);
    const isHeading = span.every((word) => word.text === word.text.toUpperCase() && /\p{L}{2}/u.test(word.text)) && span.every((word) => isOrdinaryWord(word, gazetteer) || word.text.length < 3);
    if (isHeading || (first === last && isSentenceWord(opener, gazetteer, capitalizedElsewhere))) {
      i += 1;
      continue;
    }
    // "le général de Gaulle", "M. de Villepin": after a title, the particle opens the surname.
    const particle = tokens[first - 1];
    const title = tokens[first - 2];
    // "le directeur général de Microsoft": a title word qualifying another role is no title of its own.
    const titled = title && sets.particleTitles.has(title.text.toLowerCase()) && !sets.roleNouns.has(tokens[first - 3]?.folded ?? "");
    if (particle && title && sets.nobiliaryParticles.has(particle.folded) && !particle.capitalized && (titled || honorificBefore(tokens, first - 1, sets) !== null) && !gazetteer.places.has(tokens[first]!.folded)) first -= 1;
    const typed = isDateline(tokens, first, last, inTime) ? { type: "LOC" as const, place: gazetteer.places.get(tokens[first]!.folded) ?? null, weak: false } : classify(tokens, first, last, gazetteer, sets);
    // "Berg said": a word of the language is still a name when it is the surname of a person named before.
    const knownSurname = first === last && surnames.has(tokens[first]!.folded);
    // "Toulouse, Bordeaux, Limoges": a town's name that is also a word is the town in a list of places.
    const previous = mentions.at(-1);
    const listed = typed.ambiguousPlace && previous?.place && previous.lastToken === first - 2 && [",", "et", "and"].includes(tokens[first - 1]!.text);
    if (listed) {
      mentions.push(mention(tokens, first, last, "LOC", typed.ambiguousPlace!, true));
      i = last + 1;
      continue;
    }
    if (typed.ordinary && honorificBefore(tokens, first, sets) === null && !knownSurname) {
      i = last + 1;
      continue;
    }
    const nameStart = first;
    if (typed.cued !== undefined) first = typed.cued;
    const withHonorific = typed.cued !== undefined ? null : honorificBefore(tokens, first, sets);
    if (withHonorific !== null) first = withHonorific;
    // A place of its own is named with its noun ("lac de Genève"); a person or a town without their title.
    const ownPlace = typed.cued !== undefined && typed.place === null;
    mentions.push({ ...mention(tokens, first, last, typed.type, typed.place, typed.weak), firstToken: ownPlace ? first : nameStart, ...(typed.fallback ? { fallback: true } : {}) });
    if (last > nameStart && gazetteer.firstNames.has(tokens[nameStart]!.folded) && tokens[last - 1]!.capitalized) surnames.add(tokens[last]!.folded);
    i = last + 1;
  }
  return [...mentions, ...findLowercaseHeadedOrganizations(tokens, sets, gazetteer, mentions)];
}

function mention(tokens: readonly EntityToken[], first: number, last: number, type: EntityType | null, place: Place | null, weak: boolean): NameMention {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return { start, end, text: "", type, place, firstToken: first, lastToken: last, weak };
}

function matchPlacePhrase(tokens: readonly EntityToken[], i: number, gazetteer: Gazetteer): { last: number; place: Place } | null {
  const candidates = gazetteer.placePhrases.get(tokens[i]!.folded);
  if (!candidates) return null;
  for (const candidate of candidates) {
    const words = candidate.words;
    if (i + words.length > tokens.length) continue;
    if (words.every((word, k) => tokens[i + k]!.folded === word)) {
      const following = tokens[i + words.length];
      // "Tel Aviv" inside "Tel Aviv Stock Exchange" is not the place.
      if (following?.capitalized && following.isWord && !following.opensSentence && following.start - tokens[i + words.length - 1]!.end <= 1) continue;
      return { last: i + words.length - 1, place: candidate.place };
    }
  }
  return null;
}

/** The capitalised run from `first`, with particles between names and a number after one ("Hassan II"). */
function extendRun(tokens: readonly EntityToken[], first: number, sets: LexiconSets, gazetteer: Gazetteer, inTime: (token: EntityToken) => boolean): number {
  let last = first;
  // Names do not run across a line break or a wider gap.
  const adjacent = (k: number) => tokens[k]!.start - tokens[k - 1]!.end <= 1;
  for (let k = first + 1; k < tokens.length; k += 1) {
    const token = tokens[k]!;
    if (!adjacent(k) || inTime(token) || breaksName(tokens[k - 1]!, token, sets.functionWords)) break;
    if (token.capitalized && !sets.functionWords.has(token.text) && !gazetteer.demonyms.has(token.folded)) {
      last = k;
      continue;
    }
    if (ROMAN_OR_NUMBER.test(token.text) && !gazetteer.places.has(tokens[last]!.folded)) {
      last = k;
      break;
    }
    const next = tokens[k + 1];
    if (sets.connectors.has(token.folded) && !token.capitalized && next?.capitalized && adjacent(k + 1)) {
      // "de la" between two names: both particles go in ("Administration de la Défense").
      continue;
    }
    if (sets.connectors.has(token.folded) && next && sets.connectors.has(next.folded) && tokens[k + 2]?.capitalized) continue;
    break;
  }
  while (last > first && !tokens[last]!.capitalized && !ROMAN_OR_NUMBER.test(tokens[last]!.text)) last -= 1;
  // An organisation's name may go on in lowercase: "Forces armées royales", "Forces de défense israéliennes".
  if (sets.organizationHeads.has(tokens[first]!.text) && /^\p{Lu}/u.test(tokens[first]!.text)) last = extendLowercase(tokens, first, last, sets, gazetteer);
  return last;
}

/** A cue noun right before a name, or before it across a demonym and a comma ("un site suédois, Nordposten"). */
function cueBefore(tokens: readonly EntityToken[], first: number, cues: ReadonlySet<string>, gazetteer: Gazetteer): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 4); k -= 1) {
    const token = tokens[k]!;
    if (cues.has(token.folded)) return true;
    if (token.text !== "," && !(gazetteer.demonyms.has(token.folded) && !token.capitalized)) return false;
  }
  return false;
}

/** Lowercase adjectives after a name, and one lowercase complement ("de défense") right after a bare head. */
function extendLowercase(tokens: readonly EntityToken[], first: number, last: number, sets: LexiconSets, gazetteer: Gazetteer): number {
  const isAdjective = (token: EntityToken | undefined) => !!token?.isWord && !token.capitalized && (ADJECTIVE_ENDING.test(token.folded) || gazetteer.demonyms.has(token.folded));
  let k = last + 1;
  if (last === first) {
    let j = k;
    while (j < tokens.length && j - k < 2 && sets.connectors.has(tokens[j]!.folded) && !tokens[j]!.capitalized) j += 1;
    const noun = tokens[j];
    if (j > k && noun?.isWord && !noun.capitalized && gazetteer.words.has(noun.text) && !sets.determiners.has(noun.folded)) {
      last = j;
      k = j + 1;
    }
  }
  for (let adjectives = 0; adjectives < 2 && isAdjective(tokens[k]); adjectives += 1, k += 1) last = k;
  return last;
}

/** A word of the language's dictionary (accents aside; "Répétons-le" by its first part), and no known name. */
function isOrdinaryWord(token: EntityToken, gazetteer: Gazetteer): boolean {
  if (gazetteer.places.has(token.folded) || gazetteer.firstNames.has(token.folded)) return false;
  const lower = token.text.toLowerCase();
  return gazetteer.words.has(lower) || gazetteer.foldedWords.has(token.folded) || (lower.includes("-") && gazetteer.words.has(lower.split("-")[0]!));
}

/** A dispatch's dateline, the town it was sent from: "Liestal, 7 (ATS).", "SARNEN, 28 août. —" (not "Lund, 62 ans,"). */
function isDateline(tokens: readonly EntityToken[], first: number, last: number, inTime: (token: EntityToken) => boolean): boolean {
  const [comma, day, next] = [tokens[last + 1], tokens[last + 2], tokens[last + 3]];
  // Text that lost its line breaks runs the dateline into the headline before it, so it need not open a sentence.
  return tokens[first]!.capitalized && comma?.text === "," && /^\d{1,2}$/u.test(day?.text ?? "") && (next?.text === "(" || inTime(day!));
}

/** A word of the language opening a sentence ("Rien", "Avis"), even one that is also a first name somewhere, and never capitalised inside one. */
function isSentenceWord(token: EntityToken, gazetteer: Gazetteer, capitalizedElsewhere: ReadonlySet<string>): boolean {
  return token.opensSentence && !capitalizedElsewhere.has(token.folded) && !gazetteer.places.has(token.folded) && gazetteer.words.has(token.text.toLowerCase());
}

function honorificBefore(tokens: readonly EntityToken[], first: number, sets: LexiconSets): number | null {
  const previous = tokens[first - 1];
  if (previous && sets.honorifics.has(previous.text)) return first - 1;
  if (previous?.text === "." && tokens[first - 2] && sets.honorifics.has(tokens[first - 2]!.text)) return first - 2;
  return null;
}

interface Typing {
  type: EntityType | null;
  place: Place | null;
  weak: boolean;
  ordinary?: boolean;
  /** Typed by a place noun before it, which joins the mention ("synagogue Talmud Torah", "lac de Genève"): the noun's token. */
  cued?: number;
  fallback?: boolean;
  /** A town whose name is also a word, read as the word unless the context makes it the town. */
  ambiguousPlace?: Place;
}

function classify(tokens: readonly EntityToken[], first: number, last: number, gazetteer: Gazetteer, sets: LexiconSets): Typing {
  const words = tokens.slice(first, last + 1);
  const folded = words.map((token) => token.folded).join(" ").replace(/' /gu, "'");
  const before = tokens[first - 1];
  const twoBefore = tokens[first - 2];
  if (honorificBefore(tokens, first, sets) !== null) return { type: "PER", place: null, weak: false };
  const place = gazetteer.places.get(folded) ?? gazetteer.places.get(folded.replace(/-/gu, " "));
  // "le président Wilson", "la reine Victoria": a person's title right before a name makes it the person, whatever town bears it.
  if (before && !before.capitalized && sets.roleNouns.has(before.folded) && place?.kind !== "country") return { type: "PER", place: null, weak: false };
  const cue = placeCueBefore(tokens, first, sets);
  if (cue) return { type: "LOC", place: cue.samePlace ? (place ?? null) : null, weak: false, cued: cue.token };
  if (place) {
    // "Union", "David": a town's name that is also a word or a first name needs a place's context;
    // a lone first name is seldom how news names a person, so the town stays the weak reading.
    const isWord = gazetteer.words.has(words[0]!.text.toLowerCase());
    const ambiguous = place.kind === "city" && !place.capital && words.length === 1 && (isWord || gazetteer.firstNames.has(folded));
    if (!ambiguous) return { type: "LOC", place, weak: false };
    if (!isWord) return { type: "LOC", place, weak: true };
    if (before && sets.locativePrepositions.has(before.folded)) return { type: "LOC", place, weak: true };
    if (gazetteer.words.has(words[0]!.text.toLowerCase())) return { type: null, place: null, weak: true, ordinary: true, ambiguousPlace: place };
  }
  if (sets.knownMiscellaneous.has(folded)) return { type: "MISC", place: null, weak: false };
  if (words.some((token) => sets.organizationHeads.has(token.text) && /^\p{Lu}/u.test(token.text))) return { type: "ORG", place: null, weak: false };
  // "le drone Sentinel", "les accords d'Abraham", "le logiciel espion Pegasus": the cue right before or one word earlier,
  // unless a first name opens a full name after a word that is no particle ("l'accord avec Anna Lund").
  const fullName = words.length >= 2 && gazetteer.firstNames.has(words[0]!.folded);
  const afterProductCue =
    (before && sets.miscellaneousCues.has(before.folded)) || (before && twoBefore && sets.miscellaneousCues.has(twoBefore.folded) && (sets.connectors.has(before.folded) || !fullName));
  const isAcronym = words.length === 1 && ACRONYM.test(words[0]!.text) && !ROMAN_OR_NUMBER.test(words[0]!.text);
  if (words.length === 1 && ROMAN_OR_NUMBER.test(words[0]!.text)) return { type: null, place: null, weak: true, ordinary: true };
  // "drones IAI": an acronym after a product noun is most often its maker.
  if (isAcronym && afterProductCue) return { type: /\d/u.test(words[0]!.text) ? "MISC" : "ORG", place: null, weak: false };
  if (words.length > 1 && words.some((token) => token.capitalized && sets.miscellaneousCues.has(token.folded))) return { type: "MISC", place: null, weak: false };
  if (afterProductCue) return { type: "MISC", place: null, weak: false };
  if (cueBefore(tokens, first, sets.organizationCues, gazetteer)) return { type: "ORG", place: null, weak: false };
  if (before && sets.roleNouns.has(before.folded)) return { type: "PER", place: null, weak: false };
  if (isAcronym) return { type: "ORG", place: null, weak: true };
  // "Air France", "Bank of America": a country's name inside a longer name makes it an organisation's.
  if (words.length >= 2 && words.some((token) => gazetteer.places.get(token.folded)?.kind === "country")) return { type: "ORG", place: null, weak: true };
  if (words.length >= 2 && words[0]!.capitalized && gazetteer.firstNames.has(words[0]!.folded)) return { type: "PER", place: null, weak: false };
  if (words.some((token) => /\d/u.test(token.text))) return { type: "MISC", place: null, weak: true };
  if (before && sets.locativePrepositions.has(before.folded) && before.folded !== "de") return { type: "LOC", place: null, weak: true };
  if (words.length >= 2) return { type: "PER", place: null, weak: true };
  // A lone capitalised common word mid-sentence ("l'État", "Histoire") is emphasis, not a name.
  if (isOrdinaryWord(words[0]!, gazetteer)) return { type: null, place: null, weak: true, ordinary: true };
  // A lone unknown name after a determiner is a thing ("le Bund", "l'Angleterre"), people take none.
  if (before && sets.determiners.has(before.folded)) return { type: sets.placeDeterminers.has(before.folded) ? "LOC" : null, place: null, weak: true };
  // "officiers de la Bundeswehr": a lone name as a complement is most often an institution; a person is introduced by full name.
  // "parti d'Alexandrie", "de Tokio": a lone unknown name after "de" is most often a place, unless members precede ("soldats de Nordwehr").
  if (before && sets.originPrepositions.has(before.folded) && words.length === 1 && !(twoBefore && sets.memberNouns.has(twoBefore.folded))) return { type: "LOC", place: null, weak: true, fallback: true };
  if (before && sets.connectors.has(before.folded) && !before.capitalized) return { type: null, place: null, weak: true };
  return { type: "PER", place: null, weak: true, fallback: true };
}

/**
 * Organisations named by a lowercase head and what follows it: "ministère de la Défense",
 * "administration Trump". The head is language data; what follows it must be capitalised.
 */
function findLowercaseHeadedOrganizations(tokens: readonly EntityToken[], sets: LexiconSets, gazetteer: Gazetteer, names: readonly NameMention[]): NameMention[] {
  const found: NameMention[] = [];
  for (let i = 0; i < tokens.length - 1; i += 1) {
    const head = tokens[i]!;
    if (head.capitalized || !sets.organizationHeads.has(head.text)) continue;
    let k = i + 1;
    while (k < tokens.length && k - i <= 2 && sets.connectors.has(tokens[k]!.folded) && !tokens[k]!.capitalized) k += 1;
    const named = tokens[k];
    if (!named?.capitalized || named.start - tokens[k - 1]!.end > 1) continue;
    const name = names.find((mention) => mention.firstToken <= k && mention.lastToken >= k);
    // "l'armée d'Israël" is a state's organ, named by its country; "administration Trump" by its leader.
    if (name?.type === "LOC" || (k === i + 1 && name && name.type !== "PER" && name.type !== null)) continue;
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
