/**
 * Text wrapped at a fixed width (OCR output, old text dumps, e-mail): every line is a block to the
 * dump rules, and a 40-character line is too short to be prose, so the article was thrown away as
 * boilerplate. Such a dump is recognised by its line lengths and the lines of each paragraph are
 * joined back, words split at a line end glued together, before the dump rules run.
 */
import type { ExtractionCues } from "../lang/cues.js";
import type { BlockPart, TextBlock } from "./blocks.js";
import { isHyphenatedCompound } from "./known-words.js";

/** Fewer lines than this say nothing about a wrap width. */
const MIN_WRAPPED_LINES = 3;
/** Wrapped text is wrapped to a column; wider "lines" are paragraphs that were never wrapped. */
const MIN_WRAP_WIDTH = 20;
const MAX_WRAP_WIDTH = 100;
/** The wrap width is the length that this share of the lines does not exceed (a few lines overflow it). */
const WIDTH_PERCENTILE = 0.9;
/** A wrapped line ends within this share of the width from it: the next word did not fit (8 characters at 40). */
const NEAR_WIDTH_SLACK = 0.2;
/** Most lines that continue a paragraph are full; a poem's or a list's lines mostly are not. */
const MIN_FULL_LINE_SHARE = 0.6;
/**
 * After a line that stops mid-sentence, wrapped prose goes on in lower case (names aside);
 * verse and lists start every line with a capital, a number or a bullet.
 */
const MIN_LOWERCASE_CONTINUATION_SHARE = 0.5;

const SENTENCE_END = /[.!?…]["»”’)\]]*$/u;
/** A line end where a word was split: a letter, then a hyphen (or the soft hyphen OCR keeps). */
const SPLIT_WORD_END = /\p{L}[-\u00ad\u2010¬]$/u;
const LOWERCASE_START = /^\p{Ll}/u;
/** "d'", "l’", "qu'" at a line end: the elided word is glued to the next line's word. */
const ELIDED_WORD_END = /(?:^|[^\p{L}])\p{L}{1,2}['’]$/u;
/** A line ending on a short lower-case word ("du", "of", "la") stops mid-phrase; no heading or paragraph ends so. */
const DANGLING_SHORT_WORD = /(?:^|\s)\p{Ll}{1,3}$/u;
/** Bullets, dialogue dashes and numbered items start a new block, whatever the width. */
const LIST_ITEM_START = /^(?:[-–—•*·▪●]\s|\d{1,3}[.)]\s)/u;

interface Line {
  start: number;
  end: number;
  text: string;
  /** Length including the indentation, as the wrap width counts it. */
  width: number;
  afterBlank: boolean;
}

export interface Rewrapped {
  blocks: TextBlock[];
  width: number;
}

/** The dump's paragraphs when its lines are wrapped at a fixed width; null when they are not. */
export function rejoinHardWrappedLines(raw: string, cuesList: ExtractionCues[]): Rewrapped | null {
  const lines = readLines(raw);
  const width = wrapWidth(lines);
  if (width === null) return null;
  const full = lines.map((line, index) => fullness(line, lines[index + 1], width));
  if (!looksWrapped(lines, full)) return null;
  const blocks: TextBlock[] = [];
  let parts: BlockPart[] = [];
  let text = "";
  const flush = () => {
    if (parts.length === 0) return;
    blocks.push({ start: parts[0]!.start, end: parts.at(-1)!.end, text, segmentsInLine: 1, ...(parts.length > 1 ? { parts } : {}) });
    parts = [];
    text = "";
  };
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    const join = previous !== undefined && parts.length > 0 ? joinWithPrevious(previous, line, full[index - 1] ?? null, parts.length === 1 && (index === 1 || previous.afterBlank), raw, cuesList) : "break";
    if (join === "break") {
      flush();
      parts.push({ start: line.start, end: line.end, spaceBefore: false });
      text = line.text;
      return;
    }
    if (join === "drop-hyphen") {
      parts[parts.length - 1]!.end -= 1;
      text = text.slice(0, -1);
    }
    parts.push({ start: line.start, end: line.end, spaceBefore: join === "space" });
    text += (join === "space" ? " " : "") + line.text;
  });
  flush();
  return { blocks, width };
}

