/**
 * The matches `text.matchAll(pattern)` would list, found by running the pattern only over the
 * stretches of text that could hold one. A stretch is a maximal run of characters of a class;
 * only stretches where a cue occurs are searched. This lists the same matches when
 * - every match of the pattern is made of characters of the class, so it lies in one stretch;
 * - every match holds a match of the cue, and the cue too matches only characters of the class;
 * - the pattern's lookarounds read a character outside the class as they read the string's edge
 *   (so a stretch searched alone matches as in the text), e.g. `(?<![\p{L}])` with a class that
 *   holds every letter.
 * Matches keep the text as their input and their index in it.
 */
import { allMatches } from "./all-matches.js";

export function matchesInCuedStretches(pattern: RegExp, text: string, cue: RegExp, stretchClass: string): RegExpExecArray[] {
  if (!pattern.global || !cue.global) throw new TypeError(`matchesInCuedStretches needs global patterns: ${pattern}, ${cue}`);
  const { stretchStart, stretchEnd } = stretchPatterns(stretchClass);
  const matches: RegExpExecArray[] = [];
  cue.lastIndex = 0;
  for (let found = cue.exec(text); found; found = cue.exec(text)) {
    stretchStart.lastIndex = found.index;
    const start = found.index - stretchStart.exec(text)![1]!.length;
    stretchEnd.lastIndex = found.index;
    const end = found.index + stretchEnd.exec(text)![0].length;
    for (const match of allMatches(pattern, text.slice(start, end))) {
      match.index += start;
      match.input = text;
      matches.push(match);
    }
    // The rest of the stretch has been searched; an empty cue match moves on all the same.
    cue.lastIndex = Math.max(end, found.index + 1);
  }
  cue.lastIndex = 0;
  return matches;
}

const stretchPatternsByClass = new Map<string, { stretchStart: RegExp; stretchEnd: RegExp }>();

/** A stretch's end read forwards from a cue, its start read back by a lookbehind. */
function stretchPatterns(stretchClass: string): { stretchStart: RegExp; stretchEnd: RegExp } {
  let patterns = stretchPatternsByClass.get(stretchClass);
  if (!patterns) {
    patterns = { stretchStart: new RegExp(`(?<=(${stretchClass}*))`, "uy"), stretchEnd: new RegExp(`${stretchClass}*`, "uy") };
    stretchPatternsByClass.set(stretchClass, patterns);
  }
  return patterns;
}
