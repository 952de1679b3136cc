/**
 * Plain-text dumps of scraped pages → the article: title, byline, date, outlet and the body
 * without navigation, captions, widgets or repeats. No library extracts articles from text
 * (readability-style tools need a DOM), hence these project rules; see classify-blocks.ts.
 */
import { message, type Message } from "../../core/message.js";
import { TextBuilder } from "../../core/offset-map.js";
import type { RawDocument } from "../../ingest/raw-document.js";
import type { ExtractedContent } from "../article.js";
import { cuesFor } from "../lang/index.js";
import { domainOf } from "./block-shape.js";
import { segmentBlocks } from "./blocks.js";
import { classifyBlocks, type ClassifiedBlock } from "./classify-blocks.js";
import { outletFromDomain } from "./outlet-from-domain.js";

/** Whitespace that is not a single ordinary or non-breaking space is rewritten as one space. */
const LOOSE_WHITESPACE = /\s{2,}|[^\S \u00a0]/gu;

export function extractTextDump(document: RawDocument, options: { language: string | null }): ExtractedContent {
  const cuesList = cuesFor(options.language);
  const blocks = classifyBlocks(segmentBlocks(document.raw), cuesList, options.language);
  const body = blocks.filter((block) => block.role === "body");
  const { text, offsetMap } = buildText(body);
  const metadata = blocks.filter((block) => block.metadata).map((block) => block.metadata!);
  const title = blocks.find((block) => block.role === "title");
  return {
    title: title ? collapse(title.text) : null,
    outlet: metadata.find((line) => line.outlet)?.outlet ?? outletFromDomainLine(blocks, text),
    authors: metadata.find((line) => line.authors.length > 0)?.authors ?? [],
    published: metadata.find((line) => line.published)?.published ?? null,
    text,
    offsetMap,
    warnings: removalSummary(blocks),
  };
}

function buildText(blocks: ClassifiedBlock[]) {
  const builder = new TextBuilder();
  blocks.forEach((block, index) => {
    if (index > 0) builder.appendSynthetic("\n\n");
    let cursor = 0;
    for (const loose of block.text.matchAll(LOOSE_WHITESPACE)) {
      builder.appendCopy(block.text.slice(cursor, loose.index), block.start + cursor);
      builder.appendSynthetic(" ");
      cursor = loose.index + loose[0].length;
    }
    builder.appendCopy(block.text.slice(cursor), block.start + cursor);
  });
  return builder.build();
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
function removalSummary(blocks: ClassifiedBlock[]): Message[] {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    if (block.role !== "body" && block.role !== "title" && block.role !== "metadata") counts.set(block.role, (counts.get(block.role) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const list = [...counts].map(([role, count]) => `${count} ${role}`).join(", ");
  return [message("extract", "boilerplate-removed", `Removed from the dump: ${list} block(s).`, "info")];
}
