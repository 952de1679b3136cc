/**
 * The excerpt shown with a search hit, cut from the original text (the index only holds
 * normalised terms): the window with the most matched words, matches between « and ».
 */
import { normalizeWord, tokenize } from "../core/terms.js";

const SNIPPET_CHARS = 160;

export function makeSnippet(text: string, language: string | null, wanted: Set<string>): string {
  const tokens = tokenize(text);
  const hits = tokens.filter((token) => wanted.has(normalizeWord(token.text, language)) || wanted.has(normalizeWord(token.text, null)));
  if (hits.length === 0) return ellipsis(text, 0, Math.min(text.length, SNIPPET_CHARS));
  let best = { start: hits[0]!.start, count: 0 };
  for (let i = 0, j = 0; i < hits.length; i++) {
    while (j < hits.length && hits[j]!.end - hits[i]!.start <= SNIPPET_CHARS) j++;
    if (j - i > best.count) best = { start: hits[i]!.start, count: j - i };
  }
  const start = Math.max(0, wordStartBefore(text, best.start - 30));
  const end = Math.min(text.length, start + SNIPPET_CHARS);
  let marked = "";
  let cursor = start;
  for (const hit of hits) {
    if (hit.start < start || hit.end > end) continue;
    marked += `${text.slice(cursor, hit.start)}«${text.slice(hit.start, hit.end)}»`;
    cursor = hit.end;
  }
  return ellipsis(text, start, end, marked + text.slice(cursor, end));
}

function wordStartBefore(text: string, position: number): number {
  if (position <= 0) return 0;
  const space = text.lastIndexOf(" ", position);
  return space === -1 ? 0 : space + 1;
}

function ellipsis(text: string, start: number, end: number, body = text.slice(start, end)): string {
  return `${start > 0 ? "…" : ""}${body.replace(/\s+/gu, " ").trim()}${end < text.length ? "…" : ""}`;
}
