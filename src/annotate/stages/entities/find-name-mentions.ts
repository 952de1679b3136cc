/**
 * Proper names in the text and their type. A name is a run of capitalised words (with the
 * particles names carry: "de", "ben", "al"), or a multi-word place from the gazetteer, cut where
 * a heading runs into it (name-boundaries.ts), joined with the place noun before it
 * (place-cues.ts), typed by the evidence around it (classify-name.ts). Hand-written because no
 * npm tagger knows French names offline; the evidence words are the language's lexicon, the
 * names are data packages.
 */
import { dottedAcronymSource } from "../../../core/dotted-acronym.js";
import type { EntityType, TimeExpression } from "../../annotation.js";
import { classify } from "./classify-name.js";
import type { EntityToken } from "./entity-tokens.js";
import { findLowercaseHeadedOrganizations } from "./find-organizations.js";
import { findSignatures } from "./find-signatures.js";
import { findWorkTitles } from "./find-work-titles.js";
import { lowercaseKey, placePhrasesAt, type Gazetteer, type Place } from "./gazetteer.js";
import { breaksName, isFunctionWord } from "./name-boundaries.js";
import { ACRONYM, ADJECTIVE_ENDING, honorificBefore, isOrdinaryWord, knownOrganizationEnd, ROMAN_OR_NUMBER, type LexiconSets } from "./name-evidence.js";
import { placeCueBefore, placeQualifierAfter } from "./place-cues.js";
import { placeInParentheses } from "./place-in-parentheses.js";
import { isTeamMemberTitle, opensWithPosition, opensWithTitleAbbreviation, titleInsideRun } from "./titles-inside-names.js";
import { typeListedNames } from "./type-listed-names.js";
import { objectArray, type EveryField } from "../../uniform-shapes.js";

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

function uniformNameMention(name: NameMention): EveryField<NameMention> {
  return { start: name.start, end: name.end, text: name.text, type: name.type, place: name.place, firstToken: name.firstToken, lastToken: name.lastToken, weak: name.weak, fallback: name.fallback };
}

/** How often a word of the language must be capitalised inside sentences to be read as a name. */
const MIN_RECURRING_CAPITALS = 2;
/** A tag that goes on with a person's name: a capitalised word of letters, no place's name, after a name word that is no place and no word of the language. */
const TAGGED_SURNAME = /^\p{Lu}\p{Ll}+$/u;

function isTaggedSurname(tokens: readonly EntityToken[], first: number, tag: number, gazetteer: Gazetteer): boolean {
  const word = tokens[tag];
  const opener = tokens[first]!;
  return !!word && word.start === tokens[tag - 1]!.end && TAGGED_SURNAME.test(word.text) && !gazetteer.places.has(word.folded) && !gazetteer.places.has(opener.folded) && !isOrdinaryWord(opener, gazetteer);
}

/** How short an unknown sentence opener must be to read as a misread word (OCR's "Lo", "Ii", "Kn"). */
const MAX_MISREAD_LETTERS = 3;

