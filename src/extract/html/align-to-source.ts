/**
 * Clean paragraphs → clean text and its offset map, by finding each paragraph in the page's
 * visible source text while ignoring whitespace (extractors re-flow it). Paragraphs are
 * searched in order from where the previous one ended; one that cannot be found (a library
 * rewrote it) is kept without provenance and counted.
 */
import { isWhitespace } from "../../core/is-whitespace.js";
import { TextBuilder, type OffsetMap } from "../../core/offset-map.js";
import type { SourceText } from "./source-text.js";

export interface AlignedText {
  text: string;
  offsetMap: OffsetMap;
  unaligned: number;
}

export function alignToSource(paragraphs: string[], source: SourceText): AlignedText {
  const squeezed = squeeze(source.text);
  const builder = new TextBuilder();
  let cursor = 0;
  let unaligned = 0;
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) builder.appendSynthetic("\n\n");
    const needle = squeeze(paragraph);
    let at = squeezed.text.indexOf(needle.text, cursor);
    if (at === -1) at = squeezed.text.indexOf(needle.text);
    if (at === -1 || needle.text.length === 0) {
      builder.appendSynthetic(paragraph);
      unaligned += 1;
      return;
    }
    appendMapped(builder, paragraph, needle.positions, source, squeezed.positions, at);
    cursor = at + needle.text.length;
  });
  const { text, offsetMap } = builder.build();
  return { text, offsetMap, unaligned };
}

/**
 * Appends a paragraph as runs that are contiguous in the raw markup; other characters are synthetic.
 * The paragraph's k-th non-space character is the squeezed source's (at + k)-th.
 */
function appendMapped(builder: TextBuilder, paragraph: string, nonSpacePositions: Int32Array, source: SourceText, squeezedPositions: Int32Array, at: number): void {
  // rawOf[i] is the raw offset of the paragraph's i-th character, -1 for none (typed, as this runs over every character of every page).
  const rawOf = new Int32Array(paragraph.length).fill(-1);
  const count = nonSpacePositions.length;
  for (let k = 0; k < count; k++) {
    const position = nonSpacePositions[k]!;
    const here = squeezedPositions[at + k]!;
    rawOf[position] = source.rawOffsets[here]!;
    // A single space between two words maps to the source's single whitespace character between them.
    if (k + 1 < count && nonSpacePositions[k + 1] === position + 2 && squeezedPositions[at + k + 1] === here + 2 && isWhitespace(source.text.charCodeAt(here + 1))) {
      rawOf[position + 1] = source.rawOffsets[here + 1]!;
    }
  }
  let runStart = 0;
  for (let i = 1; i <= paragraph.length; i++) {
    const previous = rawOf[i - 1]!;
    const first = rawOf[runStart]!;
    // A mapped run goes on while raw offsets follow each other; unmapped characters are one synthetic run.
    const continues = i < paragraph.length && (first === -1 ? rawOf[i] === -1 : previous !== -1 && rawOf[i] === previous + 1);
    if (continues) continue;
    const piece = paragraph.slice(runStart, i);
    if (first === -1) builder.appendSynthetic(piece);
    else builder.appendCopy(piece, first, previous + 1);
    runStart = i;
  }
}

/** The text without its whitespace, and each remaining character's index in the text. */
function squeeze(text: string): { text: string; positions: Int32Array } {
  const positions = new Int32Array(text.length);
  const runs: string[] = [];
  let count = 0;
  let runStart = -1;
  for (let i = 0; i < text.length; i++) {
    if (isWhitespace(text.charCodeAt(i))) {
      if (runStart !== -1) runs.push(text.slice(runStart, i));
      runStart = -1;
      continue;
    }
    if (runStart === -1) runStart = i;
    positions[count++] = i;
  }
  if (runStart !== -1) runs.push(text.slice(runStart));
  return { text: runs.join(""), positions: positions.subarray(0, count) };
}
