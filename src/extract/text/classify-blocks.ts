/**
 * Gives every block of a dump a role. Local rules come first (metadata lines, widgets,
 * credits, navigation segments, repeats); then the page's structure decides the rest:
 * the title is the headline standing just before the byline/date stamp (or before the
 * first paragraph), everything above it is page header, and the article ends at the
 * first end-of-article marker.
 */
import type { ExtractionCues } from "../lang/cues.js";
import { blockTail, type TextBlock } from "./blocks.js";
import { isProse, isQuoteIntroducer, isQuotedPost, isTitleLike, mayBeIntroducedQuote } from "./block-shape.js";
import { readMetadataLine, type MetadataLine } from "./metadata-line.js";
import { noiseKind, type NoiseKind } from "./noise-rules.js";

export type BlockRole = "title" | "body" | "metadata" | "navigation" | "repeat" | "header" | "trailer" | NoiseKind;

export interface ClassifiedBlock extends TextBlock {
  role: BlockRole;
  metadata?: MetadataLine;
}

/** How far above a byline the title may stand (a standfirst sits between them on many sites). */
const MAX_TITLE_TO_BYLINE_BLOCKS = 3;
/** Lines split into this many glued segments are link bars. */
const MIN_NAVIGATION_SEGMENTS = 3;
/** A caption is a sentence or two, never a long paragraph. */
const MAX_CAPTION_WORDS = 60;

export function classifyBlocks(input: TextBlock[], cuesList: ExtractionCues[], language: string | null): ClassifiedBlock[] {
  const blocks = markLocalRoles(splitGluedMetadata(input, cuesList, language), cuesList);
  const isCandidate = (index: number) => blocks[index]?.role === undefined;
  // Shape is computed once per block: the structural passes below consult it many times.
  const prose = blocks.map((block, index) => isCandidate(index) && isProse(block.text));
  const anchor = blocks.findIndex((block) => block.role === "metadata");
  const title = findTitle(blocks, anchor, (index) => isCandidate(index) && !isSeriesNote(blocks[index]!.text, cuesList), prose);
  const firstBody = prose.findIndex((isBody, index) => isBody && index > Math.max(title, anchor));
  const bodyStart = firstBody !== -1 ? firstBody : prose.indexOf(true);
  const endMarker = blocks.findIndex((block, index) => index > bodyStart && block.role === "end-of-article");
  const limit = endMarker === -1 ? blocks.length : endMarker;
  const bodyEnd = extendOverQuotedPosts(blocks, prose.lastIndexOf(true, limit - 1), limit, isCandidate);

  return blocks.map((block, index) => {
    if (block.role !== undefined) return block as ClassifiedBlock;
    if (index === title) return { ...block, role: "title" };
    if (bodyStart === -1 || index > bodyEnd) return { ...block, role: "trailer" };
    if (index < bodyStart) {
      // Between the title and the body only prose survives: the standfirst. Headlines there are related links.
      const standfirst = title !== -1 && index > title && prose[index] === true;
      return { ...block, role: standfirst ? "body" : "header" };
    }
    return { ...block, role: /[\p{L}\p{N}]/u.test(block.text) ? "body" : "trailer" };
  });
}

/** How many blocks that are neither post nor quote may stand between two posts (a photo's caption). */
const MAX_BLOCKS_BETWEEN_POSTS = 1;

/**
 * Past the last paragraph of prose, an article often ends with quoted tweets or a quotation
 * announced by "X écrit :", none of them shaped as prose; trafilatura keeps them too.
 * The body runs on over them and stops at the first run of other lines (related links, credits).
 */
function extendOverQuotedPosts(blocks: PartialBlock[], lastProse: number, limit: number, isCandidate: (index: number) => boolean): number {
  if (lastProse === -1) return -1;
  let end = lastProse;
  for (let index = lastProse + 1; index < limit && index - end <= MAX_BLOCKS_BETWEEN_POSTS + 1; index++) {
    if (!isCandidate(index)) break;
    const text = blocks[index]!.text;
    const previous = blocks[index - 1]!;
    const introduced = previous.role === undefined && isQuoteIntroducer(previous.text) && mayBeIntroducedQuote(text);
    if (introduced || isQuotedPost(text)) end = index;
  }
  return end;
}

type PartialBlock = TextBlock & { role?: BlockRole; metadata?: MetadataLine };

/** " date 2022-04 Le ministre…": a date stamp glued to the paragraph after it becomes two blocks. */
function splitGluedMetadata(blocks: TextBlock[], cuesList: ExtractionCues[], language: string | null): PartialBlock[] {
  const result: PartialBlock[] = [];
  for (const block of blocks) {
    const metadata = readMetadataLine(block.text, cuesList, language);
    if (!metadata) {
      result.push(block);
      continue;
    }
    const head = block.text.slice(0, metadata.consumed).trimEnd();
    const { parts: _rejoinedLines, ...line } = block;
    result.push({ ...line, text: head, end: block.start + head.length, role: "metadata", metadata });
    const tail = blockTail(block, metadata.consumed);
    if (tail) result.push(tail);
  }
  return result;
}

function markLocalRoles(blocks: PartialBlock[], cuesList: ExtractionCues[]): PartialBlock[] {
  const seen = new Set<string>();
  const noise = blocks.map((block) => (block.role ? null : noiseKind(block.text, cuesList)));
  return blocks.map((block, index) => {
    if (block.role) return block;
    const key = block.text.toLowerCase(); // scrapers repeat a title byte for byte
    const repeated = seen.has(key);
    seen.add(key);
    const kind = noise[index];
    if (kind) return { ...block, role: kind };
    if (block.segmentsInLine >= MIN_NAVIGATION_SEGMENTS) return { ...block, role: "navigation" };
    if (repeated) return { ...block, role: "repeat" };
    const captionOfCredit = noise[index + 1] === "credit" && block.text.split(/\s+/u).length <= MAX_CAPTION_WORDS;
    return captionOfCredit ? { ...block, role: "caption" } : block;
  });
}

/** Blocks a reader's eye skips when looking above a byline for its headline. */
const TRANSPARENT_ROLES = new Set<BlockRole | undefined>(["interface", "widget", "credit", "caption", "metadata", "repeat"]);

/** "This post is part of our special coverage of …": the page's note on its series, above the headline or in its place. */
function isSeriesNote(text: string, cuesList: ExtractionCues[]): boolean {
  const lower = text.toLowerCase().replace(/’/gu, "'");
  return cuesList.some((cues) => cues.seriesNotePhrases.some((phrase) => lower.includes(phrase)));
}

function findTitle(blocks: PartialBlock[], anchor: number, isCandidate: (index: number) => boolean, prose: boolean[]): number {
  const firstProse = prose.indexOf(true);
  for (const from of anchor !== -1 ? [anchor, firstProse] : [firstProse]) {
    let candidatesSeen = 0;
    for (let index = from - 1; index >= 0 && candidatesSeen < MAX_TITLE_TO_BYLINE_BLOCKS; index--) {
      const block = blocks[index]!;
      if (TRANSPARENT_ROLES.has(block.role)) continue;
      if (isCandidate(index) && isTitleLike(block.text)) return index;
      // Only a standfirst may stand between a headline and its byline.
      if (!prose[index] || from === firstProse) break;
      candidatesSeen += 1;
    }
  }
  return -1;
}
