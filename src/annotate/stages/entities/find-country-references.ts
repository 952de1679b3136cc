/**
 * Ways a text names a country without its name: a demonym ("israélien", kept as a property),
 * a description built on one ("la nation marocaine", "son voisin algérien", "la capitale
 * marocaine" for the capital), a fixed epithet ("l’État hébreu"), or the generic head of its
 * official name ("le royaume", "royaume d’Afrique du Nord") for the last such country named,
 * or a phrase for two of them ("les deux pays"): the last two states the text named before it, by
 * name, capital or demonym ("le ministre israélien … au Maroc … entre les deux pays"), or, when
 * fewer were, a pair the linker resolves from the names it found.
 * A state's governing institution followed by its name ("le gouvernement de la Norvège") is
 * that state, as "le gouvernement norvégien" is.
 */
import type { MentionKind } from "../../annotation.js";
import type { EntityLexicon } from "../../lang/entity-lexicon.js";
import type { EntityToken } from "./entity-tokens.js";
import type { Gazetteer } from "./gazetteer.js";
import { fold, placePhrasesAt } from "./gazetteer.js";

export interface CountryReference {
  start: number;
  end: number;
  kind: MentionKind;
  /** The country meant, or null for an official-form head ("le royaume") the linker resolves from context. */
  countryCode: string | null;
  /** "royaume" for "le royaume": matched against the official names of the countries in the text. */
  formHead: string | null;
  /** The reference is to the country's capital city ("la capitale marocaine"). */
  capital: boolean;
  /** The reference is to the last two countries named ("les deux pays"). */
  pair?: boolean;
}

interface ReferenceWords {
  countryHeads: Set<string>;
  capitalHeads: Set<string>;
  determiners: Set<string>;
  /** By their first folded word, in the lexicon's order: one lookup per token instead of a scan of every phrase. */
  epithets: Map<string, Array<{ words: string[]; code: string; capitalized: boolean }>>;
  pairs: Map<string, Array<{ words: string[] }>>;
  formHeads: Set<string>;
  /** Description heads that are a state's government ("gouvernement", "régime"): followed by a state's name, they are that state. */
  institutions: Set<string>;
  ofPrepositions: Set<string>;
}

const compiled = new WeakMap<EntityLexicon, ReferenceWords>();

function byFirstWord<T extends { words: string[] }>(phrases: readonly T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const phrase of phrases) index.set(phrase.words[0]!, [...(index.get(phrase.words[0]!) ?? []), phrase]);
  return index;
}

