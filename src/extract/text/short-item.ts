/**
 * The last step of the dump cascade: when the rules find no article body, what a person would still
 * read as the article — a headline alone (feed items, JSON records without a body), a one-sentence
 * item, or at worst the dateline a record was left with — becomes the text, with a warning saying so.
 * Only navigation (a menu of short links) and blocks without a readable word stay rejected.
 */
import { message, type Message } from "../../core/message.js";
import type { ExtractionCues } from "../lang/cues.js";
import { isProse, isTitleLike, wordCount } from "./block-shape.js";
import type { ClassifiedBlock } from "./classify-blocks.js";
import { parseStatedDate } from "../stated-date.js";
import { isMetadataOnly } from "./metadata-line.js";

/** Roles the structural pass gives to blocks no local rule recognised as page furniture. */
const UNPLACED_ROLES = new Set(["title", "header", "trailer"]);
/** One word is a menu entry or a label ("Sport"), not something read as news. */
const MIN_ITEM_WORDS = 2;
/** A short item is a headline and a sentence or two; more short blocks and no prose is a menu. */
const MAX_ITEM_BLOCKS = 3;
/** Menu entries are a few words each ("Vie locale", "Faits divers"). */
const MAX_MENU_ENTRY_WORDS = 4;
/** "Accueil | Sport | Météo": entries separated by bars or bullets in one line. */
const LINK_BAR_SEPARATOR = /\s[|•·›»]\s/gu;
const MIN_LINK_BAR_SEPARATORS = 2;

export interface ShortItem {
  blocks: ClassifiedBlock[];
  warning: Message;
  /** The item's headline when it is one: it is the title as well as the text. */
  headline: string | null;
  /** From a dateline standing beside the item ("June 06, 2013"). */
  published: string | null;
}

export function readShortItem(blocks: ClassifiedBlock[], cuesList: ExtractionCues[], language: string | null): ShortItem | null {
  const unplaced = blocks.filter((block) => UNPLACED_ROLES.has(block.role) && wordCount(block.text) >= MIN_ITEM_WORDS && !isLinkBar(block.text));
  const datelines = unplaced.filter((block) => isMetadataOnly(block.text, cuesList, language));
  const item = unplaced.filter((block) => !datelines.includes(block));
  const published = datelines.map((block) => parseStatedDate(block.text, { language })).find((date) => date !== null) ?? null;
  if (item.length > 0 && !isMenu(item)) {
    const headline = item.length === 1 && isTitleLike(item[0]!.text) ? item[0]!.text.replace(/\s+/gu, " ") : null;
    return { blocks: item, warning: itemWarning(item, headline), headline, published };
  }
  if (item.length > 0) return null;
  const metadata = [...datelines, ...blocks.filter((block) => block.role === "metadata" && wordCount(block.text) > 0)];
  if (metadata.length === 0) return null;
  const inOrder = blocks.filter((block) => metadata.includes(block));
  return {
    blocks: inOrder,
    headline: null,
    published,
    warning: message("extract", "metadata-only", "The input holds no article text, only a date or byline; kept that as the text so the record is not lost.", "warning"),
  };
}

function isLinkBar(text: string): boolean {
  return (text.match(LINK_BAR_SEPARATOR)?.length ?? 0) >= MIN_LINK_BAR_SEPARATORS;
}

function isMenu(blocks: ClassifiedBlock[]): boolean {
  return blocks.length > MAX_ITEM_BLOCKS && blocks.every((block) => !isProse(block.text) && wordCount(block.text) <= MAX_MENU_ENTRY_WORDS);
}

function itemWarning(blocks: ClassifiedBlock[], headline: string | null): Message {
  if (headline !== null) {
    return message("extract", "headline-only", "The input holds only a headline, no article body; its text is the headline.", "warning");
  }
  const words = blocks.reduce((sum, block) => sum + wordCount(block.text), 0);
  return message("extract", "short-item", `The input holds no full article, only a short item (${words} words); kept it as the article's text.`, "warning");
}
