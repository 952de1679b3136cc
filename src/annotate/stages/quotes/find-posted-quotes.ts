/**
 * Posts and tweets quoted as bare paragraphs, without quotation marks, as blogs and social-media
 * roundups quote them:
 * - after a paragraph introducing them with a colon ("Mona El Tahawy explique :", "Elle tweete :");
 *   a long post's next paragraphs continue it, and a line in another script is followed by its
 *   translation, which belongs to the same speaker;
 * - a paragraph opening on a handle ("@monasosh: …", "Wael @Ghonim: …", "#Jan30 RT @x: …",
 *   "@gr33ndata Je suis …"): the handle speaks, unless an introduction named its owner;
 * - an unintroduced paragraph shaped as a tweet (opening or ending on a hashtag): an unnamed poster.
 * Captions and credits ("Photo : …", "Source : …") and lists after a colon are no quotes.
 * Each paragraph is read once; the regular expressions run on paragraph-sized strings only.
 */
import { escapeRegExp } from "../../../core/escape-regexp.js";
import type { Quote } from "../../annotation.js";
import type { QuoteLexicon } from "../../lang/quote-lexicon.js";
import { compilePostWords, readPostIntroduction, type PostIntroduction } from "./post-introduction.js";

export interface PostedQuote {
  start: number;
  end: number;
  speaker: (Quote["speaker"] & object) | null;
  speakerKind: Quote["speakerKind"];
}

