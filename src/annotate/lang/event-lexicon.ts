/**
 * The shape of a language's event lexicon (see fr/event-lexicon.ts): triggers of PLOVER event
 * categories and modes, and the prepositions that mark an event's other party and its place.
 * PLOVER (openeventdata/PLOVER) has 16 categories; it drops public statements, which recoupe
 * keeps as quotes, not events, so no category is added here.
 */
export type PloverCategory =
  | "AGREE" | "CONSULT" | "SUPPORT" | "CONCEDE" | "COOPERATE" | "AID" | "RETREAT" | "REQUEST"
  | "ACCUSE" | "REJECT" | "THREATEN" | "PROTEST" | "SANCTION" | "MOBILIZE" | "COERCE" | "ASSAULT" | "FIGHT";

export interface EventTrigger {
  /** A regular-expression source matched at word boundaries, case-insensitively ("sign(?:é|e|ent)"). */
  pattern: string;
  category: PloverCategory;
  /** recoupe's mode within the category ("sign-agreement", "visit", "phone-call"). */
  mode: string;
  /** Another pattern that must occur in the same clause for the trigger to count ("accord" for "signé"). */
  requires?: string;
  /** As a noun, what its "de"/"of" complement is: the one who acts ("la visite de Berg", the default) or the one acted upon ("l'arrestation de Rima Dali"). */
  genitive?: "actor" | "target";
  /** Its subject is in the state it names, done to them ("sont en prison"): the subject is a target. */
  subjectUndergoes?: boolean;
  /** The state where it happens is its other party when no other is named ("visit": Berg visited Norway). */
  placeIsTarget?: boolean;
}

/**
 * The words a small clause analyser needs to tell a trigger's subject, object and agent from
 * word order (stages/events/clause-roles.ts), and its polarity and modality (event-modality.ts).
 */
export interface ClauseWords {
  /** Prepositions: a name after one is a complement, never the subject ("avec", "de", "lors de"). */
  prepositions: readonly string[];
  /** Prepositions fused with a determiner ("du", "des", "au"): before a name, prepositions; before a noun, perhaps determiners. */
  contractedPrepositions: readonly string[];
  /** Determiners, which make a trigger a noun ("la visite") and stand between a preposition and its name. */
  determiners: readonly string[];
  /** Adjectives standing between a determiner and its noun ("la violente répression", "le double veto"): the trigger after them is a noun too. */
  prenominalAdjectives?: readonly string[];
  /** Possessive determiners ("son arrestation", "their arrest"): the possessor of an arrest or an attack is who undergoes it. */
  possessiveDeterminers?: readonly string[];
  /** Verbs whose subject undergoes the act named after them ("a reçu 50 coups de fouet", "a subi des tortures", "suffered"). */
  undergoVerbs?: readonly string[];
  /** The preposition of a noun's complement ("de", "of"). */
  genitivePrepositions: readonly string[];
  /** Prepositions of the two sides of a symmetric event ("entre", "between"). */
  betweenPrepositions: readonly string[];
  /** Words opening a subordinate clause, whose subject follows them ("que": "des militants affirment qu'elle a été arrêtée"). */
  complementizers: readonly string[];
  /** Relative pronouns opening a clause about the name before them ("qui", "who"). */
  relativePronouns: readonly string[];
  /** Phrases ending in a preposition that count a name rather than govern it ("jusqu'à un million de personnes", "plus de 1000 policiers", "more than 100 protesters"): the name may be a subject. */
  quantityPhrases?: readonly string[];
  /** Endings of past participles that are passive with no auxiliary, right after a name ("des étudiants arrêtés"); none in English, where "-ed" is also the past tense. */
  pastParticipleEndings?: readonly string[];
  /** Endings of the language's verb forms ("é", "ent", "ait"): a word with none of them before "des" is a noun, whose complement "des …" is ("un reportage vidéo des affrontements"). */
  verbEndings?: readonly string[];
  /** Pronouns before a relative that stand for a whole clause, not a name ("ce qui donne lieu à"): the relative has no named antecedent. */
  clauseAntecedents?: readonly string[];
  /** Words after which a determiner's form is an object pronoun before a verb ("il le tuait", "qui les attaquent", "ne la voit"): the trigger after it is a verb. */
  cliticHosts?: readonly string[];
  /** Conjunctions that open a new clause after a comma (", mais", ", but"): each clause has its own time ("en 1990, mais … rompues en 2000"). */
  clauseConjunctions?: readonly string[];
  /** Words joining coordinated names ("et", "and", "ou"). */
  coordinators: readonly string[];
  /** Subject pronouns standing for the last person or group named ("il", "they"). */
  subjectPronouns: readonly string[];
  /** Those of them that stand for one ("il", "he"): never for a group in the plural. */
  singularPronouns: readonly string[];
  /** Auxiliaries that make a participle passive only with an agent after it ("est", "sont": « sont descendus » is active). */
  weakPassiveMarkers: readonly string[];
  /** The ending of a progressive form, which an auxiliary before it does not make passive ("ing": "was attacking"). */
  progressiveEnding?: string;
  /** Words of negation before a verb or a noun ("ne", "n'", "jamais", "not", "never", "no"). */
  negations: readonly string[];
  /** Words opening an attribution in the sentence ("selon", "d'après", "according to"): what follows is someone's claim. */
  reportCues: readonly string[];
  /** Words of hearsay, claims without a named source ("aurait", "auraient", "reportedly", "allegedly"). */
  hearsayCues: readonly string[];
  /** Phrases that make their subject who did the acts named after them ("Kadhafi, à l'origine du massacre de civils", "responsible for the attack"), whatever stands between. */
  responsibilityPhrases?: readonly string[];
  /** Stems of verbs that lay an act on someone ("accusant X des manifestations", "attribuait un attentat à Y", "blamed X for the attack"): the act named as their object is alleged, not its subject's doing. */
  allegingVerbStems?: readonly string[];
  /** Words tying a verb to the one before as its non-finite clause, whose subject is the one before's ("refusé de tuer", "après avoir refusé", "refused to"); not "à" ("appelé à manifester": the one called does it). */
  controlLinks?: readonly string[];
  /** Indefinite determiners ("un", "a"): "qu'un ministre israélien de la défense mène une visite" stands for the one person so described. */
  indefiniteDeterminers?: readonly string[];
  /** Endings only a finite verb has ("ent", "aient"): a stretch opening with one has its subject left out ("…, utilisent des gaz et arrêtent des journalistes"). */
  finiteVerbEndings?: readonly string[];
  /** The ending of a present participle ("ant", "ing"): "un discours esquissant des réformes" proposes them, as its speaker does. */
  presentParticipleEnding?: string;
  /** Words making what follows planned or intended ("devrait", "prévoit de", "plans to", "will"). */
  plannedCues: readonly string[];
  /** Words opening a condition ("si", "en cas de", "if", "unless"). */
  conditionCues: readonly string[];
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
  /** Grammar words for roles, polarity and modality. */
  clause: ClauseWords;
  /** Prepositions that make a noun trigger an earlier or later event ("depuis la normalisation", "après la signature"): it takes no date or place from the paragraph. */
  backgroundPrepositions: readonly string[];
}
