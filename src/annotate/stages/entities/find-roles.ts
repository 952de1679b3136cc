/**
 * Role phrases: a function noun with what qualifies it, as journalists write them before or
 * after a name ("le ministre suédois de la Défense Erik Lund", "Karel Novak, ministre délégué
 * chargé de l'administration de la Défense nationale") or instead of one ("son homologue
 * marocain"). A demonym or a country in the complement gives the role's country.
 */
import type { EntityToken } from "./entity-tokens.js";
import type { Gazetteer } from "./gazetteer.js";
import { fold, lowercaseKey } from "./gazetteer.js";
import type { EntityLexicon } from "../../lang/entity-lexicon.js";

export interface RolePhrase {
  /** Start of the phrase, from its determiner when it has one ("le ministre …"). */
  start: number;
  end: number;
  /** Start of the role itself, after the determiner. */
  roleStart: number;
  firstToken: number;
  lastToken: number;
  hasDeterminer: boolean;
  /** "un responsable israélien": someone unnamed, not a person named elsewhere. */
  indefinite: boolean;
  headToken: number;
  head: string;
  /** Country the role is held for (a demonym, or a country in the complement). */
  countryCode: string | null;
  relational: boolean;
  /** "les conseillers fédéraux": a title of the names beside it, never a description of one person elsewhere. */
  plural: boolean;
  /** Ends on a complement ("chanteur du groupe"), so a name right after it may be the complement's ("… Queen"), not the holder. */
  complemented: boolean;
}

/** How many "de …" groups a role's complement may chain ("chargé de l'administration de la Défense nationale"). */
const MAX_COMPLEMENT_GROUPS = 3;
const PREPOSITIONS = new Set(["de", "du", "des", "d'"]);
const ARTICLES = new Set(["la", "l'", "le", "les"]);
/** Adjectives of office or field right after a role's head ("fédéral", "rural", "municipal", "politique"). */
const HEAD_ADJECTIVE = /(?:al|ale|aux|aire|ique|iel|ielle|el|elle)$/u;
const ADJECTIVE_ENDING = /(?:al|ale|aux|ales|ere|eres|aire|aires|ique|iques|ien|ienne|iens|iennes|ais|aise|aises|ain|aine|ains|aines|if|ive|ifs|ives|eur|eure|eurs|ee|ees|ne|nes)$/u;

interface RoleWords {
  /** Folded head forms, plurals included → the singular ("generaux" → "general"). */
  heads: Map<string, string>;
  modifiers: Set<string>;
  qualifiers: Set<string>;
  /** Qualifiers of several tokens, folded token by token ("en chef", "d'État"). */
  qualifierPhrases: string[][];
  coordinators: Set<string>;
  relational: Set<string>;
  determiners: Set<string>;
  indefinites: Set<string>;
  /** Accents kept: the French "à" is not the verb "a". */
  locatives: Set<string>;
}

const compiled = new WeakMap<EntityLexicon, RoleWords>();

