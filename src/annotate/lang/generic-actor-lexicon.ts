/**
 * The shape of a language's generic actors (see fr/generic-actors.ts): unnamed groups and
 * institutions that act in the news ("les manifestants", "la police soudanaise", "security
 * forces"), each head with the actor type PLOVER and POLECAT code it as. The entity stage makes
 * them entities flagged generic, affiliated to the state a demonym or a complement names.
 */

/** POLECAT-style actor types (its sectors), lowercase: what kind of group acts. */
export type ActorType =
  | "protesters" | "police" | "military" | "government" | "legislature" | "judiciary" | "rebels" | "militants"
  | "civilians" | "activists" | "officials" | "media" | "students" | "journalists" | "opposition" | "international" | "supporters";

export interface GenericActorHead {
  /** Forms of the head, singular and plural, one or more words each ("forces de sécurité"). */
  forms: readonly string[];
  actorType: ActorType;
  /** An institution is an organisation, a group of people is PER. */
  type: "PER" | "ORG";
  /** Forms that are other words too ("général": "secrétaire général", "en général"): a head only right after a determiner ("un général"). */
  afterDeterminerOnly?: boolean;
}

export interface GenericActorLexicon {
  heads: readonly GenericActorHead[];
  /** Determiners that open a generic mention ("les", "des", "the", "some"). */
  determiners: readonly string[];
  /** Words that count a crowd before a preposition ("milliers" de, "thousands" of), and numbers' words. */
  quantities: readonly string[];
  /** The preposition after a quantity ("de", "of"). */
  quantityPrepositions: readonly string[];
  /** Lowercase words that qualify a head inside its mention ("militaire": "la police militaire"; "riot": "riot police"). */
  qualifiers: readonly string[];
  /** Prefixes of hyphenated words that qualify a head by its side ("pro-", "anti-": "les manifestants pro-Saleh", "anti-government protesters"). */
  qualifierPrefixes?: readonly string[];
  /** Prepositions that open the group a head belongs to ("de": "l'armée de Kadhafi"; "of"). */
  ofPrepositions: readonly string[];
  /** Whether qualifiers and demonyms stand before the head ("Egyptian police") rather than after it ("la police égyptienne"). */
  modifiersBefore: boolean;
  /** A plural demonym noun after a determiner or a quantity is a crowd of that country's people ("des milliers de Yéménites"): the actor type it gets. */
  demonymCrowd: ActorType;
}