function referenceWords(lexicon: EntityLexicon, gazetteer: Gazetteer): ReferenceWords {
  let words = compiled.get(lexicon);
  if (!words) {
    const split = (phrase: string) => fold(phrase).replace(/'/gu, "' ").split(/\s+/u).map((word) => word.trim());
    words = {
      countryHeads: new Set(lexicon.countryDescriptionHeads.map(fold)),
      capitalHeads: new Set(lexicon.capitalDescriptionHeads.map(fold)),
      determiners: new Set(lexicon.determiners.map(fold)),
      epithets: byFirstWord(Object.entries(lexicon.countryEpithets).map(([phrase, code]) => ({ words: split(phrase), code, capitalized: /^\p{Lu}/u.test(phrase) }))),
      pairs: byFirstWord(lexicon.pairReferences.map((phrase) => ({ words: split(phrase) }))),
      formHeads: new Set([...gazetteer.countries.values()].flatMap((country) => (country.formHead ? [fold(country.formHead)] : []))),
      institutions: new Set((lexicon.genericActors?.heads ?? []).filter((head) => head.actorType === "government").flatMap((head) => head.forms.map(fold)).filter((form) => lexicon.countryDescriptionHeads.some((head) => fold(head) === form))),
      ofPrepositions: new Set((lexicon.genericActors?.ofPrepositions ?? []).map(fold)),
    };
    compiled.set(lexicon, words);
  }
  return words;
}

/** Small modifiers allowed between a head and its demonym ("rival régional iranien"). */
const MAX_WORDS_BEFORE_DEMONYM = 1;

export function findCountryReferences(tokens: readonly EntityToken[], gazetteer: Gazetteer, lexicon: EntityLexicon): CountryReference[] {
  const words = referenceWords(lexicon, gazetteer);
  const references: CountryReference[] = [];
  const withDeterminer = (index: number) => (index > 0 && words.determiners.has(tokens[index - 1]!.folded) ? index - 1 : index);
  // The states named so far, the most recent last, each once: what "les deux pays" points back to.
  const recent: string[] = [];
  const saw = (code: string | null) => {
    if (code === null) return;
    const at = recent.lastIndexOf(code);
    if (at >= 0) recent.splice(at, 1);
    recent.push(code);
  };
  const add = (first: number, last: number, reference: Omit<CountryReference, "start" | "end">) => {
    references.push({ start: tokens[first]!.start, end: tokens[last]!.end, ...reference });
    if (!reference.capital) saw(reference.countryCode);
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (!token.isWord) continue;
    const pair = words.pairs.get(token.folded)?.find((phrase) => phrase.words.every((word, k) => tokens[i + k]?.folded === word));
    if (pair) {
      const last = i + pair.words.length - 1;
      if (recent.length >= 2) for (const code of recent.slice(-2)) add(i, last, { kind: "reference", countryCode: code, formHead: null, capital: false });
      else add(i, last, { kind: "reference", countryCode: null, formHead: null, capital: false, pair: true });
      i = last;
      continue;
    }
    if (token.capitalized) saw(stateNamedAt(tokens, i, gazetteer));
    const epithet = matchEpithet(tokens, i, words);
    if (epithet) {
      add(withDeterminer(i), epithet.last, { kind: "epithet", countryCode: epithet.code, formHead: null, capital: false });
      i = epithet.last;
      continue;
    }
    const institution = matchInstitutionOfState(tokens, i, words, gazetteer);
    if (institution) {
      add(withDeterminer(i), institution.last, { kind: "description", countryCode: institution.code, formHead: null, capital: false });
      i = institution.last;
      continue;
    }
    const described = matchDemonymDescription(tokens, i, words, gazetteer);
    if (described) {
      add(withDeterminer(i), described.last, { kind: "description", countryCode: described.code, formHead: null, capital: words.capitalHeads.has(token.folded) });
      i = described.last;
      continue;
    }
    if (words.formHeads.has(token.folded) && !tokens[i + 1]?.capitalized) {
      const start = withDeterminer(i);
      // "royaume du Maroc" is followed by the name, which carries the reference; "royaume d'Afrique du Nord" describes it by its region.
      const preposition = tokens[i + 1];
      const region = preposition && ["du", "de", "d'"].includes(preposition.folded) ? regionAt(tokens, i + 2, gazetteer) : null;
      const named = preposition && ["du", "de", "d'"].includes(preposition.folded) ? gazetteer.places.get(tokens[i + 2]?.folded ?? "") : undefined;
      if (named?.kind === "country" && tokens[i + 2]!.capitalized) {
        add(start, i + 2, { kind: "description", countryCode: named.countryCode, formHead: null, capital: false });
        continue;
      }
      if (region === null && preposition && ["du", "de", "d'"].includes(preposition.folded) && tokens[i + 2]?.capitalized) continue;
      if (start === i && !token.capitalized && region === null) continue; // a bare lowercase "royaume" is a common noun
      add(start, region ?? i, { kind: "description", countryCode: null, formHead: token.folded, capital: false });
      i = region ?? i;
      continue;
    }
    const demonym = gazetteer.demonyms.get(token.folded);
    if (demonym && !token.capitalized) add(i, i, { kind: "demonym", countryCode: demonym, formHead: null, capital: false });
    else if (demonym) saw(demonym);
  }
  return references;
}

function matchEpithet(tokens: readonly EntityToken[], i: number, words: ReferenceWords): { last: number; code: string } | null {
  for (const epithet of words.epithets.get(tokens[i]!.folded) ?? []) {
    if (!epithet.words.every((word, k) => tokens[i + k]?.folded === word)) continue;
    if (epithet.capitalized && !tokens[i]!.capitalized) continue;
    return { last: i + epithet.words.length - 1, code: epithet.code };
  }
  return null;
}

function matchDemonymDescription(tokens: readonly EntityToken[], i: number, words: ReferenceWords, gazetteer: Gazetteer): { last: number; code: string } | null {
  const head = tokens[i]!;
  if (head.capitalized && !head.opensSentence) return null;
  if (!words.countryHeads.has(head.folded) && !words.capitalHeads.has(head.folded)) return null;
  for (let k = i + 1; k <= i + 1 + MAX_WORDS_BEFORE_DEMONYM && k < tokens.length; k += 1) {
    const word = tokens[k]!;
    if (!word.isWord || word.capitalized) return null;
    const code = gazetteer.demonyms.get(word.folded);
    if (code) return { last: k, code };
  }
  return null;
}

/** "le gouvernement de la Norvège", "le régime d'Assad" no: an institution head, "de", an optional determiner, then a country's name. */
function matchInstitutionOfState(tokens: readonly EntityToken[], i: number, words: ReferenceWords, gazetteer: Gazetteer): { last: number; code: string } | null {
  if (!words.institutions.has(tokens[i]!.folded) || !words.ofPrepositions.has(tokens[i + 1]?.folded ?? "")) return null;
  const at = words.determiners.has(tokens[i + 2]?.folded ?? "") ? i + 3 : i + 2;
  const first = tokens[at];
  if (!first?.capitalized) return null;
  for (const phrase of placePhrasesAt(gazetteer, first.folded, tokens[at + 1]?.folded) ?? []) {
    if (phrase.place.kind === "country" && phrase.place.countryCode && phrase.words.every((word, k) => tokens[at + k]?.folded === word)) return { last: at + phrase.words.length - 1, code: phrase.place.countryCode };
  }
  const place = gazetteer.places.get(first.folded);
  return place?.kind === "country" && place.countryCode ? { last: at, code: place.countryCode } : null;
}

/** The state a capitalised token names, as its name or its capital's ("Maroc", "Arabie saoudite", "Rabat"), or null. */
function stateNamedAt(tokens: readonly EntityToken[], i: number, gazetteer: Gazetteer): string | null {
  const first = tokens[i]!;
  const phrase = placePhrasesAt(gazetteer, first.folded, tokens[i + 1]?.folded)?.find((candidate) => candidate.words.every((word, k) => tokens[i + k]?.folded === word));
  const place = phrase?.place ?? gazetteer.places.get(first.folded);
  return place && (place.kind === "country" || (place.kind === "city" && place.capital)) ? place.countryCode : null;
}

/** The last token of a region named at `index` ("Afrique du Nord"), or null. */
function regionAt(tokens: readonly EntityToken[], index: number, gazetteer: Gazetteer): number | null {
  const first = tokens[index];
  if (!first?.capitalized) return null;
  for (const phrase of placePhrasesAt(gazetteer, first.folded, tokens[index + 1]?.folded) ?? []) {
    if (phrase.place.kind === "region" && phrase.words.every((word, k) => tokens[index + k]?.folded === word)) return index + phrase.words.length - 1;
  }
  return gazetteer.places.get(first.folded)?.kind === "region" ? index : null;
}