/** A post's next paragraph continues it when the post is long (a blog excerpt, not a tweet) … */
const LONG_POST = 250;
/** … or speaks in the first person, and is itself a paragraph rather than a caption. */
const CONTINUATION_MIN_LENGTH = 100;
/** Longer paragraphs are articles' prose, not tweets, whatever hashtags they hold. */
const TWEET_MAX_LENGTH = 320;
/** Marks of direction and zero-width characters that copied tweets often begin with. */
const INVISIBLE = /^[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]*/u;
/** A handle with a colon, after hashtags and "RT" or a name ("Wael @Ghonim:", "#SudanJan30 RT @ykhogaly:"). */
const HANDLE_COLON = /^([^.!?:;@\n]{0,60}?)(@[A-Za-z0-9_]{1,30})\s*:\s*/u;
/** A handle then the tweet, without a colon: what follows starts like a sentence, a quote, a hashtag or a link ("@gr33ndata Je suis…"). */
const HANDLE_BARE = /^(@[A-Za-z0-9_]{1,30})(?=\s*(?:\p{Lu}|["«“#]|https?:))\s*/u;
const RETWEET_PREFIX = /^(?:#[\p{L}\p{N}_]+\s+)*RT\s+$/u;
const TRAILING_NAME = /(?:\p{Lu}[\p{L}'’-]*\s+)+$/u;
const HASHTAG_START = /^#[\p{L}\p{N}_]/u;
const HASHTAG_END = /#[\p{L}\p{N}_]+\s*$/u;
const LINK_END = /https?:\/\/\S+\s*$/u;
const HASHTAG = /#[\p{L}\p{N}_]/u;
const LIST_ITEM = /^(?:[-–—•*·▪]|\d{1,2}[.)])\s/u;
const QUOTATION_MARK = /[«»“”"]/u;
const LETTERS = /\p{L}/gu;
const LATIN_LETTERS = /\p{Script=Latin}/gu;

interface Block {
  speaker: PostedQuote["speaker"];
  kind: PostedQuote["speakerKind"];
  /** Whether the introduction named the speaker (or a pronoun stands for one): a bare handle after it is that speaker's account. */
  introduced: boolean;
  handle: string | null;
  quoted: number;
  firstLength: number;
  awaitsTranslation: boolean;
}

interface Paragraph {
  start: number;
  end: number;
  text: string;
}

const personalCache = new WeakMap<QuoteLexicon, { personal: RegExp; speech: RegExp }>();

function personalAndSpeech(lexicon: QuoteLexicon): { personal: RegExp; speech: RegExp } {
  let compiled = personalCache.get(lexicon);
  if (!compiled) {
    const personal = lexicon.personalWords.map((word) => (/['’]$/u.test(word) ? escapeRegExp(word) : `${escapeRegExp(word)}(?![\\p{L}])`)).join("|");
    compiled = { personal: new RegExp(`(?<![\\p{L}])(?:${personal})`, "iu"), speech: compilePostWords(lexicon).verb };
    personalCache.set(lexicon, compiled);
  }
  return compiled;
}

export function findPostedQuotes(text: string, lexicon: QuoteLexicon): PostedQuote[] {
  const paragraphs = splitParagraphs(text);
  const found: PostedQuote[] = [];
  const { credit } = compilePostWords(lexicon);
  let block: Block | null = null;
  for (let index = 0; index < paragraphs.length; index += 1) {
    const paragraph = paragraphs[index]!;
    if (/:\s*$/u.test(paragraph.text)) {
      const next = paragraphs[index + 1];
      const evidentPost = next !== undefined && (handleLine(next) !== null || tweetShaped(next.text) || mostlyOtherScript(next.text));
      const introduction = next && !LIST_ITEM.test(next.text) ? readPostIntroduction(paragraph.text, lexicon, evidentPost) : null;
      block = introduction ? openBlock(introduction, paragraph) : null;
      continue;
    }
    if (credit.test(paragraph.text) && /^\S+\s*:/u.test(paragraph.text)) {
      block = null;
      continue;
    }
    const handle = handleLine(paragraph);
    if (block && (block.quoted === 0 || continues(block, paragraph, handle, lexicon))) {
      const named = handle?.named ?? false;
      const speaker = named || (!block.introduced && handle) ? { speaker: handle!.speaker, kind: "named" as const } : { speaker: block.speaker, kind: block.kind };
      if (block.quoted === 0) {
        block.handle = handle?.handle ?? null;
        block.firstLength = paragraph.text.length;
      }
      block.quoted += 1;
      block.awaitsTranslation = !handle && mostlyOtherScript(paragraph.text);
      push(found, handle ? handle.content : paragraph, speaker.speaker, speaker.kind);
      continue;
    }
    block = null;
    if (handle) push(found, handle.content, handle.speaker, "named");
    else if (tweetShaped(paragraph.text)) push(found, paragraph, null, "unspecified");
  }
  return found;
}

function openBlock(introduction: PostIntroduction, paragraph: Paragraph): Block {
  const speaker = introduction.speaker && {
    start: paragraph.start + introduction.speaker.start,
    end: paragraph.start + introduction.speaker.end,
    text: paragraph.text.slice(introduction.speaker.start, introduction.speaker.end),
  };
  return { speaker, kind: introduction.kind, introduced: introduction.kind !== "unspecified" && !introduction.group, handle: null, quoted: 0, firstLength: 0, awaitsTranslation: false };
}

/** Whether a paragraph after the first one of a block still quotes the same speaker. */
function continues(block: Block, paragraph: Paragraph, handle: HandleLine | null, lexicon: QuoteLexicon): boolean {
  if (handle) return block.handle !== null && handle.handle.toLowerCase() === block.handle.toLowerCase() && !handle.named;
  if (block.awaitsTranslation) return true;
  if (block.handle !== null || paragraph.text.length < CONTINUATION_MIN_LENGTH || QUOTATION_MARK.test(paragraph.text)) return false;
  const { personal, speech } = personalAndSpeech(lexicon);
  speech.lastIndex = 0;
  if (speech.test(paragraph.text)) return false;
  return block.firstLength >= LONG_POST || personal.test(paragraph.text);
}

interface HandleLine {
  handle: string;
  /** True when a name precedes the handle ("Wael @Ghonim:"): the line names its own speaker. */
  named: boolean;
  speaker: { start: number; end: number; text: string };
  content: { start: number; end: number };
}

function handleLine(paragraph: Paragraph): HandleLine | null {
  const skipped = INVISIBLE.exec(paragraph.text)![0].length;
  const line = paragraph.text.slice(skipped);
  const origin = paragraph.start + skipped;
  const colon = HANDLE_COLON.exec(line);
  if (colon) {
    const prefix = colon[1]!;
    const handle = colon[2]!;
    const handleStart = origin + prefix.length;
    const name = TRAILING_NAME.exec(prefix);
    if (prefix && !name && !RETWEET_PREFIX.test(prefix)) return null;
    const speakerStart = name && !RETWEET_PREFIX.test(prefix) ? origin + name.index : handleStart;
    const contentStart = origin + colon[0].length;
    if (contentStart >= paragraph.end) return null;
    return { handle, named: speakerStart < handleStart, speaker: { start: speakerStart, end: handleStart + handle.length, text: paragraph.text.slice(speakerStart - paragraph.start, handleStart + handle.length - paragraph.start) }, content: { start: contentStart, end: paragraph.end } };
  }
  const bare = HANDLE_BARE.exec(line);
  if (!bare || origin + bare[0].length >= paragraph.end) return null;
  const handle = bare[1]!;
  return { handle, named: false, speaker: { start: origin, end: origin + handle.length, text: handle }, content: { start: origin + bare[0].length, end: paragraph.end } };
}

function tweetShaped(paragraph: string): boolean {
  if (paragraph.length > TWEET_MAX_LENGTH) return false;
  return HASHTAG_START.test(paragraph) || HASHTAG_END.test(paragraph) || (LINK_END.test(paragraph) && HASHTAG.test(paragraph));
}

/** Whether most letters are in another script than Latin (an Arabic or Farsi original before its translation). */
function mostlyOtherScript(paragraph: string): boolean {
  const letters = paragraph.match(LETTERS)?.length ?? 0;
  const latin = paragraph.match(LATIN_LETTERS)?.length ?? 0;
  return letters > 0 && latin * 2 < letters;
}

function push(found: PostedQuote[], content: { start: number; end: number }, speaker: PostedQuote["speaker"], speakerKind: PostedQuote["speakerKind"]): void {
  found.push({ start: content.start, end: content.end, speaker, speakerKind });
}

/** Lines with their offsets, surrounding spaces and invisible marks left out, empty ones skipped. */
function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let position = 0;
  while (position < text.length) {
    const newline = text.indexOf("\n", position);
    const lineEnd = newline === -1 ? text.length : newline;
    let start = position;
    let end = lineEnd;
    while (start < end && /[\s\u200b-\u200f\ufeff]/u.test(text[start]!)) start += 1;
    while (end > start && /\s/u.test(text[end - 1]!)) end -= 1;
    if (end > start) paragraphs.push({ start, end, text: text.slice(start, end) });
    position = lineEnd + 1;
  }
  return paragraphs;
}
