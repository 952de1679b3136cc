/**
 * The shape of a language's attribute lexicon (see fr/attribute-lexicon.ts): what claims say of
 * a thing rather than what someone did — the kind of instrument an agreement is, the domains it
 * covers, and that something is a first. Patterns are regular-expression sources matched
 * case-insensitively at word boundaries; values are language-independent keys, so the same
 * attribute reported in two languages aligns.
 */

/** A word or phrase and the language-independent key it stands for. */
export interface KeyedPattern {
  key: string;
  pattern: string;
}

export interface AttributeLexicon {
  /** Nouns of what attributes are said of, by concept: "agreement" (accord, protocole…), "visit" (visite, voyage…). */
  subjects: readonly KeyedPattern[];
  /** Named kinds of agreement, most specific first ("memorandum-of-understanding" ← "protocole d'accord"). */
  instruments: readonly KeyedPattern[];
  /** Domains an agreement or a cooperation covers ("intelligence" ← "renseignement(s)"). */
  domains: readonly KeyedPattern[];
  /** Words that make a sentence about the scope of a cooperation ("coopération", "partenariat"), besides the agreement nouns. */
  scopeCues: readonly string[];
  /**
   * Statements that something is a first. A named group `head` captures the noun it is said of
   * when the phrase holds it ("la première visite officielle"); otherwise the nearest subject
   * noun before it in the sentence is ("ce protocole, le premier du genre"), or after it when
   * the phrase opens a clause about it (`subjectAfter`: "c'est la première fois qu'une visite…").
   */
  firsts: ReadonlyArray<{ pattern: string; subjectAfter?: boolean }>;
}
