/**
 * The last place before `end` where one of `marks` lies whole: what
 * `Math.max(...marks.map((mark) => text.slice(0, end).lastIndexOf(mark)))` gives, found by one
 * walk back from `end` that stops at the nearest mark instead of a search per mark through
 * the whole head (a mark that does not occur, as "! " in most articles, is searched for in vain
 * to the text's start).
 */
export function lastIndexOfAny(text: string, marks: readonly string[], end: number): number {
  for (let index = Math.min(end, text.length) - 1; index >= 0; index -= 1) {
    const code = text.charCodeAt(index);
    for (const mark of marks) if (mark.charCodeAt(0) === code && index + mark.length <= end && text.startsWith(mark, index)) return index;
  }
  return -1;
}
