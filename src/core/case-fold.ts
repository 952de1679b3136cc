/**
 * A character code as a case-insensitive unicode pattern (flags "iu") compares it: two
 * characters such a pattern takes for each other fold alike ("É" and "é"; "ſ" and "s", which
 * toLowerCase alone keeps apart). The converse need not hold ("ı" folds like "i", which "iu"
 * does not match): callers use it to find where a pattern may match, then let the pattern decide.
 */

/**
 * The ranges where case-fold.test.ts checks that claim against every code point: Latin letters
 * with their accents and the punctuation words are written with. A caller folding words of other
 * scripts checks them first (add their range here).
 */
export const FOLD_CHECKED: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x24f],
  [0x1e00, 0x1eff],
  [0x2000, 0x206f],
];

/** Folded code of each BMP code unit, filled in as met; 0 is not yet known. */
const folded = new Uint16Array(0x10000);

export function foldedCode(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  let known = folded[code]!;
  if (known === 0) {
    known = foldChar(String.fromCharCode(code)).charCodeAt(0);
    folded[code] = known;
  }
  return known;
}

/** Through the upper case, which joins "ſ" to "s" and "ς" to "σ"; a character that would become two stays itself. */
function foldChar(char: string): string {
  const upper = char.toUpperCase();
  const lower = (upper.length === 1 ? upper : char).toLowerCase();
  return lower.length === 1 ? lower : char;
}
