/** Whether a UTF-16 code unit is what `\s` matches, from a table filled in as code units are met (hot loops call it per character). */
const WHITESPACE = /^\s$/u;
/** Per BMP code unit: 0 unknown, 1 whitespace, 2 not. */
const whitespace = new Uint8Array(0x10000);

export function isWhitespace(code: number): boolean {
  let known = whitespace[code]!;
  if (known === 0) whitespace[code] = known = WHITESPACE.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}
