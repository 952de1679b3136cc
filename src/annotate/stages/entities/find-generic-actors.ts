/**
 * Unnamed actors as entities flagged generic: "les manifestants", "la police soudanaise", "des
 * milliers de Yéménites", "l'armée de Kadhafi", "Egyptian security forces". A head from the
 * language's generic-actor lexicon, with the determiners, counts, qualifiers and demonyms around
 * it, is one mention; the state a demonym names, or the name after "de"/"of", is the group it
 * belongs to. Mentions of one head without a state join the last entity of that head ("la police
 * soudanaise … la police"). Their mentions are references, as "le média" is: stories are
 * linked by names, not by "la police", and name scores leave them out.
 */
import type { Entity, EntityMention } from "../../annotation.js";
import type { ActorType, GenericActorLexicon } from "../../lang/generic-actor-lexicon.js";
import type { EntityToken } from "./entity-tokens.js";
import { fold, type Gazetteer } from "./gazetteer.js";
import { idNumber } from "./find-social-tags.js";

interface Phrase {
  words: string[];
  /** The form's own head, number set aside: "la population" and "des personnes" are different groups of one actor type. */
  key: string;
  actorType: ActorType;
  type: "PER" | "ORG";
  afterDeterminerOnly?: boolean;
}

interface Compiled {
  heads: Map<string, Phrase[]>;
  determiners: Set<string>;
  quantities: Set<string>;
  quantityPrepositions: Set<string>;
  qualifiers: Map<string, string[][]>;
  qualifierPrefixes: readonly string[];
  ofPrepositions: Set<string>;
}

interface GenericMention {
  start: number;
  end: number;
  /** Where the words naming the group start, after determiners and counts. */
  nameStart: number;
  phrase: Phrase;
  countryCode: string | null;
  /** The entity after "de"/"of" the group belongs to. */
  ofEntity: string | null;
  /** The demonym naming its state, for a country entity the text names no other way. */
  demonym: { start: number; end: number } | null;
}

const compiledLexicons = new WeakMap<GenericActorLexicon, Compiled>();
const splitWords = (phrase: string) => fold(phrase).replace(/'/gu, "' ").split(/\s+/u).filter(Boolean);
/** Words that open a count only after "de"/"of" ("d'autres militants", "de nombreux citoyens"). */
const COUNT_OPENERS = new Set(["autres", "nombreux", "nombreuses", "other", "many"]);
const DIGITS = /^\d/u;

function byFirstWord(phrases: readonly string[][]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const words of [...phrases].sort((a, b) => b.length - a.length)) index.set(words[0]!, [...(index.get(words[0]!) ?? []), words]);
  return index;
}

function compile(lexicon: GenericActorLexicon): Compiled {
  let compiled = compiledLexicons.get(lexicon);
  if (!compiled) {
    const heads = new Map<string, Phrase[]>();
    for (const head of lexicon.heads) {
      for (const form of head.forms) {
        const words = splitWords(form);
        const phrase: Phrase = { words, key: singularKey(words), actorType: head.actorType, type: head.type, ...(head.afterDeterminerOnly ? { afterDeterminerOnly: true } : {}) };
        heads.set(words[0]!, [...(heads.get(words[0]!) ?? []), phrase].sort((a, b) => b.words.length - a.words.length));
      }
    }
    const set = (list: readonly string[]) => new Set(list.map(fold));
    compiled = {
      heads,
      determiners: set(lexicon.determiners),
      quantities: set(lexicon.quantities),
      quantityPrepositions: set(lexicon.quantityPrepositions),
      qualifiers: byFirstWord(lexicon.qualifiers.map(splitWords)),
      qualifierPrefixes: (lexicon.qualifierPrefixes ?? []).map(fold),
      ofPrepositions: set(lexicon.ofPrepositions),
    };
    compiledLexicons.set(lexicon, compiled);
  }
  return compiled;
}

