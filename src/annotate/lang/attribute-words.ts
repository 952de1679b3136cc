/**
 * How a language names the keys of its attribute lexicon to a reader (see fr/attribute-lexicon.ts):
 * "memorandum-of-understanding" is « protocole d'accord » in French, "memorandum of
 * understanding" in English. A French noun carries its gender and number, which pick its article.
 */
export interface AttributeNoun {
  word: string;
  feminine?: boolean;
  plural?: boolean;
}

export interface AttributeWords {
  /** What attributes are said of: the lexicon's subject keys, and "event" and "story". */
  subjects: Readonly<Record<string, AttributeNoun>>;
  instruments: Readonly<Record<string, AttributeNoun>>;
  domains: Readonly<Record<string, AttributeNoun>>;
}
