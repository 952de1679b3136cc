/**
 * An acronym written with periods ("O.T.A.N.", "U.S.", "A.I.R"): capitals each but the last
 * followed by a period, the last one's optional. One shape for the tokenizer, the acronym test,
 * initials glued into one token and the capitalised words before a group.
 */
export interface DottedAcronymShape {
  /** Most letters it may have; any number when absent. */
  maxLetters?: number;
  /** Its last letter takes its period too ("U.S.", not "U.S"): initials before a name are written so. */
  closed?: boolean;
}

/** The shape as a regular expression source, to compose into a larger pattern (flag `u`). */
export function dottedAcronymSource({ maxLetters, closed = false }: DottedAcronymShape = {}): string {
  if (maxLetters !== undefined && maxLetters < 2) throw new Error(`a dotted acronym has two letters or more, not at most ${maxLetters}`);
  const more = maxLetters === undefined ? "+" : `{1,${maxLetters - 1}}`;
  return String.raw`\p{Lu}(?:\.\p{Lu})` + more + (closed ? String.raw`\.` : String.raw`\.?`);
}

const WHOLE_WORD = new RegExp(`^${dottedAcronymSource()}$`, "u");

/** Whether a whole word is an acronym written with periods. */
export function isDottedAcronym(word: string): boolean {
  return WHOLE_WORD.test(word);
}
