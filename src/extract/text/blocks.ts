/**
 * A plain-text dump → blocks with their raw offsets. Lines are blocks; a line that a scraper
 * glued together from many links (headlines separated by runs of spaces or non-breaking
 * spaces) is split into segments, remembered as such because segments are navigation.
 */
export interface TextBlock {
  /** Raw offsets of the trimmed block. */
  start: number;
  end: number;
  text: string;
  /** How many segments its line was split into (1 for an ordinary line). */
  segmentsInLine: number;
  /**
   * For a paragraph rejoined from hard-wrapped lines (hard-wrap.ts): the raw spans of its lines, in
   * order. `text` is them joined, with one space where `spaceBefore` and nothing where a word split
   * at the line end was glued back. Absent for an ordinary block, whose text is raw[start, end).
   */
  parts?: BlockPart[];
}

export interface BlockPart {
  start: number;
  end: number;
  spaceBefore: boolean;
}

/** The raw spans a block's text is made of, whatever its kind. */
export function partsOf(block: TextBlock): BlockPart[] {
  return block.parts ?? [{ start: block.start, end: block.end, spaceBefore: false }];
}

/**
 * The block's text from `textOffset` on, as a block of its own (a paragraph glued after a date stamp),
 * or null when only whitespace is left.
 */
export function blockTail(block: TextBlock, textOffset: number): TextBlock | null {
  const rest = block.text.slice(textOffset);
  const text = rest.trim();
  if (text.length === 0) return null;
  const from = textOffset + (rest.length - rest.trimStart().length);
  const parts: BlockPart[] = [];
  let textAt = 0;
  for (const part of partsOf(block)) {
    textAt += part.spaceBefore ? 1 : 0;
    const partEnd = textAt + part.end - part.start;
    if (partEnd > from) parts.push(parts.length === 0 ? { start: part.start + Math.max(0, from - textAt), end: part.end, spaceBefore: false } : part);
    textAt = partEnd;
  }
  const start = parts[0]!.start;
  return { start, end: parts.at(-1)!.end, text, segmentsInLine: block.segmentsInLine, ...(parts.length > 1 ? { parts } : {}) };
}

/** Runs of 3+ spaces/NBSPs separate glued links; 2 happen inside ordinary sloppy lines. */
const SEGMENT_SEPARATOR = /[ \u00a0\t]{3,}/g;

export function segmentBlocks(raw: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const linePattern = /[^\r\n]+/g;
  for (let line = linePattern.exec(raw); line; line = linePattern.exec(raw)) {
    const segments = splitSegments(line[0], line.index);
    for (const segment of segments) blocks.push({ ...segment, segmentsInLine: segments.length });
  }
  return blocks;
}

function splitSegments(line: string, lineStart: number): Array<Omit<TextBlock, "segmentsInLine">> {
  const segments: Array<Omit<TextBlock, "segmentsInLine">> = [];
  let cursor = 0;
  const push = (from: number, to: number) => {
    const piece = line.slice(from, to);
    const leading = piece.length - piece.trimStart().length;
    const text = piece.trim();
    if (text.length > 0) segments.push({ start: lineStart + from + leading, end: lineStart + from + leading + text.length, text });
  };
  SEGMENT_SEPARATOR.lastIndex = 0;
  for (let separator = SEGMENT_SEPARATOR.exec(line); separator; separator = SEGMENT_SEPARATOR.exec(line)) {
    push(cursor, separator.index);
    cursor = separator.index + separator[0].length;
  }
  push(cursor, line.length);
  return segments;
}