export function findNameMentions(
  tokens: readonly EntityToken[],
  gazetteer: Gazetteer,
  sets: LexiconSets,
  times: readonly TimeExpression[],
  /** Tokens right after a role phrase ("le pasteur évangélique Hamm"): a name starting there is the role's holder. */
  afterRoles: ReadonlySet<number> = new Set(),
): NameMention[] {
  const timed = tokensInTimes(tokens, times);
  const inTime = (token: EntityToken) => timed.has(token);
  const inDate = (token: EntityToken) => timed.get(token)?.type === "DATE";
  const capitalizedElsewhere = new Set<string>();
  const capitalizedCount = new Map<string, number>();
  const lowercaseWords = new Set<string>();
  for (const token of tokens) {
    if (token.capitalized && !token.opensSentence) {
      capitalizedElsewhere.add(token.folded);
      capitalizedCount.set(token.folded, (capitalizedCount.get(token.folded) ?? 0) + 1);
    } else if (token.isWord && !token.capitalized) lowercaseWords.add(token.folded);
  }
  // "the Owls", "the Hawks": see EntityLexicon.recurringCapitalsAreNames.
  const recurringCapital = (token: EntityToken) => sets.recurringCapitalsAreNames && (capitalizedCount.get(token.folded) ?? 0) >= MIN_RECURRING_CAPITALS && !lowercaseWords.has(token.folded);
  const mentions: NameMention[] = [];
  /** Last words of the people named so far by a first name and a surname. */
  const surnames = new Set<string>();
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (!token.capitalized || inTime(token)) {
      // "le monde arabe", "la bande de Gaza": a region the lexicon writes in lowercase.
      const region = !token.capitalized && sets.lowercaseRegionStarts.has(token.folded) ? matchPlacePhrase(tokens, i, gazetteer) : null;
      if (region?.place.kind === "region") mentions.push(mention(tokens, i, region.last, "LOC", region.place, false));
      i = region?.place.kind === "region" ? region.last + 1 : i + 1;
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
      const placeMention = mention(tokens, cue?.token ?? i, last, "LOC", same, false);
      placeMention.firstToken = same ? i : (cue?.token ?? i);
      mentions.push(placeMention);
      i = last + 1;
      continue;
    }
    // Elided particles ("S’", "Qu’"), side prefixes ("Pro-"), lone letters ("plan B") and honorifics do not start names.
    if (/['’-]$/u.test(token.text) || token.text.length < 2 || sets.honorifics.has(token.text)) {
      i += 1;
      continue;
    }
    // "les Nations unies", "Médecins sans frontières": a known organisation's name, lowercase words and all.
    const knownEnd = knownOrganizationEnd(tokens, i, sets);
    if (knownEnd > i) {
      mentions.push(mention(tokens, i, knownEnd, "ORG", null, false));
      i = knownEnd + 1;
      continue;
    }
    // "Wahou –", "Merci la Tunisie", "YA RABB!": an exclamation, not a name (the name after it still is one).
    const interjection = interjectionLength(tokens, i, sets);
    if (interjection > 0) {
      i += interjection;
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
      if (isTitleBefore(tokens.slice(first, k), afterParticle, gazetteer, sets) || isTeamMemberTitle(tokens.slice(first, k), capitalizedElsewhere)) first = k;
      // "le reporter de CNN Ivan Watson", "Foreign Policy Blake Hounshell": an outlet's name, then its journalist's; the next turn reads the person.
      // English capitalises the titles between them instead ("Owls RB Dale Morrow"): titleInsideRun reads those.
      else if (!sets.capitalizedTitles && k < last && isOutletBefore(tokens.slice(first, k), gazetteer, sets)) last = k - 1;
      break;
    }
    // "Prime Minister Costas Karamanlis", "Deputy Ortiz": a capitalised title before a name no first-name list knows.
    if (sets.capitalizedTitles) first = capitalizedTitleEnd(tokens, first, last, gazetteer, sets) + 1;
    if (sets.capitalizedTitles && opensWithTitleAbbreviation(tokens, first, last, gazetteer)) first += 1;
    // "l'Américain Boeing": a demonym after a determiner is the noun for the name's nationality, not part of the name.
    if (first < last && gazetteer.demonyms.has(tokens[first]!.folded) && sets.determiners.has(tokens[first - 1]?.folded ?? "")) first += 1;
    // "Cyclisme Olano", "Assise Anna Lund": a word of the language opening a sentence is a heading's or the sentence's, not the name's.
    // A first name opens a full name, word or not ("Jan Kraft", "Pierre Lund").
    // So is a determiner after it: "Give the Owls", "Despite the Owls" ("Alexander the Great" opens with a first name).
    // "Advanced Micro Devices (AMD)": an acronym the text gives for the whole run keeps its first word.
    while (first < last && opensHeading(tokens[first]!, gazetteer, sets, capitalizedElsewhere) && !acronymDefinedAfter(tokens, first, last)) {
      // "Bombardement de Gaza Ville par les chasseurs": a caption's or sentence's noun and its "de" before the name (not a place's
      // noun: "Place de la Concorde"; not in quotation marks, where the words are a name's: « Verts de Brévillers »).
      const complement = (first === 0 || /^[.!?]$/u.test(tokens[first - 1]!.text)) && !tokens[first + 1]!.capitalized && sets.originPrepositions.has(tokens[first + 1]!.folded) && !sets.placeCues.has(tokens[first]!.text.toLowerCase());
      const next = !tokens[first + 1]!.capitalized && (sets.determiners.has(tokens[first + 1]!.folded) || complement) ? first + 2 : first + 1;
      if (next > last || !tokens[next]!.capitalized) break;
      first = next;
    }
    // "Owls WR Lee Carver" opening a sentence, "DT Sam Ortega": the position left opening the run is the player's title.
    if (opensWithPosition(tokens, first, last, sets)) first += 1;
    // "Denver Owls RB Dale Morrow": a title between two names ends the first; the next turn reads the title and the person.
    const titleInside = sets.capitalizedTitles ? titleInsideRun(tokens, first, last, gazetteer, sets) : null;
    if (titleInside !== null) last = titleInside - 1;
    // Capitalised demonyms are nouns for people ("les Marocains"), not names.
    const opener = tokens[first]!;
    const regionalDemonym = sets.demonymSuffix !== null && sets.demonymSuffix.test(opener.folded) && sets.determiners.has(tokens[first - 1]?.folded ?? "") && !gazetteer.firstNames.has(opener.folded);
    // So are compounds ending on one ("les Austro-Allemands", "un Nord-Coréen").
    const compoundDemonym = opener.folded.includes("-") && gazetteer.demonyms.has(opener.folded.slice(opener.folded.lastIndexOf("-") + 1));
    if (first === last && (gazetteer.demonyms.has(opener.folded) || regionalDemonym || compoundDemonym) && !gazetteer.places.has(opener.folded)) {
      i = last + 1;
      continue;
    }
    const span = tokens.slice(first, last + 1).filter((word) => word.isWord);
    // "the US", "the UN": a lone two-letter acronym a list knows is no heading's word.
    const knownAcronym = span.length === 1 && opener.text.length < 3 && (sets.knownOrganizations.has(opener.folded) || gazetteer.places.get(opener.folded)?.kind === "country");
    const isHeading =
      (span.every((word) => word.text === word.text.toUpperCase() && /\p{L}{2}/u.test(word.text)) && span.every((word) => isOrdinaryWord(word, gazetteer) || word.text.length < 3) && !knownAcronym) ||
      isTitleWithoutName(span, tokens[first - 1], gazetteer, sets);
    // "(Havas)": an agency's name that is also a word of the language is still the agency.
    if (isHeading || (first === last && isSentenceWord(opener, gazetteer, capitalizedElsewhere) && !sets.knownOrganizations.has(opener.folded))) {
      // "Pena (Col)": a word opening parentheses after a person's name is still a country's abbreviation.
      const abbreviated = isHeading ? undefined : placeInParentheses(tokens, first, last, mentions.at(-1), gazetteer)?.place;
      if (abbreviated) mentions.push(mention(tokens, first, last, "LOC", abbreviated, true));
      // "126. Paradis à 16'22"": a word ranked in a results list is a competitor's surname.
      const ranked = !isHeading && !abbreviated && isRankedEntry(tokens, first, sets);
      if (ranked) mentions.push(mention(tokens, first, last, "PER", null, true));
      i = abbreviated || ranked ? last + 1 : i + 1;
      continue;
    }
    // "F. Honegger", "J. J. Burgdorfer": initials before a name are part of it (an honorific such as "M." is not).
    first = initialsBefore(tokens, first, sets);
    // "le général de Gaulle", "M. de Villepin": after a title, the particle opens the surname.
    const particle = tokens[first - 1];
    const title = tokens[first - 2];
    // "le directeur général de Microsoft": a title word qualifying another role is no title of its own.
    const titled = title && sets.particleTitles.has(lowercaseKey(title.text)) && !sets.roleNouns.has(tokens[first - 3]?.folded ?? "");
    // "F. de Rabours": so does an initial.
    const initialled = initialLength(tokens, first - 2, sets) === 1 || initialLength(tokens, first - 3, sets) === 2;
    if (particle && title && sets.nobiliaryParticles.has(particle.folded) && !particle.capitalized && (titled || initialled || honorificBefore(tokens, first - 1, sets) !== null) && !gazetteer.places.has(tokens[first]!.folded)) {
      first = initialsBefore(tokens, first - 1, sets);
    }
    const typed = isDateline(tokens, first, last, inTime, inDate) ? { type: "LOC" as const, place: gazetteer.places.get(tokens[first]!.folded) ?? null, weak: false } : classify(tokens, first, last, gazetteer, sets, afterRoles.has(first));
    // "Berg said": a word of the language is still a name when it is the surname of a person named before.
    const knownSurname = first === last && surnames.has(tokens[first]!.folded);
    // "Toulouse, Bordeaux, Limoges": a town's name that is also a word is the town in a list of places.
    const previous = mentions.at(-1);
    if (typed.type === "PER" && isSplitSurnameRest(tokens, last, gazetteer)) last += 1;
    // "Anna Lund (Morges)", "Olano (Esp)": a name in parentheses after a person's is where they are from.
    const fromPlace = typed.weak ? placeInParentheses(tokens, first, last, previous, gazetteer) : undefined;
    if (fromPlace) {
      mentions.push(mention(tokens, first, last, "LOC", fromPlace.place, true));
      i = last + 1;
      continue;
    }
    const listed = typed.ambiguousPlace && previous?.place && previous.lastToken === first - 2 && (tokens[first - 1]!.text === "," || sets.coordinators.has(tokens[first - 1]!.folded));
    if (listed) {
      mentions.push(mention(tokens, first, last, "LOC", typed.ambiguousPlace!, true));
      i = last + 1;
      continue;
    }
    // "Lo coût", "Ii a été": a short unknown word opening a sentence, capitalised nowhere else, is a misread word, not a name.
    const misread = typed.fallback === true && first === last && tokens[first]!.opensSentence && tokens[first]!.text.length <= MAX_MISREAD_LETTERS && !capitalizedElsewhere.has(tokens[first]!.folded);
    if ((typed.ordinary || misread) && honorificBefore(tokens, first, sets) === null && !knownSurname && !(first === last && recurringCapital(tokens[first]!))) {
      i = last + 1;
      continue;
    }
    const nameStart = first;
    if (typed.cued !== undefined) first = typed.cued;
    const withHonorific = typed.cued !== undefined ? null : honorificBefore(tokens, first, sets);
    if (withHonorific !== null) first = withHonorific;
    // A place of its own is named with its noun ("lac de Genève"); a person or a town without their title.
    const ownPlace = typed.cued !== undefined && typed.place === null;
    // "the Obama administration", "the Houston team": an organisation named after a person or a town, not the person or
    // the town ("Obama" is a town too); a country's or a capital's government is the state's (generic actors).
    const eponym = tokens[last + 1];
    if (eponym && !eponym.capitalized && sets.eponymousOrganizationNouns.has(eponym.folded) && typed.place?.kind !== "country" && !typed.place?.capital && adjacentToPrevious(tokens, last + 1)) {
      mentions.push(mention(tokens, first, last + 1, "ORG", null, false));
      i = last + 2;
      continue;
    }
    const named = mention(tokens, first, last, typed.type, typed.place, typed.weak);
    named.firstToken = ownPlace ? first : nameStart;
    if (typed.fallback) named.fallback = true;
    mentions.push(named);
    if (last > nameStart && gazetteer.firstNames.has(tokens[nameStart]!.folded) && (tokens[last - 1]!.capitalized || NICKNAME_MARKS.has(tokens[last - 1]!.text) || [...NICKNAME_MARKS.values()].includes(tokens[last - 1]!.text))) surnames.add(tokens[last]!.folded);
    i = last + 1;
  }
  typeListedNames(mentions, tokens, sets.coordinators);
  // A title of a work is one name: the names inside it are its words ("« Le Siècle de Louis XIV »").
  // Not a nickname inside a name ("Vincent "The Chin" Gigante").
  const titles = findWorkTitles(tokens, sets, gazetteer).filter((title) => !mentions.some((named) => named.start < title.start && title.end < named.end));
  const outsideTitles = (mention: NameMention) => !titles.some((title) => mention.start < title.end && title.start < mention.end);
  // In one layout (src/annotate/uniform-shapes.ts): the linking pass is compiled once for them all.
  return objectArray([...mentions.filter(outsideTitles), ...titles, ...findLowercaseHeadedOrganizations(tokens, sets, gazetteer, mentions).filter(outsideTitles), ...findSignatures(tokens)].map(uniformNameMention));
}

