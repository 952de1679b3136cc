/**
 * Maps positions in an article's clean text back to positions in its raw input
 * (the decoded source document: HTML markup, text dump, feed item content).
 *
 * The map is a sorted list of pieces; each piece says that text[textStart, textEnd)
 * came from raw[rawStart, rawEnd). Inside a piece positions are interpolated, which is
 * exact when the piece is a verbatim copy (the common case) and close when the source
 * spelled the same characters differently (an HTML entity, collapsed whitespace).
 */
import type { Span } from "./message.js";

export interface OffsetPiece {
  textStart: number;
  textEnd: number;
  rawStart: number;
  rawEnd: number;
}

export interface OffsetMap {
  pieces: OffsetPiece[];
}

/** Serialised as a flat array of quadruples: compact in JSON and in the database. */
export function serializeOffsetMap(map: OffsetMap): number[] {
  const flat: number[] = [];
  for (const p of map.pieces) flat.push(p.textStart, p.textEnd, p.rawStart, p.rawEnd);
  return flat;
}

export function deserializeOffsetMap(flat: readonly number[]): OffsetMap {
  if (flat.length % 4 !== 0) throw new Error(`offset map has ${flat.length} numbers, not a multiple of 4`);
  const pieces: OffsetPiece[] = [];
  for (let i = 0; i < flat.length; i += 4) {
    pieces.push({ textStart: flat[i]!, textEnd: flat[i + 1]!, rawStart: flat[i + 2]!, rawEnd: flat[i + 3]! });
  }
  return { pieces };
}

/**
 * Raw position of a clean-text position; null when the position was produced by the extractor
 * (a separator). Where two pieces touch, a span's start belongs to the piece that begins there
 * and its end to the piece that ends there: `bias` says which one the position is.
 */
export function toRawOffset(map: OffsetMap, textOffset: number, bias: "start" | "end" = "start"): number | null {
  const pieces = map.pieces;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid]!;
    const before = bias === "start" ? textOffset < p.textStart : textOffset <= p.textStart && p.textEnd > p.textStart;
    const after = bias === "start" ? textOffset >= p.textEnd && p.textEnd > p.textStart : textOffset > p.textEnd;
    if (before) hi = mid - 1;
    else if (after) lo = mid + 1;
    else {
      const textLength = p.textEnd - p.textStart;
      if (textLength === 0) return p.rawStart;
      const ratio = (textOffset - p.textStart) / textLength;
      return p.rawStart + Math.round(ratio * (p.rawEnd - p.rawStart));
    }
  }
  return null;
}

/** Raw span of a clean-text span, or null when either end falls outside every piece. */
export function toRawSpan(map: OffsetMap, span: Span): Span | null {
  const start = toRawOffset(map, span.start, "start");
  const end = toRawOffset(map, span.end, "end");
  return start === null || end === null ? null : { start, end };
}

/**
 * Builds a map while text is assembled from slices of the raw input.
 * `appendCopy` adds a raw slice verbatim; `appendSynthetic` adds extractor text
 * (paragraph breaks) that has no raw origin.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly pieces: OffsetPiece[] = [];
  private length = 0;

  appendCopy(text: string, rawStart: number, rawEnd: number = rawStart + text.length): void {
    if (text.length === 0) return;
    this.pieces.push({ textStart: this.length, textEnd: this.length + text.length, rawStart, rawEnd });
    this.parts.push(text);
    this.length += text.length;
  }

  appendSynthetic(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  get textLength(): number {
    return this.length;
  }

  build(): { text: string; offsetMap: OffsetMap } {
    return { text: this.parts.join(""), offsetMap: { pieces: this.pieces } };
  }
}
