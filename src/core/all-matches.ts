/**
 * Every match of a global pattern in a text, as `text.matchAll(pattern)` lists them. matchAll
 * copies the pattern on each call, which dominates loops that run a few patterns over each
 * sentence; this runs the pattern itself from the start (the pattern's lastIndex ends at 0).
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`);
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match moves on by one character (a whole code point in unicode mode), as matchAll does.
    if (match[0] === "") pattern.lastIndex = nextIndex(text, pattern.lastIndex, /[uv]/u.test(pattern.flags));
  }
  return matches;
}

/** The index after the character at `index`: past a surrogate pair in unicode mode. */
export function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  const second = text.charCodeAt(index + 1);
  return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}
