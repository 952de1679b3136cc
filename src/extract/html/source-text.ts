/**
 * The visible text of raw HTML with, for every character, its offset in the raw markup.
 * This is what clean text is aligned against to map it back to the source (provenance).
 * htmlparser2 reports each text run and each decoded entity with its raw range. The pass
 * also sizes the page and stops as soon as it crosses a limit (page-limits.ts): the
 * parser's stack of open elements costs time in proportion to its depth at every tag.
 */
import { Parser } from "htmlparser2";
import { PageSize, type PageLimit } from "./page-limits.js";

export interface SourceText {
  /** Text of all text nodes outside script/style, entities decoded. */
  text: string;
  /** rawOffsets[i] is the raw position of text[i] (an entity's chars share its start). */
  rawOffsets: Int32Array;
}

export type SizedSourceText = (SourceText & { exceeded: null }) | { exceeded: PageLimit; size: PageSize };

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

export function readSourceText(html: string): SizedSourceText {
  const collected = new TextCollector();
  const size = new PageSize();
  let invisibleDepth = 0;
  const parser: Parser = new Parser(
    {
      onopentagname(name) {
        const exceeded = size.open(!VOID_ELEMENTS.has(name));
        if (exceeded) throw new PageLimitReached(exceeded);
        if (INVISIBLE_ELEMENTS.has(name)) invisibleDepth += 1;
      },
      onclosetag(name) {
        if (!VOID_ELEMENTS.has(name)) size.close();
        if (INVISIBLE_ELEMENTS.has(name)) invisibleDepth = Math.max(0, invisibleDepth - 1);
      },
      ontext(data) {
        if (invisibleDepth > 0) return;
        collected.add(data, parser.startIndex, parser.endIndex + 1 - parser.startIndex);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  try {
    parser.write(html);
    parser.end();
  } catch (error) {
    if (!(error instanceof PageLimitReached)) throw error;
    return { exceeded: error.limit, size };
  }
  return { ...collected.build(), exceeded: null };
}