/**
 * "le Premier Consul", "le Grand Vizir": after a determiner people's names do not take,
 * capitalised words of the language holding a role noun, and no name — words, even those a
 * first-name list holds ("Premier"; "Auguste Comte" takes no determiner).
 */
function isTitleWithoutName(span: readonly EntityToken[], before: EntityToken | undefined, gazetteer: Gazetteer, sets: LexiconSets): boolean {
  return (
    span.length >= 2 &&
    !!before &&
    sets.determiners.has(before.folded) &&
    span.some((word) => sets.roleNouns.has(word.folded)) &&
    span.every((word) => word.capitalized && !sets.organizationHeads.has(word.text) && !gazetteer.places.has(word.folded) && (sets.roleNouns.has(word.folded) || gazetteer.foldedWords.has(word.folded)))
  );
}

/** Capitalised words before a first name that make a title, not part of the name: ordinary words after a particle, or words holding a role noun. */
function isTitleBefore(title: readonly EntityToken[], afterParticle: boolean, gazetteer: Gazetteer, sets: LexiconSets): boolean {
  // A particle inside makes it one name ("Cavaliers de Cleveland"), not a title and a name.
  if (!title.every((word) => word.capitalized)) return false;
  // "le journaliste Sultan Al Qassemi": where titles are written lowercase, a capitalised one that is also a first name is the name's.
  if (!sets.capitalizedTitles && title.length === 1 && gazetteer.firstNames.has(title[0]!.folded) && !afterParticle) return false;
  if (afterParticle && title.every((word) => isOrdinaryWord(word, gazetteer))) return true;
  return title.some((word) => sets.roleNouns.has(word.folded)) && title.every((word) => isOrdinaryWord(word, gazetteer) || gazetteer.demonyms.has(word.folded) || sets.roleNouns.has(word.folded));
}

