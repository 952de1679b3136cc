/**
 * Plain-text dumps of scraped pages → the article: title, byline, date, outlet and the body
 * without navigation, captions, widgets or repeats. No library extracts articles from text
 * (readability-style tools need a DOM), hence these project rules; see classify-blocks.ts.
 */
import { escapeRegExp } from "../../core/escape-regexp.js";
import { message, type Message } from "../../core/message.js";
import { TextBuilder } from "../../core/offset-map.js";
import type { RawDocument } from "../../ingest/raw-document.js";
import type { ExtractedContent, PublishedSource } from "../article.js";
import type { ExtractionCues } from "../lang/cues.js";
import { cuesFor } from "../lang/index.js";
import { laterModification, type ModificationDate } from "../modification-date.js";
import { parseStatedDate } from "../stated-date.js";
import { domainOf } from "./block-shape.js";
import { partsOf, segmentBlocks } from "./blocks.js";
import { classifyBlocks, type ClassifiedBlock } from "./classify-blocks.js";
import { rejoinHardWrappedLines } from "./hard-wrap.js";
import type { MetadataLine } from "./metadata-line.js";
import { outletFromDomain } from "./outlet-from-domain.js";
import { readShortItem, type ShortItem } from "./short-item.js";

/** Whitespace that is not a single ordinary or non-breaking space is rewritten as one space. */
const LOOSE_WHITESPACE = /\s{2,}|[^\S \u00a0]/gu;

export function extractTextDump(document: RawDocument, options: { language: string | null }): ExtractedContent {
  const cuesList = cuesFor(options.language);
  const rewrapped = rejoinHardWrappedLines(document.raw, cuesList);
  const blocks = classifyBlocks(rewrapped?.blocks ?? segmentBlocks(document.raw), cuesList, options.language);
  const body = blocks.filter((block) => block.role === "body");
  const shortItem = body.length === 0 ? readShortItem(blocks, cuesList, options.language) : null;
  const { text, offsetMap } = buildText(shortItem?.blocks ?? body, document.raw);
  const metadata = blocks.filter((block) => block.metadata).map((block) => block.metadata!);
  const title = blocks.find((block) => block.role === "title");
  const dated = datedBy(blocks, shortItem, cuesList, options.language);
  return {
    title: title ? collapse(title.text) : (shortItem?.headline ?? null),
    // The title line where it stands in the dump, so its annotations map back to it exactly.
    headline: title ? buildText([title], document.raw) : null,
    outlet: metadata.find((line) => line.outlet)?.outlet ?? outletFromDomainLine(blocks, text),
    authors: metadata.find((line) => line.authors.length > 0)?.authors ?? [],
    ...dated,
    ...modifiedBy(blocks, dated.published),
    text,
    offsetMap,
    warnings: [...(rewrapped ? [rewrapNote(rewrapped.width)] : []), ...(shortItem ? [shortItem.warning] : []), ...removalSummary(blocks, shortItem?.blocks ?? [])],
  };
}

function buildText(blocks: ClassifiedBlock[], raw: string) {
  const builder = new TextBuilder();
  blocks.forEach((block, index) => {
    if (index > 0) builder.appendSynthetic("\n\n");
    let previousEnd = block.start;
    for (const part of partsOf(block)) {
      // The space that joins rewrapped lines stands for the line break it replaces.
      if (part.spaceBefore) builder.appendCopy(" ", previousEnd, part.start);
      appendCollapsed(builder, raw.slice(part.start, part.end), part.start);
      previousEnd = part.end;
    }
  });
  return builder.build();
}

function appendCollapsed(builder: TextBuilder, text: string, rawStart: number): void {
  let cursor = 0;
  for (const loose of text.matchAll(LOOSE_WHITESPACE)) {
    builder.appendCopy(text.slice(cursor, loose.index), rawStart + cursor);
    builder.appendSynthetic(" ");
    cursor = loose.index + loose[0].length;
  }
  builder.appendCopy(text.slice(cursor), rawStart + cursor);
}

/**
 * The dump's publication date and where it was read: the metadata line that states it, else the
 * dateline beside a short item. Inferred unless the line calls it the publication ("Publié le",
 * "Published", a republication note): a bare date may be an event's or an update's.
 */
function datedBy(blocks: ClassifiedBlock[], shortItem: ShortItem | null, cuesList: ExtractionCues[], language: string | null): { published: string | null; publishedSource: PublishedSource | null } {
  const line = blocks.find((block) => block.metadata?.published);
  if (line) return { published: line.metadata!.published, publishedSource: datelineSource(line.metadata!, collapse(line.text), cuesList) };
  const published = shortItem?.published ?? null;
  if (!published) return { published: null, publishedSource: null };
  // short-item.ts keeps the date, not its block: the first block stating that date is its evidence.
  const dateline = blocks.find((block) => parseStatedDate(block.text, { language }) === published);
  return { published, publishedSource: { kind: "dateline", inferred: true, evidence: dateline ? collapse(dateline.text) : published } };
}

/** The dump's last modification, from the first metadata line that states one (« Mis à jour le … », "Updated: …"), kept when later than the publication. */
function modifiedBy(blocks: ClassifiedBlock[], published: string | null): ModificationDate | Record<string, never> {
  const line = blocks.find((block) => block.metadata?.modified);
  return (line && laterModification(line.metadata!.modified, published, { kind: "dateline", inferred: false, evidence: collapse(line.text) })) ?? {};
}

/** Where a metadata line's date was read: inferred unless the line names the outlet or calls it the publication. */
export function datelineSource(line: MetadataLine, evidence: string, cuesList: ExtractionCues[]): PublishedSource {
  const named = line.outlet !== null || namesPublication(evidence, cuesList);
  return { kind: "dateline", inferred: !named, evidence };
}

function namesPublication(line: string, cuesList: ExtractionCues[]): boolean {
  const lower = line.toLowerCase();
  // Whole words only: "date" must not be read in "Updated".
  return cuesList.some((cues) => cues.publishedCues.some((cue) => new RegExp(`(?<!\\p{L})${escapeRegExp(cue)}(?!\\p{L})`, "u").test(lower)));
}

function outletFromDomainLine(blocks: ClassifiedBlock[], text: string): string | null {
  const domains = blocks.map((block) => domainOf(block.text)).filter((domain): domain is string => domain !== null);
  const last = domains.at(-1);
  return last ? outletFromDomain(last, text) : null;
}

function collapse(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** One info message listing what was removed, so a reader can see why text is missing. */
function removalSummary(blocks: ClassifiedBlock[], kept: ClassifiedBlock[]): Message[] {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    if (block.role !== "body" && block.role !== "title" && block.role !== "metadata" && !kept.includes(block)) counts.set(block.role, (counts.get(block.role) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const list = [...counts].map(([role, count]) => `${count} ${role}`).join(", ");
  return [message("extract", "boilerplate-removed", `Removed from the dump: ${list} block(s).`, "info")];
}

function rewrapNote(width: number): Message {
  return message("extract", "hard-wrap-rejoined", `The dump's lines are wrapped at ${width} characters; rejoined them into paragraphs.`, "info");
}