function roleWords(lexicon: EntityLexicon): RoleWords {
  let words = compiled.get(lexicon);
  if (!words) {
    const folded = (list: readonly string[]) => new Set(list.map(fold));
    const withPlurals = (list: readonly string[]) => new Set(list.flatMap((word) => [word, pluralOf(word, lexicon.pluralEndings)]).map(fold));
    const heads = new Map<string, string>();
    for (const noun of lexicon.roleNouns.filter((noun) => !noun.includes(" "))) {
      heads.set(fold(pluralOf(noun, lexicon.pluralEndings)), fold(noun));
      heads.set(fold(noun), fold(noun));
    }
    words = {
      heads,
      modifiers: withPlurals(lexicon.roleModifiers.map((word) => word.replace(/-$/u, ""))),
      qualifiers: withPlurals(lexicon.roleQualifiers),
      qualifierPhrases: lexicon.roleQualifiers.map((qualifier) => fold(qualifier).split(/(?<=')|\s+/u)).filter((phrase) => phrase.length > 1),
      coordinators: folded(lexicon.coordinators),
      relational: folded(lexicon.relationalRoleNouns),
      determiners: folded(lexicon.determiners),
      indefinites: folded(lexicon.indefiniteDeterminers),
      locatives: new Set(lexicon.roleLocativePrepositions.map(lowercaseKey)),
    };
    compiled.set(lexicon, words);
  }
  return words;
}

/** A word's plural by the language's endings, the first that fits ("général" → "généraux", "ministre" → "ministres"). */
function pluralOf(word: string, endings: EntityLexicon["pluralEndings"]): string {
  const [singular, plural] = endings.find(([ending]) => word.endsWith(ending)) ?? ["", ""];
  return `${word.slice(0, word.length - singular.length)}${plural}`;
}

/**
 * The singular of a role's head: a role noun, or a hyphenated compound of role words
 * ("secrétaire-adjoint", "lieutenant-général"); undefined for any other word.
 */
function headOf(folded: string, words: RoleWords): string | undefined {
  const head = words.heads.get(folded);
  if (head !== undefined || !folded.includes("-")) return head;
  const [first, ...rest] = folded.split("-");
  const compoundHead = words.heads.get(first!);
  return compoundHead !== undefined && rest.every((part) => words.heads.has(part) || words.qualifiers.has(part)) ? compoundHead : undefined;
}

/**
 * "l'Allemand Uwe Peschel", "la Suédoise Anna Lund": a demonym as a noun before a full name is
 * the person's nationality. Only before a first name: "l'Américain Boeing" is a company.
 */
function nationalityBefore(tokens: readonly EntityToken[], i: number, gazetteer: Gazetteer, words: RoleWords): RolePhrase | null {
  const token = tokens[i]!;
  const countryCode = token.capitalized ? gazetteer.demonyms.get(token.folded) : undefined;
  const next = tokens[i + 1];
  if (!countryCode || i === 0 || !words.determiners.has(tokens[i - 1]!.folded) || !next?.capitalized || !gazetteer.firstNames.has(next.folded)) return null;
  return {
    start: tokens[i - 1]!.start,
    end: token.end,
    roleStart: token.start,
    firstToken: i - 1,
    lastToken: i,
    hasDeterminer: true,
    indefinite: words.indefinites.has(tokens[i - 1]!.folded),
    headToken: i,
    head: token.folded,
    countryCode,
    relational: false,
    plural: false,
    complemented: false,
  };
}

export function findRolePhrases(tokens: readonly EntityToken[], gazetteer: Gazetteer, lexicon: EntityLexicon): RolePhrase[] {
  const words = roleWords(lexicon);
  const phrases: RolePhrase[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const nationality = nationalityBefore(tokens, i, gazetteer, words);
    if (nationality) {
      phrases.push(nationality);
      continue;
    }
    const head = token.isWord ? headOf(token.folded, words) : undefined;
    // A capitalised head mid-sentence is a name ("Président Hotel"), except at a sentence's start.
    if (head === undefined || (token.capitalized && !token.opensSentence && token.text !== token.text.toUpperCase())) continue;
    let first = i;
    while (first > 0 && words.modifiers.has(tokens[first - 1]!.folded)) first -= 1;
    const determiner = first > 0 && words.determiners.has(tokens[first - 1]!.folded) ? first - 1 : null;
    let countryCode: string | null = null;
    let last = i;
    let groups = 0;
    for (let k = i + 1; k < tokens.length; ) {
      const word = tokens[k]!;
      if (!word.isWord) break;
      const demonym = gazetteer.demonyms.get(word.folded);
      if (demonym && !word.capitalized) {
        countryCode ??= demonym;
        last = k;
        k += 1;
        continue;
      }
      // "conseiller fédéral", "ingénieur rural": an adjective right after the head, before any complement.
      const headAdjective = k === i + 1 && !word.capitalized && HEAD_ADJECTIVE.test(word.folded) && gazetteer.words.has(word.text) && !words.locatives.has(lowercaseKey(word.text));
      if ((words.qualifiers.has(word.folded) || headAdjective) && !word.capitalized) {
        last = k;
        k += 1;
        continue;
      }
      // "général en chef", "conseiller d'Etat".
      const phrase = words.qualifierPhrases.find((parts) => parts.every((part, n) => tokens[k + n]?.folded === part));
      if (phrase) {
        last = k + phrase.length - 1;
        k += phrase.length;
        continue;
      }
      // "lieutenant-général prince", "vice-chancelier comte": stacked titles, before any complement, are one.
      if (groups === 0 && k === last + 1 && !word.capitalized && headOf(word.folded, words) !== undefined) {
        last = k;
        k += 1;
        continue;
      }
      // "compositeur et bassiste": a second head coordinated with the first.
      const coordinated = tokens[k + 1];
      if (words.coordinators.has(word.folded) && k === last + 1 && coordinated?.isWord && !coordinated.capitalized && headOf(coordinated.folded, words) !== undefined) {
        last = k + 1;
        k += 2;
        continue;
      }
      // "professeur au séminaire de …": an institution after "à", never a town ("le ministre à Oslo").
      const locative = groups === 0 && words.locatives.has(lowercaseKey(word.text));
      if ((!PREPOSITIONS.has(word.folded) && !locative) || groups >= MAX_COMPLEMENT_GROUPS) break;
      let n = k + 1;
      if (tokens[n] && ARTICLES.has(tokens[n]!.folded)) n += 1;
      const noun = tokens[n];
      // In an apposition the town belongs to the role ("Anna Lund, médecin à Berne,"); before a name it is the scene.
      const apposition = tokens[(determiner ?? first) - 1]?.text === ",";
      const place = noun?.capitalized ? gazetteer.places.get(noun.folded) : undefined;
      if (!noun?.isWord || (gazetteer.firstNames.has(noun.folded) && !place) || words.determiners.has(noun.folded)) break;
      // "conseiller aux Etats", "professeur à l'Université": a capitalised word of the language is an institution.
      const institution = noun.capitalized && !place && gazetteer.foldedWords.has(noun.folded);
      // In an apposition, a name closes the complement: what the office is of or where it is held
      // ("Anna Lund, directrice de Brevalis,", "Karl Roth, pasteur à Vernex,"). Before a name it may be the name itself ("le général de Gaulle").
      if (apposition && noun.capitalized && !place && !institution) {
        last = n;
        while (tokens[last + 1]?.isWord && tokens[last + 1]!.capitalized) last += 1;
        break;
      }
      if (locative && noun.capitalized && !(apposition && place) && !institution) break;
      if (place?.kind === "country") countryCode ??= place.countryCode;
      // A town or region is where the office is ("maire de Lyon"); another name is not a portfolio ("de Gaulle").
      else if (noun.capitalized && !place && !gazetteer.foldedWords.has(noun.folded)) break;
      last = n;
      k = n + 1;
      groups += 1;
      // Adjectives after the complement's noun ("Défense nationale", "Affaires étrangères").
      while (k < tokens.length && tokens[k]!.isWord && !tokens[k]!.capitalized && (ADJECTIVE_ENDING.test(tokens[k]!.folded) || gazetteer.demonyms.has(tokens[k]!.folded))) {
        const adjectiveCountry = gazetteer.demonyms.get(tokens[k]!.folded);
        if (adjectiveCountry) countryCode ??= adjectiveCountry;
        last = k;
        k += 1;
      }
    }
    phrases.push({
      start: tokens[determiner ?? first]!.start,
      end: tokens[last]!.end,
      roleStart: tokens[first]!.start,
      firstToken: determiner ?? first,
      lastToken: last,
      hasDeterminer: determiner !== null,
      indefinite: determiner !== null && words.indefinites.has(tokens[determiner]!.folded),
      headToken: i,
      head,
      countryCode,
      relational: words.relational.has(head),
      // A plural form of a listed noun, not a compound ("secrétaire-adjoint" is one person).
      plural: words.heads.has(token.folded) && head !== token.folded,
      complemented: groups > 0,
    });
    i = last;
  }
  return phrases;
}