/**
 * Words before a full name that name an organisation, not the person's first names: a known
 * one ("CNN", "Al Jazeera"), one with an organisation's head ("Global Voices"), or two words or
 * more of which none is a first name or a particle ("Foreign Policy").
 */
function isOutletBefore(words: readonly EntityToken[], gazetteer: Gazetteer, sets: LexiconSets): boolean {
  if (!words.every((word) => word.capitalized)) return false;
  if (sets.knownOrganizations.has(words.map((word) => word.folded).join(" "))) return true;
  if (words.some((word) => sets.organizationHeads.has(word.text))) return true;
  return words.length >= 2 && words.every((word) => !gazetteer.firstNames.has(word.folded) && !sets.connectors.has(word.folded) && !gazetteer.places.has(word.folded));
}

/**
 * The last word of a capitalised title opening the run ("Prime Minister", "Sheriff Deputy"),
 * or `first - 1` when there is none: words of the language ending on a role noun, followed by a
 * name that holds a word no dictionary has ("General Motors", "President Bush" stay whole, as
 * "Motors" and "Bush" are words too).
 */
function capitalizedTitleEnd(tokens: readonly EntityToken[], first: number, last: number, gazetteer: Gazetteer, sets: LexiconSets): number {
  let end = first - 1;
  for (let k = first; k < last; k += 1) {
    const token = tokens[k]!;
    // "Prime" is a first name in some lists, and still a word of the title.
    const titleWord = sets.roleNouns.has(token.folded) || gazetteer.foldedWords.has(token.folded) || gazetteer.demonyms.has(token.folded);
    if (!token.capitalized || !token.isWord || !titleWord) break;
    if (sets.roleNouns.has(token.folded)) end = k;
  }
  if (end < first) return end;
  const rest = tokens.slice(end + 1, last + 1).filter((token) => token.isWord);
  return rest[0]?.capitalized && rest.some((token) => !isOrdinaryWord(token, gazetteer)) ? end : first - 1;
}