/** A head form's words without their plural and feminine endings ("policières" and "policier" alike), to tell heads apart, not to lemmatise. */
function singularKey(words: readonly string[]): string {
  return words.map((word) => word.replace(/e?s$|x$/u, "").replace(/e$/u, "")).join(" ");
}

/** Whether the words of `phrase` are the tokens from `at` on; the index after them, or -1. */
function phraseEnd(tokens: readonly EntityToken[], at: number, words: readonly string[]): number {
  for (let k = 0; k < words.length; k += 1) if (tokens[at + k]?.folded !== words[k]) return -1;
  return at + words.length;
}

/**
 * The generic actors of a text, as entities numbered after `entities` (the named ones), which
 * they never overlap but may refer to (a country through its demonym, a name after "de").
 */
export function findGenericActors(
  text: string,
  tokens: readonly EntityToken[],
  entities: readonly Entity[],
  roles: ReadonlyArray<{ roleStart: number; end: number; headToken: number; lastToken: number }>,
  gazetteer: Gazetteer,
  lexicon: GenericActorLexicon,
): Entity[] {
  const compiled = compile(lexicon);
  // "le porte-parole de l'armée", "Israeli army spokesman": a head inside a role phrase, other than the role's own head ("des responsables israéliens"), describes the person, not a group.
  const inRole = (start: number, end: number) => roles.some((role) => role.roleStart < end && start < role.end && tokens[role.headToken]?.start !== start);
  const roleStarts = new Set(roles.map((role) => role.roleStart));
  // "army spokesman Avi Cohen", "le juge Ahmed Rifaat": a role before a name is that person's title.
  const titleOfName = (index: number) => roles.some((role) => role.headToken === index && nameAt(tokens[role.lastToken + 1]?.start ?? -1) !== undefined);
  const taken: Array<{ start: number; end: number; entity: Entity }> = [];
  for (const entity of entities) for (const mention of entity.mentions) if (mention.kind !== "demonym" && mention.kind !== "reference") taken.push({ start: mention.start, end: mention.end, entity });
  const overlapsName = (start: number, end: number) => taken.some((span) => span.start < end && start < span.end);
  const nameAt = (start: number) => taken.find((span) => span.start === start && span.entity.type !== "MISC");
  const found: GenericMention[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (!token.isWord) continue;
    let phrase: Phrase | undefined;
    let headEnd = -1;
    let countryCode: string | null = null;
    let demonymToken: EntityToken | null = null;
    for (const candidate of compiled.heads.get(token.folded) ?? []) {
      headEnd = phraseEnd(tokens, i, candidate.words);
      if (headEnd >= 0 && candidate.afterDeterminerOnly && !compiled.determiners.has(tokens[i - 1]?.folded ?? "")) headEnd = -1;
      if (headEnd >= 0) {
        phrase = candidate;
        break;
      }
    }
    // "des milliers de Yéménites", "les Libyens": a plural demonym noun after a determiner or a count is a crowd.
    if (!phrase && token.capitalized && !token.opensSentence && token.folded.endsWith("s") && gazetteer.demonyms.has(token.folded)) {
      const before = tokens[i - 1]?.folded ?? "";
      if (compiled.determiners.has(before) || compiled.quantityPrepositions.has(before) || compiled.quantities.has(before) || DIGITS.test(before)) {
        phrase = { words: [token.folded], key: `crowd:${gazetteer.demonyms.get(token.folded)}`, actorType: lexicon.demonymCrowd, type: "PER" };
        headEnd = i + 1;
        countryCode = gazetteer.demonyms.get(token.folded)!;
        demonymToken = token;
      }
    }
    if (!phrase || overlapsName(token.start, tokens[headEnd - 1]!.end) || inRole(token.start, tokens[headEnd - 1]!.end) || titleOfName(i)) continue;
    // "army spokesman", "government officials": where modifiers precede their noun, a head before another noun qualifies it.
    const following = tokens[headEnd];
    if (lexicon.modifiersBefore && following?.isWord && (compiled.heads.has(following.folded) || roleStarts.has(following.start))) continue;
    let first = i;
    // Modifiers before the head ("Egyptian riot police").
    if (lexicon.modifiersBefore) {
      while (first > 0 && first > i - 3) {
        const previous = tokens[first - 1]!;
        const demonym = gazetteer.demonyms.get(previous.folded);
        if (demonym && !countryCode) {
          countryCode = demonym;
          demonymToken = previous;
        }
        else if (first >= 2 && sideQualifierLength(tokens, first - 2, compiled) === 2) {
          // "pro-Saleh protesters": the prefix and the name it is glued to.
          first -= 2;
          continue;
        } else if (!compiled.qualifiers.get(previous.folded)?.some((words) => words.length === 1) && !sideQualifier(previous, compiled)) break;
        first -= 1;
      }
    }
    const nameStart = first;
    first = openingOf(tokens, first, compiled);
    let last = headEnd - 1;
    if (!lexicon.modifiersBefore) {
      for (let guard = 0; guard < 3; guard += 1) {
        const next = tokens[last + 1];
        if (!next?.isWord) break;
        const demonym = gazetteer.demonyms.get(next.folded);
        if (demonym && !next.capitalized && !countryCode) {
          countryCode = demonym;
          demonymToken = next;
          last += 1;
          continue;
        }
        const side = sideQualifierLength(tokens, last + 1, compiled);
        const qualifierEnd = side > 0 ? last + 1 + side : (compiled.qualifiers.get(next.folded) ?? []).map((words) => phraseEnd(tokens, last + 1, words)).find((end) => end >= 0);
        if (qualifierEnd === undefined) break;
        last = qualifierEnd - 1;
      }
    }
    // "voiture de police", "chief of police": a bare head after "de"/"of" qualifies another noun; "ceux de soldats libyens", a plural qualified group, is one.
    const qualifiedPlural = last > headEnd - 1 && /[sx]$/u.test(phrase.words.at(-1)!);
    if (first === nameStart && compiled.ofPrepositions.has(tokens[first - 1]?.folded ?? "") && !qualifiedPlural) continue;
    let ofEntity: string | null = null;
    // "l'armée de Kadhafi", "la police d'Antalya", "the army of Myanmar".
    if (compiled.ofPrepositions.has(tokens[last + 1]?.folded ?? "")) {
      // "l'armée de la Syrie": a determiner may stand before the name.
      const ownerAt = compiled.determiners.has(tokens[last + 2]?.folded ?? "") && tokens[last + 3]?.capitalized ? last + 3 : last + 2;
      const owner = tokens[ownerAt] ? nameAt(tokens[ownerAt]!.start) : undefined;
      if (owner) {
        ofEntity = owner.entity.id;
        last = tokens.findIndex((candidate) => candidate.start >= owner.end) - 1;
        if (last < 0) last = tokens.length - 1;
      } else {
        // "les policiers du régime", "les partisans de l'opposition": a group of another group, one mention.
        const groupEnd = groupAfter(tokens, last + 2, compiled);
        if (groupEnd >= 0) last = groupEnd - 1;
      }
    }
    found.push({ start: tokens[first]!.start, end: tokens[last]!.end, nameStart: tokens[nameStart]!.start, phrase, countryCode, ofEntity, demonym: demonymToken ? { start: demonymToken.start, end: demonymToken.end } : null });
    i = last;
  }
  return linkGeneric(text, found, entities, gazetteer);
}

