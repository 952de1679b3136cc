/**
 * The shape of a language's event lexicon (see fr/event-lexicon.ts): triggers of PLOVER event
 * categories and modes, and the prepositions that mark an event's other party and its place.
 * PLOVER (openeventdata/PLOVER) has 16 categories; it drops public statements, which recoupe
 * keeps as quotes, not events, so no category is added here.
 */
export type PloverCategory =
  | "AGREE" | "CONSULT" | "SUPPORT" | "CONCEDE" | "COOPERATE" | "AID" | "RETREAT" | "REQUEST"
  | "ACCUSE" | "REJECT" | "THREATEN" | "PROTEST" | "SANCTION" | "MOBILIZE" | "COERCE" | "ASSAULT";

export interface EventTrigger {
  /** A regular-expression source matched at word boundaries, case-insensitively ("sign(?:é|e|ent)"). */
  pattern: string;
  category: PloverCategory;
  /** recoupe's mode within the category ("sign-agreement", "visit", "phone-call"). */
  mode: string;
  /** Another pattern that must occur in the same clause for the trigger to count ("accord" for "signé"). */
  requires?: string;
}

export interface EventLexicon {
  /** Most specific first: the first trigger that matches a stretch of text wins it. */
  triggers: readonly EventTrigger[];
  /** Words before the other party ("avec", "à"). */
  targetPrepositions: readonly string[];
  /** Words before the agent of a passive ("par"). */
  agentPrepositions: readonly string[];
  /** Words before where it happened ("à", "au", "en"). */
  placePrepositions: readonly string[];
  /** Auxiliaries of the passive voice ("été"). */
  passiveMarkers: readonly string[];
  /** Prepositions that make a noun trigger an earlier or later event ("depuis la normalisation", "après la signature"): it takes no date or place from the paragraph. */
  backgroundPrepositions: readonly string[];
}
