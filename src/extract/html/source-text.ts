/**
 * The visible text of raw HTML with, for every character, its offset in the raw markup.
 * This is what clean text is aligned against to map it back to the source (provenance).
 * htmlparser2 reports each text run and each decoded entity with its raw range.
 */
import { Parser } from "htmlparser2";

export interface SourceText {
  /** Text of all text nodes outside script/style, entities decoded. */
  text: string;
  /** rawOffsets[i] is the raw position of text[i] (an entity's chars share its start). */
  rawOffsets: Int32Array;
  /** Deepest element nesting seen, for the too-deep guard. */
  maxDepth: number;
}

const INVISIBLE = new Set(["script", "style", "noscript", "template", "svg", "head"]);
const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);

export function readSourceText(html: string): SourceText {
  const parts: string[] = [];
  const offsets: number[] = [];
  let invisibleDepth = 0;
  let depth = 0;
  let maxDepth = 0;
  const parser: Parser = new Parser(
    {
      onopentagname(name) {
        if (!VOID_ELEMENTS.has(name)) {
          depth += 1;
          if (depth > maxDepth) maxDepth = depth;
        }
        if (INVISIBLE.has(name)) invisibleDepth += 1;
      },
      onclosetag(name) {
        if (!VOID_ELEMENTS.has(name)) depth = Math.max(0, depth - 1);
        if (INVISIBLE.has(name)) invisibleDepth = Math.max(0, invisibleDepth - 1);
      },
      ontext(data) {
        if (invisibleDepth > 0) return;
        const start = parser.startIndex;
        const rawLength = parser.endIndex + 1 - start;
        parts.push(data);
        for (let i = 0; i < data.length; i++) offsets.push(rawLength === data.length ? start + i : start);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return { text: parts.join(""), rawOffsets: Int32Array.from(offsets), maxDepth };
}