/** "pro-Saleh", "anti-régime": a hyphenated word naming the side a group takes. */
function sideQualifier(token: EntityToken, compiled: Compiled): boolean {
  return token.isWord && compiled.qualifierPrefixes.some((prefix) => token.folded.startsWith(prefix) && token.folded.length > prefix.length);
}

/** How many tokens the side a group takes spans at `at`: one for "anti-régime", two for "pro-Saleh" (the tokenizer keeps a name apart from its prefix), else none. */
function sideQualifierLength(tokens: readonly EntityToken[], at: number, compiled: Compiled): number {
  const token = tokens[at];
  if (!token) return 0;
  if (sideQualifier(token, compiled)) return 1;
  const name = tokens[at + 1];
  return token.isWord && name?.start === token.end && compiled.qualifierPrefixes.includes(token.folded) ? 2 : 0;
}

/** Where a group's head after "de"/"du" ends ("du régime", "de l'opposition"), across one determiner; -1 when none stands there. */
function groupAfter(tokens: readonly EntityToken[], at: number, compiled: Compiled): number {
  const start = compiled.determiners.has(tokens[at]?.folded ?? "") ? at + 1 : at;
  for (const candidate of compiled.heads.get(tokens[start]?.folded ?? "") ?? []) {
    const end = phraseEnd(tokens, start, candidate.words);
    if (end >= 0) return end;
  }
  return -1;
}

