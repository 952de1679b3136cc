/**
 * How big a page may be for its DOM to be built and read as an article. The DOM work
 * (linkedom, Readability, the boilerplate rules) grows with the number of elements and with
 * their depth; past these limits a page is no news article, and only its plain text is kept.
 */
import { message, type Message } from "../../core/message.js";

/**
 * Browsers flatten nesting past a few hundred levels (Chrome's parser at 512); deeper pages are
 * broken or hostile, and DOM code recurses. extraction-en-dev's 181 pages are at most 51 deep.
 */
export const MAX_NESTING_DEPTH = 256;
/**
 * News pages hold a few thousand elements (extraction-en-dev's at most 1,600); Readability
 * over linkedom spends about 50–100 µs on each, so this is a second or two.
 */
export const MAX_ELEMENTS = 20_000;
/**
 * For each element, Readability reads the text of each of its descendants' subtrees, so its
 * work grows with the sum of the squares of the elements' depths (a chain of elements costs its
 * depth cubed: 400 levels took a second). This allows 20,000 elements 32 levels deep on average
 * (root mean square); extraction-en-dev's pages reach 435,000, 21 levels deep on average.
 */
const MAX_AVERAGE_DEPTH = 32;
export const MAX_NESTING_WORK = MAX_ELEMENTS * MAX_AVERAGE_DEPTH ** 2;
/** Past a limit, no more visible text than this is kept (a very long article is 100,000 characters), so annotation stays bounded too. */
export const MAX_PLAIN_TEXT_CHARS = 500_000;

export type PageLimit = "depth" | "elements" | "nesting-work";

/** Counts elements as a parser opens them, and says which limit a page has just crossed. */
export class PageSize {
  depth = 0;
  elements = 0;
  /** The sum of the squares of the elements' depths. */
  nestingWork = 0;

  /** An element opens; `nests` is false for void elements, which hold nothing. */
  open(nests: boolean): PageLimit | null {
    this.elements += 1;
    this.nestingWork += (this.depth + 1) ** 2;
    if (nests) this.depth += 1;
    if (this.depth > MAX_NESTING_DEPTH) return "depth";
    if (this.elements > MAX_ELEMENTS) return "elements";
    return this.nestingWork > MAX_NESTING_WORK ? "nesting-work" : null;
  }

  close(): void {
    this.depth = Math.max(0, this.depth - 1);
  }
}

/** The warning of a page read as plain text because it crossed `limit`. */
export function pageLimitMessage(source: string, limit: PageLimit, size: PageSize, truncated: boolean): Message {
  const what =
    limit === "depth"
      ? ["html-too-deep", `HTML nested more than ${MAX_NESTING_DEPTH} levels deep`]
      : limit === "elements"
        ? ["html-too-large", `more than ${MAX_ELEMENTS.toLocaleString("en")} HTML elements, beyond any news article`]
        : ["html-too-large", `${size.elements.toLocaleString("en")} HTML elements nested ${Math.round(Math.sqrt(size.nestingWork / size.elements))} levels deep on average, beyond any news article (limit ${MAX_ELEMENTS.toLocaleString("en")} elements ${MAX_AVERAGE_DEPTH} deep)`];
  const kept = truncated ? `its first ${MAX_PLAIN_TEXT_CHARS.toLocaleString("en")} characters of plain text` : "its plain text";
  return message("extract", what[0]!, `${source}: ${what[1]}; kept ${kept}, without structure or metadata.`);
}
