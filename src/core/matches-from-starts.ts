/**
 * The matches `text.matchAll(pattern)` would list, found by trying a sticky pattern only at
 * given positions. Unanchored, a pattern that opens on an alternation of many words is tried
 * at every position of the text; when the caller knows every position where a match can start
 * (the words of a lexicon, the commas), trying only those lists the same matches: matchAll
 * takes the leftmost match at or after the previous one's end, and a sticky pattern tried at a
 * position matches there exactly as the global one would.
 */
import { nextIndex } from "./all-matches.js";

/** `starts` must be ascending and hold every position where `sticky` can match (more do no harm). */
export function matchesFromStarts(sticky: RegExp, text: string, starts: Iterable<number>): RegExpExecArray[] {
  if (!sticky.sticky || sticky.global) throw new TypeError(`matchesFromStarts needs a sticky, non-global pattern: ${sticky}`);
  const unicode = /[uv]/u.test(sticky.flags);
  const matches: RegExpExecArray[] = [];
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    sticky.lastIndex = start;
    const match = sticky.exec(text);
    if (!match) continue;
    matches.push(match);
    const end = match.index + match[0].length;
    from = match[0] === "" ? nextIndex(text, end, unicode) : end;
  }
  return matches;
}

/** The sticky twin of a pattern, for matchesFromStarts. */
export function stickyPattern(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, `${pattern.flags.replace("g", "")}y`);
}
