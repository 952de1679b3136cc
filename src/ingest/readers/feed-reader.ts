/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item or entry becomes one document, with what the
 * feed states of it (title, link, authors, publication and modification dates, the feed's title).
 */
import { createRequire } from "node:module";
import type * as FastXmlParser from "fast-xml-parser";
import { message } from "../../core/message.js";
import type { ContainerFormat, IngestResult, StatedMetadata } from "../raw-document.js";
import type { DecodedInput } from "./reader.js";

type Node = Record<string, unknown>;

/** No feed needs more: beyond these a DOCTYPE is an entity-expansion attack, not news. */
const MAX_ENTITY_COUNT = 1000;
const MAX_ENTITY_CHARS = 10_000;
/** Feeds nest a handful of levels; deeper trees are refused before they exhaust the stack. */
const MAX_NESTED_TAGS = 100;

/** Required on the first feed rather than imported: most runs read no feed, and loading the parser costs ~25 ms through ESM. */
const xml = () => (fastXmlParser ??= createRequire(import.meta.url)("fast-xml-parser") as typeof FastXmlParser);
let fastXmlParser: typeof FastXmlParser | undefined;
let feedParser: FastXmlParser.XMLParser | undefined;

const parser = () => (feedParser ??= new (xml().XMLParser)({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  trimValues: true,
  processEntities: { enabled: true, maxEntityCount: MAX_ENTITY_COUNT, maxEntitySize: MAX_ENTITY_CHARS },
  htmlEntities: true,
  maxNestedTags: MAX_NESTED_TAGS,
  isArray: (name) => ["item", "entry", "link", "author", "dc:creator", "category"].includes(name),
}));

export function readFeed(input: DecodedInput, container: ContainerFormat): IngestResult[] {
  const validation = xml().XMLValidator.validate(input.text);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    return [
      {
        ok: false,
        source: input.source,
        error: message("ingest", "feed-malformed", `${input.source}: not a valid RSS/Atom feed (${msg} at line ${line}${col === undefined ? "" : `:${col}`}); fix the XML or give the articles as HTML or JSON.`, "error"),
      },
    ];
  }
  // The parser refuses what the validator lets through (external or parameter entities, two
  // DOCTYPEs, entity floods, deep nesting, a <__proto__> tag) by throwing: that is this feed's
  // outcome, never the batch's.
  let tree: Node;
  try {
    tree = parser().parse(input.text) as Node;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      {
        ok: false,
        source: input.source,
        error: message(
          "ingest",
          "feed-refused",
          `${input.source}: feed refused by the XML parser (${reason}); remove its DOCTYPE and entity declarations or the offending element, or give the articles as HTML or JSON.`,
          "error",
        ),
      },
    ];
  }
  const { items, outlet } = feedItems(tree);
  if (items.length === 0) {
    return [{ ok: false, source: input.source, error: message("ingest", "feed-empty", `${input.source}: the feed has no items; nothing to analyze.`, "error") }];
  }
  return items.map((item, index) => itemToResult(item, `${input.source}#${index + 1}`, input, container, outlet));
}

function feedItems(tree: Node): { items: Node[]; outlet: string | undefined } {
  const rss = tree.rss as Node | undefined;
  if (rss) {
    const channel = rss.channel as Node | undefined;
    return { items: asNodes(channel?.item), outlet: text(channel?.title) };
  }
  const rdf = tree["rdf:RDF"] as Node | undefined;
  if (rdf) return { items: asNodes(rdf.item), outlet: text((rdf.channel as Node | undefined)?.title) };
  const feed = tree.feed as Node | undefined;
  return { items: asNodes(feed?.entry), outlet: text(feed?.title) };
}

function itemToResult(item: Node, source: string, input: DecodedInput, container: ContainerFormat, outlet: string | undefined): IngestResult {
  // An item with only a title is a headline: extraction reads it as such, with a warning.
  const content = text(item["content:encoded"]) ?? text(item.content) ?? text(item.description) ?? text(item.summary) ?? text(item.title);
  if (!content) {
    return {
      ok: false,
      source,
      error: message("ingest", "feed-item-empty", `${source}: this feed item has no content and no title (only a link); fetch its link instead.`, "error"),
    };
  }
  return {
    ok: true,
    document: {
      source,
      container,
      format: /<[a-z][^>]*>/i.test(content) ? "html" : "text",
      raw: content,
      encoding: input.encoding,
      byteLength: input.byteLength,
      metadata: itemMetadata(item, outlet),
      messages: input.messages,
    },
  };
}

function itemMetadata(item: Node, outlet: string | undefined): StatedMetadata {
  const metadata: StatedMetadata = {};
  const title = text(item.title);
  const url = itemLink(item);
  const stated = text(item.pubDate) ?? text(item["dc:date"]) ?? text(item.published);
  // Atom requires <updated> and makes <published> optional: alone, <updated> is the only date the entry has.
  const published = stated ?? text(item.updated);
  const modified = text(item["atom:updated"]) ?? text(item["dcterms:modified"]) ?? text(item["dc:modified"]) ?? (stated ? text(item.updated) : undefined);
  const authors = [...asNodes(item["dc:creator"]), ...asNodes(item.author)]
    .map((author) => text(author) ?? text((author as Node).name))
    .filter((name): name is string => Boolean(name));
  if (title) metadata.title = title;
  if (url) metadata.url = url;
  if (published) metadata.published = published;
  if (modified && modified !== published) metadata.modified = modified;
  if (authors.length > 0) metadata.authors = [...new Set(authors)];
  if (outlet) metadata.outlet = outlet;
  return metadata;
}

/** RSS gives <link>url</link>; Atom gives <link rel="alternate" href="url"/>, possibly several. */
function itemLink(item: Node): string | undefined {
  for (const link of asNodes(item.link)) {
    if (typeof link === "string") return link;
    const rel = (link as Node)["@_rel"];
    if (!rel || rel === "alternate") return text((link as Node)["@_href"]) ?? text(link);
  }
  return text(item.guid);
}

function asNodes(value: unknown): Node[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]) as Node[];
}

function text(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (typeof value === "number") return String(value);
  if (value && typeof value === "object" && "#text" in value) return text((value as Node)["#text"]);
  return undefined;
}