/** The first token of a generic mention: determiners and counts before its words ("des milliers de", "Plus de 1.400", "D'autres"). */
function openingOf(tokens: readonly EntityToken[], from: number, compiled: Compiled): number {
  let first = from;
  for (let guard = 0; guard < 6 && first > 0; guard += 1) {
    const previous = tokens[first - 1]!;
    const folded = previous.folded;
    const isNumber = DIGITS.test(folded) || ((folded === "." || folded === ",") && DIGITS.test(tokens[first - 2]?.folded ?? "") && DIGITS.test(tokens[first]?.folded ?? ""));
    const countPreposition = compiled.quantityPrepositions.has(folded) && (compiled.quantities.has(tokens[first - 2]?.folded ?? "") || DIGITS.test(tokens[first - 2]?.folded ?? "") || COUNT_OPENERS.has(tokens[first]?.folded ?? ""));
    if (!(compiled.determiners.has(folded) || compiled.quantities.has(folded) || isNumber || countPreposition)) break;
    first -= 1;
  }
  return first;
}

/** Generic mentions as entities, after the named ones; a state named only by a demonym beside a group becomes an entity too ("des milliers de Yéménites"). */
function linkGeneric(text: string, found: readonly GenericMention[], named: readonly Entity[], gazetteer: Gazetteer): Entity[] {
  const entities: Entity[] = [];
  // Ids after the highest named one: the named ids may have gaps (a hashtag's entity dropped).
  const firstId = Math.max(0, ...named.map((entity) => idNumber(entity.id))) + 1;
  const nextId = () => `e${firstId + entities.length}`;
  const countryEntity = (code: string, demonym: { start: number; end: number } | null): string | null => {
    const known = [...named, ...entities].find((entity) => entity.placeKind === "country" && entity.countryCode === code);
    if (known) return known.id;
    const country = gazetteer.countries.get(code);
    if (!country || !demonym) return null;
    const entity: Entity = { id: nextId(), name: country.name, type: "LOC", mentions: [{ ...demonym, text: text.slice(demonym.start, demonym.end), kind: "demonym" }], roles: [], countryCode: code, placeKind: "country" };
    entities.push(entity);
    return entity.id;
  };
  const byKey = new Map<string, Entity>();
  const lastOfHead = new Map<string, Entity>();
  for (const mention of found) {
    const affiliation = mention.ofEntity ?? (mention.countryCode ? countryEntity(mention.countryCode, mention.demonym) : null);
    const key = `${mention.phrase.key}|${affiliation ?? mention.countryCode ?? ""}`;
    let entity = affiliation || mention.countryCode ? byKey.get(key) : (lastOfHead.get(mention.phrase.key) ?? byKey.get(key));
    if (!entity) {
      entity = {
        id: nextId(),
        name: text.slice(mention.nameStart, mention.end).replace(/\s+/gu, " "),
        type: mention.phrase.type,
        mentions: [],
        roles: [],
        countryCode: null,
        placeKind: null,
        generic: true,
        actorType: mention.phrase.actorType,
        affiliation,
      };
      entities.push(entity);
      byKey.set(key, entity);
    }
    lastOfHead.set(mention.phrase.key, entity);
    const entry: EntityMention = { start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end), kind: "reference" };
    entity.mentions.push(entry);
  }
  return entities;
}