function readLines(raw: string): Line[] {
  const lines: Line[] = [];
  let afterBlank = false;
  let lineStart = 0;
  for (const lineBreak of [...raw.matchAll(/\r\n|\r|\n/gu), { index: raw.length, 0: "" }]) {
    const untrimmed = raw.slice(lineStart, lineBreak.index).trimEnd();
    const text = untrimmed.trimStart();
    if (text.length > 0) {
      const start = lineStart + untrimmed.length - text.length;
      lines.push({ start, end: start + text.length, text, width: untrimmed.length, afterBlank });
      afterBlank = false;
    } else if (lines.length > 0) {
      afterBlank = true;
    }
    lineStart = lineBreak.index + lineBreak[0].length;
  }
  return lines;
}

function wrapWidth(lines: Line[]): number | null {
  if (lines.length < MIN_WRAPPED_LINES) return null;
  const widths = lines.map((line) => line.width).sort((a, b) => a - b);
  const width = widths[Math.ceil(WIDTH_PERCENTILE * widths.length) - 1]!;
  return width >= MIN_WRAP_WIDTH && width <= MAX_WRAP_WIDTH ? width : null;
}

/**
 * "tight": the next line's first word would not have fitted on this line, so a wrapper broke it;
 * "near": only ends near the width, which OCR's uneven character widths also give.
 */
type Fullness = "tight" | "near" | null;

function fullness(line: Line, next: Line | undefined, width: number): Fullness {
  const nextWord = next && !next.afterBlank ? /^\S+/u.exec(next.text)![0] : null;
  if (nextWord !== null && line.width + 1 + nextWord.length > width) return "tight";
  return line.width >= width * (1 - NEAR_WIDTH_SLACK) ? "near" : null;
}

function looksWrapped(lines: Line[], full: Fullness[]): boolean {
  let followed = 0;
  let fullFollowed = 0;
  let midSentence = 0;
  let lowercaseContinuations = 0;
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    if (!next || next.afterBlank) return;
    followed += 1;
    if (full[index]) fullFollowed += 1;
    if (SENTENCE_END.test(line.text)) return;
    midSentence += 1;
    if (LOWERCASE_START.test(next.text)) lowercaseContinuations += 1;
  });
  if (followed === 0 || fullFollowed / followed < MIN_FULL_LINE_SHARE) return false;
  return midSentence > 0 && lowercaseContinuations / midSentence >= MIN_LOWERCASE_CONTINUATION_SHARE;
}

/** "glue": no space, the line break fell inside a word ("porte-/parole", "d'/entre"). */
type Join = "break" | "space" | "glue" | "drop-hyphen";

/** How `line` attaches to the paragraph that `previous` ends; `previousOpensSection` when that paragraph is the line alone, first in the dump or after a blank line. */
function joinWithPrevious(previous: Line, line: Line, previousFull: Fullness, previousOpensSection: boolean, raw: string, cuesList: ExtractionCues[]): Join {
  if (line.afterBlank || LIST_ITEM_START.test(line.text)) return "break";
  if (SPLIT_WORD_END.test(previous.text) && LOWERCASE_START.test(line.text)) {
    return isHyphenatedCompound(splitWord(previous.text), /^\p{L}+/u.exec(line.text)?.[0] ?? "", raw, cuesList) ? "glue" : "drop-hyphen";
  }
  if (ELIDED_WORD_END.test(previous.text)) return "glue";
  // A sentence that ends a line ends its paragraph unless the next word could not have fitted.
  if (SENTENCE_END.test(previous.text)) return previousFull === "tight" ? "space" : "break";
  if (LOWERCASE_START.test(line.text) || DANGLING_SHORT_WORD.test(previous.text)) return "space";
  // A headline (first in the dump or after a blank line) stands alone before a capitalised line, even when long.
  if (previousOpensSection) return "break";
  return previousFull !== null ? "space" : "break";
}

/** The fragment before the hyphen, back to the previous space ("porte" in "le porte-"). */
function splitWord(lineText: string): string {
  return /[^\s]*$/u.exec(lineText.slice(0, -1))![0];
}
