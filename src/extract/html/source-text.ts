/**
 * One htmlparser2 pass over a page's raw HTML builds its DOM (a domhandler document, which the
 * metadata readers and the body's fast step read) and collects its visible text with, for every
 * character, its offset in the raw markup: what clean text is aligned against to map it back to
 * the source (provenance). htmlparser2 reports each text run and each decoded entity with its raw
 * range; the offsets are taken from those callbacks, since the DOM merges adjacent text nodes.
 * The pass also sizes the page and stops as soon as it crosses a limit (page-limits.ts): the
 * parser's stack of open elements costs time in proportion to its depth at every tag.
 */
import { type Document, DomHandler } from "domhandler";
import { Parser } from "htmlparser2";
import { PageSize, type PageLimit } from "./page-limits.js";

export interface SourceText {
  /** Text of all text nodes outside script/style, entities decoded. */
  text: string;
  /** rawOffsets[i] is the raw position of text[i] (an entity's chars share its start). */
  rawOffsets: Int32Array;
}

/** A page within the limits: its DOM and its source text; past them, the limit it crossed and its size so far. */
export type ParsedPage = (SourceText & { document: Document; exceeded: null }) | { exceeded: PageLimit; size: PageSize };

export const INVISIBLE_ELEMENTS = new Set(["script", "style", "noscript", "template", "svg", "head"]);
const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);

/** Text runs and their raw offsets, collected in order. */
export class TextCollector {
  private readonly parts: string[] = [];
  private offsets = new Int32Array(1024);
  length = 0;

  /** A run of text whose raw form starts at `start` and is `rawLength` long (longer than the text for an entity). */
  add(data: string, start: number, rawLength: number): void {
    this.parts.push(data);
    if (this.length + data.length > this.offsets.length) {
      const grown = new Int32Array(Math.max(this.offsets.length * 2, this.length + data.length));
      grown.set(this.offsets.subarray(0, this.length));
      this.offsets = grown;
    }
    for (let i = 0; i < data.length; i++) this.offsets[this.length + i] = rawLength === data.length ? start + i : start;
    this.length += data.length;
  }

  build(): SourceText {
    return { text: this.parts.join(""), rawOffsets: this.offsets.slice(0, this.length) };
  }
}

class PageLimitReached extends Error {
  constructor(readonly limit: PageLimit) {
    super(limit);
  }
}

/** Builds the DOM as DomHandler does, and on the same callbacks sizes the page and collects its visible text. */
class PageHandler extends DomHandler {
  readonly collected = new TextCollector();
  readonly size = new PageSize();
  private invisibleDepth = 0;
  private source: Parser | null = null;

  override onparserinit(parser: Parser): void {
    super.onparserinit(parser);
    this.source = parser;
  }

  onopentagname(name: string): void {
    const exceeded = this.size.open(!VOID_ELEMENTS.has(name));
    if (exceeded) throw new PageLimitReached(exceeded);
    if (INVISIBLE_ELEMENTS.has(name)) this.invisibleDepth += 1;
  }

  override onclosetag(name?: string): void {
    super.onclosetag();
    if (!name) return;
    if (!VOID_ELEMENTS.has(name)) this.size.close();
    if (INVISIBLE_ELEMENTS.has(name)) this.invisibleDepth = Math.max(0, this.invisibleDepth - 1);
  }

  override ontext(data: string): void {
    super.ontext(data);
    if (this.invisibleDepth > 0) return;
    const parser = this.source!;
    this.collected.add(data, parser.startIndex, parser.endIndex + 1 - parser.startIndex);
  }
}

export function parsePage(html: string): ParsedPage {
  const handler = new PageHandler();
  const parser = new Parser(handler, { decodeEntities: true, lowerCaseTags: true });
  try {
    parser.write(html);
    parser.end();
  } catch (error) {
    if (!(error instanceof PageLimitReached)) throw error;
    return { exceeded: error.limit, size: handler.size };
  }
  return { ...handler.collected.build(), document: handler.root, exceeded: null };
}