/** A word of the language opening a heading or sentence before a name; never a first name or an organisation's head. */
function opensHeading(token: EntityToken, gazetteer: Gazetteer, sets: LexiconSets, capitalizedElsewhere: ReadonlySet<string>): boolean {
  return isSentenceWord(token, gazetteer, capitalizedElsewhere) && !gazetteer.firstNames.has(token.folded) && !sets.organizationHeads.has(token.text);
}

/**
 * "M. Dis raeli,", "Walter ttehberg,": OCR split a surname, and the lowercase rest is no word of
 * the language; it ends the name, punctuation right after it.
 */
function isSplitSurnameRest(tokens: readonly EntityToken[], last: number, gazetteer: Gazetteer): boolean {
  const rest = tokens[last + 1];
  const after = tokens[last + 2];
  if (!rest?.isWord || rest.capitalized || rest.start !== tokens[last]!.end + 1 || rest.text.length < 2 || /\d/u.test(rest.text)) return false;
  // "Ross doesn’t", "Benjamin isn't": a contraction, not a split surname.
  if (/['’]/u.test(rest.text) || (after && /^['’]/u.test(after.text) && after.start - rest.end <= 1)) return false;
  // "Abir Kopty tweete :", "Hamedemofidi blogue :": a verb the word list lacks, introducing a post; a surname ends no colon's clause.
  if (after?.text === ":") return false;
  return (!after || !after.isWord) && gazetteer.words.size > 0 && !gazetteer.foldedWords.has(rest.folded);
}

/** A word after a rank ("126.") and before a time or a country in parentheses ("à 16'22", "(Fr)"). */
function isRankedEntry(tokens: readonly EntityToken[], first: number, sets: LexiconSets): boolean {
  const [period, rank, next, after] = [tokens[first - 1], tokens[first - 2], tokens[first + 1], tokens[first + 2]];
  if (period?.text !== "." || !/^\d{1,3}$/u.test(rank?.text ?? "")) return false;
  return next?.text === "(" || (!!next && sets.locativePrepositions.has(next.folded) && /^\d/u.test(after?.text ?? ""));
}

/** Initials glued as one token ("J.K.", "H.W."), as entity-tokens.ts keeps an acronym written with periods. */
const GLUED_INITIALS = new RegExp(`^${dottedAcronymSource({ closed: true })}$`, "u");

/** How many tokens the initial(s) at `k` take, a word following within one space: two for "F" ".", one for "J.K."; 0 for none. */
function initialLength(tokens: readonly EntityToken[], k: number, sets: LexiconSets): number {
  const token = tokens[k];
  if (!token) return 0;
  if (GLUED_INITIALS.test(token.text)) return tokens[k + 1] && tokens[k + 1]!.start - token.end <= 1 ? 1 : 0;
  return /^\p{Lu}$/u.test(token.text) && !sets.honorifics.has(token.text) && tokens[k + 1]?.text === "." && tokens[k + 2] && tokens[k + 2]!.start - tokens[k + 1]!.end <= 1 ? 2 : 0;
}

/** The first token of the initials right before `first` ("F. Honegger", "J. J. Burgdorfer", "J.K. Rowling"), or `first` when there are none. */
function initialsBefore(tokens: readonly EntityToken[], first: number, sets: LexiconSets): number {
  for (;;) {
    if (first >= 1 && initialLength(tokens, first - 1, sets) === 1) first -= 1;
    else if (first >= 2 && initialLength(tokens, first - 2, sets) === 2) first -= 2;
    else return first;
  }
}

/** The tokens inside a time expression, with it, in one sweep over both (times do not make names: "Mars 2024"). */
function tokensInTimes(tokens: readonly EntityToken[], times: readonly TimeExpression[]): Map<EntityToken, TimeExpression> {
  const inside = new Map<EntityToken, TimeExpression>();
  const sorted = [...times].sort((a, b) => a.start - b.start);
  let from = 0;
  for (const token of tokens) {
    while (from < sorted.length && sorted[from]!.end <= token.start) from += 1;
    for (let k = from; k < sorted.length && sorted[k]!.start < token.end; k += 1) {
      if (sorted[k]!.end > token.start) {
        inside.set(token, sorted[k]!);
        break;
      }
    }
  }
  return inside;
}

function mention(tokens: readonly EntityToken[], first: number, last: number, type: EntityType | null, place: Place | null, weak: boolean): NameMention {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return { start, end, text: "", type, place, firstToken: first, lastToken: last, weak };
}

