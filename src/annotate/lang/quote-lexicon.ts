/** The shape of a language's quote lexicon (see fr/quote-lexicon.ts). */
export interface QuoteLexicon {
  /** Speech verbs as they follow an auxiliary ("a déclaré") or stand alone in the present ("explique"). */
  speechVerbs: string[];
  /**
   * Verbs that qualify their object with a partial quote ("called the changes “narrow”", "a décrit
   * la situation comme « … »"): they introduce a quote standing after their object, as a speech verb
   * before a quote does, but report no clause.
   */
  namingVerbs: string[];
  /**
   * Present participles of speech verbs that add a clause to their sentence ("X denied the rumours,
   * saying the source was …", "…, ajoutant que …"): the clause is the sentence subject's words.
   */
  participleSpeechVerbs: string[];
  /**
   * Speech verbs that take a clause without a complementiser ("X said he would", "police say
   * alcohol was"); empty where the complementiser is never left out (French "que").
   */
  bareClauseVerbs: string[];
  /** Speech verbs whose addressee may stand before the complementiser ("told Bloomberg News that"). */
  addresseeVerbs: string[];
  /**
   * Verbs of a medium relaying news ("ESPN is reporting that"): a source only before an explicit
   * complementiser; never in an attribution closing a sentence, where a reporter's credit stands
   * ("…, Miller reported.").
   */
  reportingVerbs: string[];
  /** Words that open an adjunct between a speech verb and its complementiser ("said in a statement that", "said Tuesday that"). */
  adjunctOpeners: string[];
  /**
   * Prepositions that make a name a complement inside the subject, not the subject ("Ken Rosenthal
   * of Fox Sports reports", "an attorney with Earthjustice, said"); empty where not needed yet.
   */
  complementPrepositions: string[];
  /** Nouns that refer back to a source already quoted ("la source ajoute", "the paper said"). */
  sourceNouns: string[];
  /** Conjunctions that may open a speaker phrase without being part of it ("But he said", "Et il a déclaré"). */
  conjunctions: string[];
  /** The marker of an infinitive closing words before a speech verb ("We have to" say): no speaker. */
  infinitiveMarkers: string[];
  /** Words after a bare-clause verb that open no clause ("said to be", "said so", "said nothing"). */
  nonClauseOpeners: string[];
  /** Auxiliaries before a past participle ("a", "ont", "avait"). */
  auxiliaries: string[];
  /** Subject pronouns of an inverted attribution ("a-t-il déclaré"), with whether they name a person. */
  pronouns: Record<string, "person" | "unspecified">;
  /** The gender of the person pronouns that tell one ("she", "elle"): a pronoun skips a person whose first name tells the other. */
  pronounGenders: Record<string, "female" | "male">;
  /**
   * Relative words that make the noun before them a quote's source ("le récit de X selon lequel « … »",
   * "X's account, according to which “…”"): the source is the name that noun phrase holds.
   */
  relativeSourceOpeners: string[];
  /** Prepositions that introduce a source ("selon", "d'après"). */
  sourcePrepositions: string[];
  /** Words after which a speaker phrase has ended ("X après la réunion", "X sous couvert d'anonymat"). */
  speakerEnders: string[];
  /** How an inverted subject pronoun is joined to its verb, as a regular-expression source ("a-t-il", "dit-elle"). */
  inversionJoin: string;
  /** Adverbs that may sit between auxiliary, verb and speaker ("a encore déclaré", "explique encore X"). */
  interjectedAdverbs: string[];
  /** Titles before a name ("M.", "Mme"). */
  honorifics: string[];
  /** Capitalised words that start sentences but never names ("Le", "Mais"). */
  sentenceStarters: string[];
  /** Forms of "to be" that make a following participle passive ("est jugé"). */
  passiveAuxiliaries: string[];
  /** The suffix of manner adverbs that may sit between a speech verb and its clause ("catégoriquement"). */
  adverbSuffix: string;
  /** Words that open a reported clause ("que", "qu’"), or a past infinitive ("nie avoir acheté"). */
  complementisers: string[];
  /** Object pronouns that may sit before the verb ("nous explique X"). */
  objectPronouns: string[];
  /**
   * Posts quoted as bare paragraphs ("X tweete :" then the tweet on its own line): verbs that
   * introduce one besides the speech verbs ("partage", "plaisanter"), and nouns that announce one
   * ("traduction", "réaction"); a paragraph ending in a colon without either, a handle or a name
   * before its verb introduces a list, not a quote.
   */
  postVerbs: string[];
  postNouns: string[];
  /** Words that present what follows without a subject ("Voici", "Here is"). */
  presentatives: string[];
  /** Words that open a circumstance before the subject, up to its comma ("En Égypte, X tweete :"). */
  circumstanceOpeners: string[];
  /** Relative pronouns: "X, qui écrit :" has X for subject. */
  relativePronouns: string[];
  /** Words that open a description of a speaker ("le", "cette", "son"): "Le blogueur ajoute :". */
  determiners: string[];
  /** Words that open a group ("les", "plusieurs"): a group introducing tweets leaves each tweet to its account's handle. */
  pluralDeterminers: string[];
  /** The preposition of a passive agent ("tweeté par X"): a participle before it introduces nothing. */
  agentPrepositions: string[];
  /** Words that open a caption or credit line ("Photo", "Source"): metadata, never a quote or a speaker. */
  creditCues: string[];
  /** Words whose presence marks speech in the first or second person: a bare paragraph with one continues a quoted post. */
  personalWords: string[];
  /**
   * An unnamed source in the clause before a quote nobody is named for: indefinite subjects
   * ("certains y voient", "on y entend scander") and things that bear words ("une pancarte : «").
   * The quote then has a source the text leaves unnamed, not none.
   */
  indefiniteSubjects: string[];
  inscriptionNouns: string[];
  /**
   * A speaker described, not named ("Le blogueur ajoute", "the activist said"): a singular
   * definite or demonstrative determiner, then one of the nouns of a person; it is the last
   * person named before it.
   */
  definiteDeterminers: string[];
  personNouns: string[];
}
