/**
 * A name's type from the strongest evidence around it, in order: an honorific, a known agency,
 * a known festival or era, a big company's name, a title right before it, a place noun, the
 * gazetteer, an organisation head inside it, a product cue, an organisation cue, a role noun, an
 * acronym's shape, a first name opening it, a plural determiner, a locative preposition, a
 * place's part before it, a small town's name; else a default. The evidence words are the
 * lexicon's, the names data packages'.
 */
import type { EntityType } from "../../annotation.js";
import type { EntityToken } from "./entity-tokens.js";
import type { Gazetteer, Place } from "./gazetteer.js";
import { ACRONYM, honorificBefore, isOrdinaryWord, ROMAN_OR_NUMBER, type LexiconSets } from "./name-evidence.js";
import { placeCueBefore } from "./place-cues.js";
import { isFunctionWord } from "./name-boundaries.js";

export interface Typing {
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

/** The capitalised last part of a word written in camel case ("Ugarit|News", "Dream|TV"). */
const CAMEL_TAIL = /^\p{Lu}\p{Ll}+(\p{Lu}(?:\p{Ll}+|\p{Lu}+))$/u;

export function classify(tokens: readonly EntityToken[], first: number, last: number, gazetteer: Gazetteer, sets: LexiconSets, afterRole = false): Typing {
  const words = tokens.slice(first, last + 1);
  const folded = words.map((token) => token.folded).join(" ").replace(/' /gu, "'");
  const before = tokens[first - 1];
  const twoBefore = tokens[first - 2];
  if (honorificBefore(tokens, first, sets) !== null) return { type: "PER", place: null, weak: false };
  if (sets.knownOrganizations.has(folded)) return { type: "ORG", place: null, weak: false };
  if (sets.knownPeople.has(folded)) return { type: "PER", place: null, weak: false };
  // "Zuccotti Park", "Souk Arabi": a place's noun closing the name as English writes it, or opening it capitalised (a club's "Stade" is
  // an organisation's head); not "Grace Park", a person.
  const placeHead = sets.placeHeadsAfter.has(words.at(-1)!.text) || (sets.placeCues.has(words[0]!.text.toLowerCase()) && !sets.organizationHeads.has(words[0]!.text));
  if (words.length >= 2 && placeHead && !gazetteer.firstNames.has(words[0]!.folded)) return { type: "LOC", place: null, weak: false };
  // "CS de l'ONU", "Haut-Commissariat des Nations unies": an organ named after a known organisation.
  const complementOf = (k: number) => sets.connectors.has(words[k]?.folded ?? "") || (sets.definiteDeterminers.has(words[k]?.folded ?? "") && sets.connectors.has(words[k - 1]?.folded ?? ""));
  if (words.length >= 3 && complementOf(words.length - 2) && sets.knownOrganizations.has(words.at(-1)!.folded)) return { type: "ORG", place: null, weak: false };
  const place = gazetteer.places.get(folded) ?? gazetteer.places.get(folded.replace(/-/gu, " ")) ?? placeBeforeKindNoun(folded, gazetteer, sets);
  if (sets.knownMiscellaneous.has(folded)) return { type: "MISC", place: null, weak: false };
  // "Volkswagen", "Exxon": a big company's name, unless a place bears it ("Orange" the town).
  if (gazetteer.companies.has(folded) && !place) return { type: "ORG", place: null, weak: false };
  // "le président Wilson", "la reine Victoria": a person's title right before a name makes it the person, whatever town bears it.
  // English capitalises the title ("President Obama", not the Japanese town).
  if (before && (!before.capitalized || sets.capitalizedTitles) && sets.roleNouns.has(before.folded) && place?.kind !== "country") return { type: "PER", place: null, weak: false };
  const cue = placeCueBefore(tokens, first, sets);
  if (cue) return { type: "LOC", place: cue.samePlace ? (place ?? null) : null, weak: false, cued: cue.token };
  // So does a whole role phrase ("le pasteur évangélique Hamm"), unless it ends on a place's noun ("commissaire du quartier Saint-Jean").
  if (afterRole && place?.kind !== "country" && !(words.length === 1 && isOrdinaryWord(words[0]!, gazetteer))) return { type: "PER", place: null, weak: false };
  // "l'agence de presse Ma'an", "la chaîne Al-Manar": a medium's or a company's noun right before a town's name names the organisation.
  if (place?.kind === "city" && !place.capital && cueBefore(tokens, first, sets.organizationCues, gazetteer, sets.knownOrganizations, true)) return { type: "ORG", place: null, weak: false };
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
  // "Marine Le Pen": a head that is also a first name opening a full name is the first name.
  const firstNameOpens = words.length >= 2 && gazetteer.firstNames.has(words[0]!.folded) && words[1]!.capitalized;
  if (words.some((token, k) => sets.organizationHeads.has(token.text) && /^\p{Lu}/u.test(token.text) && !(k === 0 && firstNameOpens))) return { type: "ORG", place: null, weak: false };
  // "The Hollywood Reporter", "Christian Science Monitor": a newspaper's noun closing a name of three words, or of two no first name opens.
  if (words.length >= 2 && sets.closingOrganizationHeads.has(words.at(-1)!.text) && (words.length >= 3 || !gazetteer.firstNames.has(words[0]!.folded))) return { type: "ORG", place: null, weak: false };
  // "UgaritNews", "DreamTV", "TunisieInfos": an outlet's head glued to its name, as handles and pages write them.
  if (words.some((token) => sets.organizationHeads.has(CAMEL_TAIL.exec(token.text)?.[1] ?? "") || shoutedHeadTail(token.text, sets.organizationHeads))) return { type: "ORG", place: null, weak: false };
  // "le drone Sentinel", "les accords de Varna", "le logiciel espion Orkan": the cue right before or one word earlier,
  // unless a first name opens a full name after a word that is no particle ("l'accord avec Anna Lund"), or the word between
  // is a preposition naming a party, not a modifier ("l'accord entre Ruritania et Zembla", "un accord avec Brevalis").
  const fullName = words.length >= 2 && gazetteer.firstNames.has(words[0]!.folded);
  const afterProductCue =
    (before && sets.miscellaneousCues.has(before.folded)) ||
    (before?.isWord && twoBefore && sets.miscellaneousCues.has(twoBefore.folded) && (sets.connectors.has(before.folded) || (!fullName && !isFunctionWord(before, sets.functionWords) && !sets.functionWords.has(capitalized(before.text)))));
  const isAcronym = words.length === 1 && ACRONYM.test(words[0]!.text) && !ROMAN_OR_NUMBER.test(words[0]!.text);
  if (words.length === 1 && ROMAN_OR_NUMBER.test(words[0]!.text)) return { type: null, place: null, weak: true, ordinary: true };
  // "drones IAI": an acronym after a product noun is most often its maker.
  if (isAcronym && afterProductCue) return { type: /\d/u.test(words[0]!.text) ? "MISC" : "ORG", place: null, weak: false };
  if (words.length > 1 && words.some((token) => token.capitalized && sets.miscellaneousCues.has(token.folded))) return { type: "MISC", place: null, weak: false };
  if (afterProductCue) return { type: "MISC", place: null, weak: false };
  if (cueBefore(tokens, first, sets.organizationCues, gazetteer, sets.knownOrganizations)) return { type: "ORG", place: null, weak: false };
  if (before && sets.roleNouns.has(before.folded)) return { type: "PER", place: null, weak: false };
  // "F16", "T-72": a letter code with a number is a model's name, as after a product noun; letters alone an organisation's.
  if (isAcronym) return { type: /\d/u.test(words[0]!.text) ? "MISC" : "ORG", place: null, weak: true };
  // "Air France", "Bank of America": a country's name inside a longer name makes it an organisation's.
  // Not after a first name that is no country's: "Michael Jordan", "Innes Ireland" are people, "Jordan Times" a newspaper.
  const countryAt = (token: EntityToken) => gazetteer.places.get(token.folded)?.kind === "country";
  if (words.length >= 2 && !(fullName && !countryAt(words[0]!)) && words.some(countryAt)) return { type: "ORG", place: null, weak: true };
  if (sets.recurringCapitalsAreNames && isTeamName(words, gazetteer)) return { type: "ORG", place: null, weak: false };
  if (words.length >= 2 && words[0]!.capitalized && gazetteer.firstNames.has(words[0]!.folded)) return { type: "PER", place: null, weak: false };
  if (words.some((token) => /\d/u.test(token.text))) return { type: "MISC", place: null, weak: true };
  if (words.length >= 2 && before && sets.pluralDeterminers.has(before.folded)) return { type: "ORG", place: null, weak: true };
  const town = words.length === 1 ? gazetteer.smallTowns.get(folded) : undefined;
  // "sur Internet": a lone word of the language after a preposition naming a medium as often as a place is the medium's common
  // noun, unless a town bears it ("en Bohême", "à Bière" stay places).
  const lonelyWord = words.length === 1 && !town && sets.mediumPrepositions.has(before?.folded ?? "") && isOrdinaryWord(words[0]!, gazetteer);
  if (before && sets.locativePrepositions.has(before.folded) && before.folded !== "de" && !afterElidedPronoun(tokens, first) && !lonelyWord) return { type: "LOC", place: town ?? null, weak: true };
  if (words.length >= 2) return { type: "PER", place: null, weak: true };
  // A lone capitalised common word mid-sentence ("l'État", "Histoire") is emphasis, not a name.
  if (isOrdinaryWord(words[0]!, gazetteer)) return { type: null, place: null, weak: true, ordinary: true };
  if (isPlaceRelation(tokens, first, sets)) return { type: "LOC", place: null, weak: true };
  // "dirigeants du Hamas", "militants du Fatah": members of a lone unknown name make it their group, not a place.
  const members = twoBefore && sets.memberNouns.has(twoBefore.folded) && !sets.roleNouns.has(twoBefore.folded);
  if (members && before && (sets.originPrepositions.has(before.folded) || sets.placeDeterminers.has(before.folded))) return { type: "ORG", place: null, weak: true };
  // A lone unknown name after a determiner is a thing, most often a place ("le Lötschberg", "l'Angleterre"); people take none.
  if (before && sets.determiners.has(before.folded)) return { type: sets.placeDeterminers.has(before.folded) ? "LOC" : null, place: null, weak: true };
  // "officiers de la Bundeswehr": a lone name as a complement is most often an institution; a person is introduced by full name.
  // "parti d'Alexandrie", "de Tokio": a lone unknown name after "de" is most often a place, unless members precede ("soldats de Nordwehr").
  if (before && sets.originPrepositions.has(before.folded) && words.length === 1 && !(twoBefore && sets.memberNouns.has(twoBefore.folded))) return { type: "LOC", place: null, weak: true, fallback: true };
  if (before && sets.connectors.has(before.folded) && !before.capitalized) return { type: null, place: null, weak: true };
  // "habitant Bex", "derrière Wœrth": a small town's name that no other evidence types is the town.
  if (town) return { type: "LOC", place: town, weak: true };
  return { type: "PER", place: null, weak: true, fallback: true };
}

/** "Gaza Ville", "Gaza-Ville": a place's name closed by the noun of its own kind is the place. */
function placeBeforeKindNoun(folded: string, gazetteer: Gazetteer, sets: LexiconSets): Place | undefined {
  const cut = Math.max(folded.lastIndexOf(" "), folded.lastIndexOf("-"));
  if (cut <= 0 || !sets.placeKindCues.has(folded.slice(cut + 1))) return undefined;
  const place = gazetteer.places.get(folded.slice(0, cut));
  return place && place.kind !== "country" ? place : undefined;
}

/** Letters an organisation's head glued to a name in capitals must have ("TUNISIEINFOS", "ALYOUMNEWS"); shorter ones end too many words ("NASA" is no "SA"). */
const MIN_SHOUTED_HEAD = 4;
/** Letters the name before such a head must have. */
const MIN_SHOUTED_NAME = 3;

/** "TUNISIEINFOS": a word in capitals ending on an organisation's head, as page and channel names are written. */
function shoutedHeadTail(text: string, heads: ReadonlySet<string>): boolean {
  if (text.length < MIN_SHOUTED_HEAD + MIN_SHOUTED_NAME || text !== text.toUpperCase() || !/^\p{Lu}+$/u.test(text)) return false;
  for (let cut = MIN_SHOUTED_NAME; cut <= text.length - MIN_SHOUTED_HEAD; cut += 1) {
    const tail = text.slice(cut);
    if (heads.has(tail.charAt(0) + tail.slice(1).toLowerCase())) return true;
  }
  return false;
}

/**
 * "Denver Owls", "Lyon Foxes", "Boston Red Sox": a place, then a common noun in the
 * plural closing the name, is a team (or a band), never a person: a surname is no plural of a
 * word ("Georgia Williams"). Only where common nouns are not capitalised inside a sentence.
 */
function isTeamName(words: readonly EntityToken[], gazetteer: Gazetteer): boolean {
  const last = words.at(-1)!.text.toLowerCase();
  if (words.length < 2 || !/[^s]s$/u.test(last)) return false;
  const singulars = [last.slice(0, -1), last.endsWith("es") ? last.slice(0, -2) : "", last.endsWith("ies") ? `${last.slice(0, -3)}y` : ""];
  if (!singulars.some((singular) => singular.length > 1 && gazetteer.words.has(singular))) return false;
  for (let k = 1; k < words.length; k += 1) if (gazetteer.places.has(words.slice(0, k).map((token) => token.folded).join(" "))) return true;
  return false;
}

/** "Va-t'en Bachar", "il s'en va": "en" after an elided pronoun is the pronoun, not the preposition. */
function afterElidedPronoun(tokens: readonly EntityToken[], first: number): boolean {
  return tokens[first - 1]?.folded === "en" && /^\p{L}['’]$/u.test(tokens[first - 2]?.text ?? "");
}

/** The function-word lists spell their words as they open a sentence ("Entre", "Avec"). */
function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "la rive nord du Danube", "au pied de la Jungfrau": a noun of a place's parts or surroundings, then "du"/"des"/"de la", then the name. */
function isPlaceRelation(tokens: readonly EntityToken[], first: number, sets: LexiconSets): boolean {
  let k = first - 1;
  if (k >= 0 && sets.definiteDeterminers.has(tokens[k]!.folded) && sets.originPrepositions.has(tokens[k - 1]?.folded ?? "")) k -= 2;
  else if (k >= 0 && sets.determiners.has(tokens[k]!.folded) && !sets.definiteDeterminers.has(tokens[k]!.folded)) k -= 1;
  else return false;
  return k >= 0 && sets.placeRelationNouns.has(tokens[k]!.folded);
}

/**
 * A cue noun right before a name, or before it across a demonym, a comma or a platform's name ("un site suédois, Nordposten",
 * "le groupe Facebook syrien Syrian Days of Rage"); with `adjacent`, only right before it or with its noun complement.
 */
function cueBefore(tokens: readonly EntityToken[], first: number, cues: ReadonlySet<string>, gazetteer: Gazetteer, organizations: ReadonlySet<string>, adjacent = false): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 4); k -= 1) {
    const token = tokens[k]!;
    if (cues.has(token.folded)) return true;
    // "l'agence de presse Ma'an", "la chaîne de télévision Addounia": the cue and its noun complement.
    if (k === first - 1 && !token.capitalized && tokens[k - 1]?.folded === "de" && cues.has(tokens[k - 2]?.folded ?? "")) return true;
    if (adjacent) return false;
    if (token.text !== "," && !(gazetteer.demonyms.has(token.folded) && !token.capitalized) && !(token.capitalized && organizations.has(token.folded))) return false;
  }
  return false;
}