function matchPlacePhrase(tokens: readonly EntityToken[], i: number, gazetteer: Gazetteer): { last: number; place: Place } | null {
  const candidates = placePhrasesAt(gazetteer, tokens[i]!.folded, tokens[i + 1]?.folded);
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

/** Names do not run across a line break or a wider gap. */
function adjacentToPrevious(tokens: readonly EntityToken[], k: number): boolean {
  return tokens[k]!.start - tokens[k - 1]!.end <= 1;
}

/** The capitalised run from `first`, with particles between names and a number after one ("Hassan II"). */
/** A word with one letter three times in a row is drawn out as speech draws it ("Hmmm", "Wahouuu"), not a name. */
const STRETCHED_LETTERS = /(\p{L})\1\1/iu;

/** How many tokens an exclamation at `i` takes: two for "Ya Rabb", one for "Wahou" or "Hmmm", none for a name. */
function interjectionLength(tokens: readonly EntityToken[], i: number, sets: LexiconSets): number {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (next && sets.interjections.has(`${token.folded} ${next.folded}`)) return 2;
  return sets.interjections.has(token.folded) || STRETCHED_LETTERS.test(token.text) ? 1 : 0;
}

/** "al-Assad", "el-Béchir", "ben-Gourion": a lowercase particle glued by a hyphen to a capitalised name goes on with the name before it. */
function isGluedParticleName(token: EntityToken, sets: LexiconSets): boolean {
  const hyphen = token.text.indexOf("-");
  return hyphen > 0 && !token.capitalized && sets.connectors.has(token.folded.slice(0, hyphen)) && /^\p{Lu}/u.test(token.text.slice(hyphen + 1));
}

function extendRun(tokens: readonly EntityToken[], first: number, sets: LexiconSets, gazetteer: Gazetteer, inTime: (token: EntityToken) => boolean): number {
  let last = first;
  for (let k = first + 1; k < tokens.length; k += 1) {
    const token = tokens[k]!;
    if (!adjacentToPrevious(tokens, k) || inTime(token)) break;
    // "Emile L'Eplattenier": a capitalised elision glued to the next word inside a name is part of the surname.
    if (/^\p{Lu}['’]$/u.test(token.text) && tokens[k + 1]?.capitalized && tokens[k + 1]!.start === token.end) {
      last = k + 1;
      k += 1;
      continue;
    }
    // "Marine Le Pen", "Jean de La Fontaine": a capitalised article after a first name or a particle opens the surname.
    const surnameArticle =
      sets.definiteDeterminers.has(token.folded) && (gazetteer.firstNames.has(tokens[k - 1]!.folded) || sets.nobiliaryParticles.has(tokens[k - 1]!.folded)) && tokens[k + 1]?.capitalized && adjacentToPrevious(tokens, k + 1);
    if (token.capitalized && surnameArticle) {
      last = k + 1;
      k += 1;
      continue;
    }
    // "Daniel C. Morrow", "George H.W. Bush": initials after a first name go on with the name.
    if (gazetteer.firstNames.has(tokens[k - 1]!.folded) && initialLength(tokens, k, sets) > 0) {
      let next = k;
      for (let length = initialLength(tokens, next, sets); length > 0; length = initialLength(tokens, next, sets)) next += length;
      if (tokens[next]?.capitalized && tokens[next]!.isWord) {
        last = next;
        k = next;
        continue;
      }
    }
    // "Vincent "The Chin" Gigante", "Luis Gerardo (Jerry) Ortiz": a nickname between a first name and the surname.
    const surname = NICKNAME_MARKS.has(token.text) && tokens.slice(first, k).some((word) => gazetteer.firstNames.has(word.folded)) ? afterNickname(tokens, k) : null;
    if (surname !== null) {
      last = surname;
      k = surname;
      continue;
    }
    // "Saif #Gaddafi", "Mouammar #Gadaffi": posts tag a person's surname after the first name; the tag is the name's.
    if (token.text === "#" && isTaggedSurname(tokens, first, k + 1, gazetteer)) {
      last = k + 1;
      k += 1;
      continue;
    }
    // "Courrèges Mademoiselle Chanel": an honorific opens the next name; "Pro-Saleh" a side prefix.
    if (breaksName(tokens[k - 1]!, token, sets.functionWords) || sets.honorifics.has(token.text) || token.text.endsWith("-")) break;
    // "à Oslo Karel Novak": a town that is no first name ends before a first name.
    const townBeforePerson = k === first + 1 && token.capitalized && gazetteer.places.has(tokens[first]!.folded) && !gazetteer.firstNames.has(tokens[first]!.folded) && gazetteer.firstNames.has(token.folded);
    if (townBeforePerson) break;
    // "Le procès de Berne Berne, 15 septembre": a heading and its dateline, a place said twice ("Duran Duran" is one name).
    if (token.folded === tokens[k - 1]!.folded && gazetteer.places.has(token.folded)) break;
    // "MADRID I " juin": a lone capital after a shouted place is OCR's misread mark, not a numeral ("Pontiac G 6" is a car).
    const previousWord = tokens[k - 1]!;
    if (token.text.length === 1 && tokens[k + 1]?.text !== "." && previousWord.text.length > 1 && previousWord.text === previousWord.text.toUpperCase() && gazetteer.places.has(previousWord.folded)) break;
    if ((token.capitalized && !sets.functionWords.has(token.text) && !gazetteer.demonyms.has(token.folded)) || isGluedParticleName(token, sets)) {
      last = k;
      continue;
    }
    if (ROMAN_OR_NUMBER.test(token.text) && !gazetteer.places.has(tokens[last]!.folded) && !isScore(tokens, first, k)) {
      last = k;
      break;
    }
    const next = tokens[k + 1];
    if (sets.connectors.has(token.folded) && !token.capitalized && next?.capitalized && adjacentToPrevious(tokens, k + 1)) {
      if (isHomePreposition(tokens, first, k, sets, gazetteer)) break;
      // "de la" between two names: both particles go in ("Administration de la Défense").
      continue;
    }
    if (sets.connectors.has(token.folded) && next && sets.connectors.has(next.folded) && tokens[k + 2]?.capitalized) {
      // "Lee Carver of the Denver Owls": a person's full name ends before where its bearer belongs.
      if (isHomePreposition(tokens, first, k, sets, gazetteer)) break;
      continue;
    }
    // "de l'" between two names ("Conseil de l'Ecole polytechnique"): the elided article is no connector of its own.
    if (sets.connectors.has(token.folded) && next && /['’]$/u.test(next.text) && sets.definiteDeterminers.has(next.folded) && tokens[k + 2]?.capitalized && adjacentToPrevious(tokens, k + 2)) {
      k += 1;
      continue;
    }
    break;
  }
  while (last > first && !tokens[last]!.capitalized && !ROMAN_OR_NUMBER.test(tokens[last]!.text) && !isGluedParticleName(tokens[last]!, sets)) last -= 1;
  // An organisation's name may go on in lowercase: "Forces armées royales", "Forces de défense israéliennes".
  if (sets.organizationHeads.has(tokens[first]!.text) && /^\p{Lu}/u.test(tokens[first]!.text)) last = extendLowercase(tokens, first, last, sets, gazetteer);
  return last;
}

/**
 * "Kathryn Jenkin of Aberdare", "Vishwanand Subryan of Schenectady": after a person's name, a
 * preposition (not a nobiliary particle: "Charles de Gaulle") says where the person is from. A
 * person's name: two words or more, none a word of the language or an organisation's head ("Bank
 * of America", "Duke of York"), opening with a first name or followed by a listed place.
 */
function isHomePreposition(tokens: readonly EntityToken[], first: number, k: number, sets: LexiconSets, gazetteer: Gazetteer): boolean {
  const connector = tokens[k]!;
  if (k - first < 2 || !sets.locativePrepositions.has(connector.folded) || sets.nobiliaryParticles.has(connector.folded)) return false;
  const name = tokens.slice(first, k);
  if (name.some((token) => !token.capitalized || isOrdinaryWord(token, gazetteer) || sets.organizationHeads.has(token.text))) return false;
  return gazetteer.firstNames.has(name[0]!.folded) || gazetteer.places.has(tokens[k + 1]!.folded);
}

/** How far, in tokens, the other side of a score line may be ("Ashford Owls 65, No. 9 Riverton Hawks 53"). */
const SCORE_LINE_TOKENS = 8;
const POINTS = /^\d{1,3}$/u;

/**
 * "Ashford 65, Riverton 53": a number after a name, and another name and number across the
 * comma, is a score, not the name's numeral ("Hassan II", "Apollo 11"). Two sides only, the line
 * or sentence ending after the second: a list goes on ("PlayStation 2, PlayStation 3, Xbox 360 et PC").
 */
function isScore(tokens: readonly EntityToken[], first: number, k: number): boolean {
  if (!POINTS.test(tokens[k]!.text)) return false;
  const pointsAfterName = (j: number) => POINTS.test(tokens[j]?.text ?? "") && !!tokens[j - 1]?.capitalized && tokens[j - 1]!.isWord;
  const endsAfter = (j: number) => !tokens[j + 1] || tokens[j + 1]!.opensSentence || (!tokens[j + 1]!.isWord && tokens[j + 1]!.text !== "," && tokens[j + 1]!.text !== "-");
  if (tokens[k + 1]?.text === ",") {
    for (let j = k + 3; j <= k + SCORE_LINE_TOKENS; j += 1) if (pointsAfterName(j)) return endsAfter(j) && tokens[first - 1]?.text !== ",";
    return false;
  }
  // The second side: "…, No. 9 Riverton Hawks 53" after "Ashford Owls 65".
  for (let j = first - 1; j >= Math.max(1, first - SCORE_LINE_TOKENS); j -= 1) {
    if (tokens[j]!.text !== "," || !pointsAfterName(j - 1)) continue;
    let side = j - 2;
    while (side > 0 && tokens[side - 1]!.capitalized && tokens[side - 1]!.isWord) side -= 1;
    return endsAfter(k) && tokens[side - 1]?.text !== ",";
  }
  return false;
}

/** Whether "(ACRONYM)" right after the run spells the initials of its capitalised words ("Advanced Micro Devices (AMD)"). */
function acronymDefinedAfter(tokens: readonly EntityToken[], first: number, last: number): boolean {
  const acronym = tokens[last + 2];
  if (tokens[last + 1]?.text !== "(" || tokens[last + 3]?.text !== ")" || !acronym || !ACRONYM.test(acronym.text)) return false;
  const initials = tokens.slice(first, last + 1).filter((token) => token.isWord && token.capitalized).map((token) => token.text[0]).join("");
  return initials === acronym.text.replace(/[^\p{Lu}]/gu, "");
}

/** Quotation marks and parentheses around a nickname inside a name, opening → closing. */
const NICKNAME_MARKS = new Map([['"', '"'], ["“", "”"], ["(", ")"]]);
/** Words a nickname may have ("The Chin", "Jerry"). */
const MAX_NICKNAME_WORDS = 3;

/** The surname's token after a nickname opening at `k` ("(Jerry) Ortiz"), or null when there is none. */
function afterNickname(tokens: readonly EntityToken[], k: number): number | null {
  const close = NICKNAME_MARKS.get(tokens[k]!.text);
  if (close === undefined) return null;
  let j = k + 1;
  while (j < tokens.length && j - k <= MAX_NICKNAME_WORDS && tokens[j]!.isWord && adjacentToPrevious(tokens, j)) j += 1;
  const surname = tokens[j + 1];
  if (j === k + 1 || tokens[j]?.text !== close || !surname?.capitalized || !surname.isWord || !adjacentToPrevious(tokens, j + 1) || !tokens[k + 1]!.capitalized) return null;
  return j + 1;
}

/** How many "de …" complements an organisation's name may chain in lowercase ("Union des entreprises suisses de transport"). */
const MAX_LOWERCASE_COMPLEMENTS = 2;
/** Adjectives after the head or a complement ("Forces armées royales"). */
const MAX_ADJECTIVES = 2;

function isLowercaseAdjective(token: EntityToken | undefined, gazetteer: Gazetteer): boolean {
  return !!token?.isWord && !token.capitalized && (ADJECTIVE_ENDING.test(token.folded) || gazetteer.demonyms.has(token.folded));
}

/** The token after the adjectives (at most MAX_ADJECTIVES) from `k`. */
function adjectivesEnd(tokens: readonly EntityToken[], k: number, gazetteer: Gazetteer): number {
  let end = k;
  while (end - k < MAX_ADJECTIVES && isLowercaseAdjective(tokens[end], gazetteer)) end += 1;
  return end;
}

/**
 * Lowercase adjectives and "de …" complements after an organisation's head, as French names
 * them ("Forces armées royales", "Société suisse des imprimeurs", "Union des entreprises suisses
 * de transport"): a complement is a word of the language, never a determiner.
 */
function extendLowercase(tokens: readonly EntityToken[], first: number, last: number, sets: LexiconSets, gazetteer: Gazetteer): number {
  let k = adjectivesEnd(tokens, last + 1, gazetteer);
  last = k - 1;
  for (let complements = 0; complements < MAX_LOWERCASE_COMPLEMENTS; complements += 1) {
    // Right after a noun, "de la …" ("Parti de la liberté"); after an adjective, a bare "de"/"des" only ("Conseil communal de la ville" is the sentence's).
    const particles = isLowercaseAdjective(tokens[k - 1], gazetteer) ? 1 : 2;
    let j = k;
    while (j < tokens.length && j - k < particles && sets.connectors.has(tokens[j]!.folded) && !tokens[j]!.capitalized) j += 1;
    const noun = tokens[j];
    if (j === k || !noun?.isWord || noun.capitalized || !gazetteer.words.has(noun.text) || sets.determiners.has(noun.folded)) break;
    k = adjectivesEnd(tokens, j + 1, gazetteer);
    last = k - 1;
  }
  // "Conseil de sécurité des Nations unies", "Programme de développement de l'ONU": an organ of a known organisation, named with it.
  let j = last + 1;
  while (j < tokens.length && j - last <= 2 && (sets.connectors.has(tokens[j]!.folded) || sets.definiteDeterminers.has(tokens[j]!.folded)) && !tokens[j]!.capitalized) j += 1;
  const organization = j > last + 1 && tokens[j]?.capitalized ? Math.max(knownOrganizationEnd(tokens, j, sets), sets.knownOrganizations.has(tokens[j]!.folded) ? j : -1) : -1;
  return organization > 0 ? organization : last;
}

/** A dispatch's dateline, the town it was sent from: "Liestal, 7 (ATS).", "SARNEN, 28 août. —" (not "Lund, 62 ans,"). */
function isDateline(tokens: readonly EntityToken[], first: number, last: number, inTime: (token: EntityToken) => boolean, inDate: (token: EntityToken) => boolean): boolean {
  const [comma, day, next] = [tokens[last + 1], tokens[last + 2], tokens[last + 3]];
  // Text that lost its line breaks runs the dateline into the headline before it, so it need not open a sentence.
  if (tokens[first]!.capitalized && comma?.text === "," && /^\d{1,2}$/u.test(day?.text ?? "") && (next?.text === "(" || inTime(day!))) return true;
  // Without its comma ("Rastadt 21 août."), only where a sentence starts and a date follows at once.
  const dayAfter = tokens[last + 1];
  return tokens[first]!.opensSentence && /^\d{1,2}$/u.test(dayAfter?.text ?? "") && inDate(dayAfter!);
}

/** A word of the language opening a sentence ("Rien", "Avis"), even one that is also a first name somewhere, and never capitalised inside one. */
function isSentenceWord(token: EntityToken, gazetteer: Gazetteer, capitalizedElsewhere: ReadonlySet<string>): boolean {
  return token.opensSentence && !capitalizedElsewhere.has(token.folded) && !gazetteer.places.has(token.folded) && gazetteer.words.has(token.text.toLowerCase());
}
