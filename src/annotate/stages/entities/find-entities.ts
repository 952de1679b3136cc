/**
 * The entity stage: tokens → proper names, role phrases and country references → entities
 * linked within the article. Each step is its own module; this one only wires them.
 */
import type { Entity, Sentence, TimeExpression } from "../../annotation.js";
import type { EntityLexicon } from "../../lang/entity-lexicon.js";
import { entityTokens } from "./entity-tokens.js";
import { findGenericActors } from "./find-generic-actors.js";
import { findCountryReferences } from "./find-country-references.js";
import { findNameMentions } from "./find-name-mentions.js";
import { findOrganizationReferences } from "./find-organizations.js";
import { findRelationSeats, type RelationWords } from "./find-relation-seats.js";
import { findRolePhrases } from "./find-roles.js";
import { withSocialTags } from "./find-social-tags.js";
import { withBareUserNames } from "./find-user-names.js";
import { fold, gazetteerFor } from "./gazetteer.js";
import { linkEntities } from "./link-entities.js";
import { objectArray, uniformEntity } from "../../uniform-shapes.js";
import { lexiconSets, type LexiconSets } from "./name-evidence.js";
import { firstNameGender, honorificGender } from "./name-gender.js";

export interface EntityContext {
  language: string;
  sentences: readonly Sentence[];
  times: readonly TimeExpression[];
}

const setsByLexicon = new WeakMap<EntityLexicon, { sets: LexiconSets; placePrepositions: Set<string>; stateActNouns: Set<string>; relationWords: RelationWords }>();
const foldedSet = (words: readonly string[]) => new Set(words.map(fold));

export function findEntities(text: string, lexicon: EntityLexicon, context: EntityContext): Entity[] {
  let compiled = setsByLexicon.get(lexicon);
  if (!compiled) {
    const sets = lexiconSets(lexicon);
    compiled = {
      sets,
      relationWords: { relationNouns: foldedSet(lexicon.relationNouns), betweenWords: foldedSet(lexicon.betweenWords), coordinators: sets.coordinators, determiners: sets.definiteDeterminers },
      placePrepositions: foldedSet(lexicon.placePrepositions),
      stateActNouns: foldedSet(lexicon.stateActNouns ?? []),
    };
    setsByLexicon.set(lexicon, compiled);
  }
  const gazetteer = gazetteerFor(lexicon, context.language);
  const tokens = entityTokens(text, context.sentences, { placeKind: (folded) => gazetteer.places.get(folded)?.kind, isFirstName: (folded) => gazetteer.firstNames.has(folded), isPlaceKindNoun: (lower) => compiled.sets.placeKindCues.has(lower) });
  const roles = findRolePhrases(tokens, gazetteer, lexicon);
  const names = findNameMentions(tokens, gazetteer, compiled.sets, context.times, new Set(roles.filter((role) => !role.plural && !role.complemented).map((role) => role.lastToken + 1)));
  const references = findCountryReferences(tokens, gazetteer, lexicon);
  const organizationReferences = findOrganizationReferences(tokens, compiled.sets);
  const relationSeats = findRelationSeats(tokens, names, compiled.relationWords);
  const named = withBareUserNames(text, withSocialTags(text, linkEntities({ text, tokens, names, roles, references, organizationReferences, gazetteer, placePrepositions: compiled.placePrepositions, stateActNouns: compiled.stateActNouns, relationSeats, genders: { honorific: (first) => honorificGender(tokens, first, compiled.sets), firstName: firstNameGender } }), gazetteer), gazetteer);
  if (!lexicon.genericActors) return named;
  const uniform = objectArray(named.map(uniformEntity));
  return [...uniform, ...findGenericActors(text, tokens, uniform, roles, gazetteer, lexicon.genericActors)];
}
