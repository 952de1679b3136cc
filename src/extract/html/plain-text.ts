/**
 * The visible text of a page past the limits for a DOM (page-limits.ts), read by htmlparser2's
 * tokenizer alone: no stack of open elements, so linear at any depth. Block elements
 * separate paragraphs; reading stops once `maxChars` characters of text are collected.
 */
import { Tokenizer } from "htmlparser2";
import { BLOCK_ELEMENTS } from "./paragraph-walk.js";
import { INVISIBLE_ELEMENTS, TextCollector, type SourceText } from "./source-text.js";

/** How alignToSource joins paragraphs. */
const PARAGRAPH_BREAK = "\n\n";

export interface PlainText extends SourceText {
  /** Text positions where a block element opens or closes, ascending. */
  blockBreaks: number[];
  /** Whether reading stopped at `maxChars`. */
  truncated: boolean;
}

export function readPlainText(html: string, maxChars: number): PlainText {
  const collected = new TextCollector();
  const blockBreaks: number[] = [];
  let invisibleDepth = 0;
  let inHead = false;
  let tagName = "";
  /** Where the last token ended: a decoded entity starts there. */
  let cursor = 0;
  let truncated = false;
  const add = (data: string, start: number, rawLength: number) => {
    if (invisibleDepth > 0 || truncated) return;
    if (collected.length + data.length > maxChars) {
      truncated = true;
      tokenizer.pause();
      if (rawLength === data.length) collected.add(data.slice(0, maxChars - collected.length), start, maxChars - collected.length);
      return;
    }
    collected.add(data, start, rawLength);
  };
  const blockBreak = (name: string) => {
    if (BLOCK_ELEMENTS.has(name) && blockBreaks[blockBreaks.length - 1] !== collected.length) blockBreaks.push(collected.length);
  };
  const opened = (name: string) => {
    blockBreak(name);
    // An unclosed <head> ends where <body> starts, as in a browser.
    if (name === "body" && inHead) closed("head");
    if (name === "head") inHead = true;
    if (INVISIBLE_ELEMENTS.has(name)) invisibleDepth += 1;
  };
  const closed = (name: string) => {
    blockBreak(name);
    if (name === "head") inHead = false;
    if (INVISIBLE_ELEMENTS.has(name)) invisibleDepth = Math.max(0, invisibleDepth - 1);
  };
  const skipTo = (end: number) => {
    cursor = end + 1;
  };
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      ontext(start, end) {
        add(html.slice(start, end), start, end - start);
        cursor = end;
      },
      ontextentity(codePoint, end) {
        add(String.fromCodePoint(codePoint), cursor, end - cursor);
        cursor = end;
      },
      onopentagname(start, end) {
        tagName = html.slice(start, end).toLowerCase();
        opened(tagName);
      },
      onopentagend: skipTo,
      onselfclosingtag(end) {
        if (INVISIBLE_ELEMENTS.has(tagName)) closed(tagName);
        skipTo(end);
      },
      onclosetag(start, end) {
        closed(html.slice(start, end).toLowerCase());
        skipTo(end);
      },
      oncomment: (_start, end) => skipTo(end),
      oncdata: (_start, end) => skipTo(end),
      ondeclaration: (_start, end) => skipTo(end),
      onprocessinginstruction: (_start, end) => skipTo(end),
      onattribname() {},
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  if (!truncated) tokenizer.end();
  return { ...collected.build(), blockBreaks, truncated };
}

/**
 * Paragraphs of plain text: runs between block elements and blank lines, whitespace collapsed,
 * as many as fit in `maxChars` once joined; `truncated` when some text was left out.
 */
export function plainTextParagraphs(plain: PlainText, maxChars: number): { paragraphs: string[]; truncated: boolean } {
  const { text, blockBreaks } = plain;
  const bounds = [0, ...blockBreaks, text.length];
  const paragraphs: string[] = [];
  let length = 0;
  for (let i = 1; i < bounds.length; i++) {
    for (const part of text.slice(bounds[i - 1], bounds[i]).split(/\n\s*\n/u)) {
      const paragraph = part.replace(/\s+/gu, " ").trim();
      if (!paragraph) continue;
      length += paragraph.length + (paragraphs.length > 0 ? PARAGRAPH_BREAK.length : 0);
      if (length > maxChars) return { paragraphs, truncated: true };
      paragraphs.push(paragraph);
    }
  }
  return { paragraphs, truncated: plain.truncated };
}
