/**
 * The headline is annotated like the rest of the article: it opens the clean text as its first
 * paragraph, so every annotation stays one span into one text, the offset map still leads each
 * span back to the input, and the UI highlights the headline with the code that highlights the
 * body. A separate span space for the title would have doubled every consumer of spans (entity
 * merging, claims, citations, highlighting) for one line of text.
 *
 * Where the headline sits is derived, not stored: an article whose text opens with a paragraph
 * that reads as its title has that paragraph as its headline. Articles stored before headlines
 * were annotated (their text opens with the body) simply have none, and the store keeps no new
 * field.
 */
import type { Span } from "../core/message.js";
import { escapeRegExp } from "../core/escape-regexp.js";
import { TextBuilder } from "../core/offset-map.js";
import type { ExtractedContent, LocatedHeadline } from "./article.js";

/** What extractors put between paragraphs. */
export const PARAGRAPH_BREAK = "\n\n";

/** Headlines longer than this are no headlines (a page's whole text stated as its title): kept as metadata only. */
const MAX_HEADLINE_CHARS = 500;

/** The headline's span in the article's text, or null when the text does not open with it. */
export function headlineSpan(article: { title: string | null; text: string }): Span | null {
  if (!article.title) return null;
  const end = article.text.indexOf(PARAGRAPH_BREAK);
  const length = end === -1 ? article.text.length : end;
  // A first paragraph past twice the longest headline is body, whatever its spacing: not normalised
  // to be compared (connect reads every article's headline, and a lead paragraph is often 1,000s of characters).
  if (length === 0 || length > 2 * MAX_HEADLINE_CHARS) return null;
  return sameHeadline(article.text.slice(0, length), article.title) ? { start: 0, end: length } : null;
}

/** Where the body starts: after the headline and its paragraph break, else at 0. */
export function bodyStart(article: { title: string | null; text: string }): number {
  const headline = headlineSpan(article);
  if (!headline) return 0;
  return article.text.startsWith(PARAGRAPH_BREAK, headline.end) ? headline.end + PARAGRAPH_BREAK.length : headline.end;
}

/** The text without its headline: what extraction kept of the page's body. */
export function bodyText(article: { title: string | null; text: string }): string {
  return article.text.slice(bodyStart(article));
}

/** Inside the headline: a claim made there is the outlet's summary, not the body's statement. */
export function inHeadline(headline: Span | null, span: Span): boolean {
  return headline !== null && span.start < headline.end;
}

/** Two wordings of one headline: same words, whatever their spacing or case ("TARA REID  ENTERS REHAB"). */
export function sameHeadline(a: string, b: string): boolean {
  const normalize = (text: string) => text.replace(/\s+/gu, " ").trim().toLowerCase();
  return normalize(a) === normalize(b);
}

/**
 * The content with its title as the text's first paragraph, so it is annotated. Not when the body
 * already opens with it (a page repeating its headline), which would count its names twice, nor
 * for a headline-only item whose text is its title. Provenance: the extractor's own location of
 * the title (`located`, exact), else the title's words found in the raw input, else none (a
 * title stated by a JSON record or a feed, outside the text): its spans then map to no raw position.
 */
export function withHeadline(content: ExtractedContent, raw: string): Pick<ExtractedContent, "text" | "offsetMap"> {
  const title = content.title?.replace(/\s+/gu, " ").trim();
  const located = content.headline ?? null;
  if (!title || title.length > MAX_HEADLINE_CHARS || headlineSpan({ title, text: content.text })) return { text: content.text, offsetMap: content.offsetMap };
  const headline = located && sameHeadline(located.text, title) ? located : (findInRaw(title, raw) ?? { text: title, offsetMap: { pieces: [] } });
  const shift = headline.text.length + PARAGRAPH_BREAK.length;
  return {
    text: `${headline.text}${PARAGRAPH_BREAK}${content.text}`,
    offsetMap: {
      pieces: [
        ...headline.offsetMap.pieces,
        ...content.offsetMap.pieces.map((piece) => ({ ...piece, textStart: piece.textStart + shift, textEnd: piece.textEnd + shift })),
      ],
    },
  };
}

/** The title's words in order in the raw input, any whitespace between them; each word and gap mapped to its raw characters. */
function findInRaw(title: string, raw: string): LocatedHeadline | null {
  const words = title.split(/\s+/u).filter(Boolean);
  if (words.length === 0) return null;
  const match = new RegExp(words.map((word) => `(${escapeRegExp(word)})`).join("(\\s+)"), "du").exec(raw);
  if (!match?.indices) return null;
  const builder = new TextBuilder();
  for (let group = 1; group < match.length; group += 1) {
    const [start, end] = match.indices[group]!;
    // A gap of several raw whitespace characters reads as one space, mapped to all of them.
    builder.appendCopy(group % 2 === 0 ? " " : match[group]!, start, end);
  }
  return builder.build();
}
