/**
 * Where a run of capitalised words stops being one name, in text whose line breaks were lost
 * (OCR pages, scraped dumps): a headline or byline in capitals runs into the sentence after it
 * ("PASCAL HOFER Assise à l'arrière", "un cyclone en Birmanie PARIS, 15"), and a capitalised
 * conjunction inside a heading ("SUTERMEISTER ET BECK") joins nothing.
 */
import type { EntityToken } from "./entity-tokens.js";

/** A word in capitals this long is shouted, not an acronym ("PARIS" is; "BNP", "IAI" are not). */
const MIN_SHOUTED_LETTERS = 4;

/** Roman numerals are capitals without shouting ("Louis XVIII"). */
const ROMAN_NUMERAL = /^[IVXLC]+$/u;
// The letters only: "O.T.A.N." is an acronym written with periods, not a shouted word.
const isShouted = (token: EntityToken) => token.text.replaceAll(".", "").length >= MIN_SHOUTED_LETTERS && /\p{L}/u.test(token.text) && token.text === token.text.toUpperCase() && !ROMAN_NUMERAL.test(token.text);
const isMixedCase = (token: EntityToken) => token.text !== token.text.toUpperCase();

/** A function word as the lexicon writes it ("Et") or in capitals ("ET"). */
export function isFunctionWord(token: EntityToken, functionWords: ReadonlySet<string>): boolean {
  return functionWords.has(token.text) || functionWords.has(token.text.charAt(0) + token.text.slice(1).toLowerCase());
}

/** Whether `token` cannot continue the name that `previous` ends: a switch between shouted capitals and ordinary case, or a function word. */
export function breaksName(previous: EntityToken, token: EntityToken, functionWords: ReadonlySet<string>): boolean {
  if ((isShouted(previous) && isMixedCase(token) && token.capitalized) || (isMixedCase(previous) && isShouted(token))) return true;
  return isFunctionWord(token, functionWords);
}
