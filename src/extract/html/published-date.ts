/**
 * An HTML page's publication date, by htmldate's rules (trafilatura's date module): the page's
 * metadata first (JSON-LD datePublished, meta tags; never dateModified), then the date its URL
 * states, which wins over metadata of another day (a UTC stamp past midnight, a republished
 * page), then a visible dateline inside the article. Scripts and comments are never read (DOM
 * text only), nor blocks of related articles, sidebars, navigation or reader comments, nor a
 * stamp that opens with "Mis à jour" / "Updated". Hand-written: no npm port of htmldate exists,
 * and metascraper-date takes the first date-like tag it meets, modification dates included.
 */
import { escapeRegExp } from "../../core/escape-regexp.js";
import type { PublishedSource } from "../article.js";
import type { ExtractionCues } from "../lang/cues.js";
import { cuesFor } from "../lang/index.js";
import { parseStatedDate } from "../stated-date.js";
import { metaContent } from "./meta-tags.js";
import { attributeOf, type PageDocument, type PageElement, parentElement, selectAll, selectFirst, textOf } from "./page-dom.js";
import { dateFromUrl, type UrlDate } from "./url-date.js";

export interface PublishedDate {
  value: string;
  source: PublishedSource;
}

/** Publication meta tags, most deliberate first (htmldate's and news-please's lists, publication only). */
const DATE_META = [
  "article:published_time", "og:article:published_time", "article:published", "datePublished", "date", "pubdate", "publishdate", "publish-date", "publication_date",
  "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "citation_publication_date", "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime",
];
/** The years a news page's publication date can fall in: the web's news before 1995 is archives' dates, not pages'. */
const FIRST_YEAR = 1995;
/** A dateline is a stamp, not a paragraph: longer texts are skipped (htmldate caps its segments too). */
export const MAX_DATELINE_CHARS = 200;
/** Elements whose class or id names a date, a time, a publication or a byline (htmldate's DATE_EXPRESSIONS, in CSS). */
export const DATELINE_SELECTOR = [
  "time", "[itemprop~='datePublished']", "[class*='date' i]", "[id*='date' i]", "[class*='time' i]", "[class*='publi' i]", "[id*='publi' i]",
  "[class*='byline' i]", "[class*='posted' i]", "[class*='meta' i]", "[class*='signature' i]", "[class*='infos' i]", "[class*='parution' i]",
].join(", ");
/**
 * Containers whose dates are other articles', readers' or a quoted speaker's: related lists,
 * sidebars, comments, navigation, quotes and fact-checked statements (the day it was said).
 */
const FOREIGN_CONTAINER = /related|sidebar|comment|widget|recent|popular|plus-lus|most-read|carousel|teaser|recommend|similar|more-|services|club|newsletter|quote|statement|tweet/i;
const FOREIGN_TAGS = new Set(["aside", "nav", "footer", "blockquote", "q"]);
/** An attribution line opens on a dash ("— Jane Doe on Sunday, October 13th, 2019"): the quote's date, not the page's. */
export const ATTRIBUTION = /^[—―–-]\s/u;

export function readPublishedDate(document: PageDocument, jsonLdDate: string | undefined, url: string | undefined, language: string | null): PublishedDate | null {
  const found = fromMetadata(document, jsonLdDate, language) ?? fromDateline(document, language);
  const urlDate = url ? dateFromUrl(url) : null;
  // A URL filed by day ("/2019/11/18/") beats a stated date of another day: a UTC stamp past midnight, a republished page.
  if (urlDate?.ownSegments && found?.value.slice(0, 10) !== urlDate.date) return fromUrl(urlDate, url!);
  // A date inside a slug ("…-testimony-2019-11-19/") may be the event's: only when the page states none.
  return found ?? (urlDate ? fromUrl(urlDate, url!) : null);
}

function fromUrl(urlDate: UrlDate, url: string): PublishedDate {
  return { value: urlDate.date, source: { kind: "url", inferred: true, evidence: url } };
}

function fromMetadata(document: PageDocument, jsonLdDate: string | undefined, language: string | null): PublishedDate | null {
  return metadataDate(document, { jsonLdName: "datePublished", jsonLdDate, metaNames: DATE_META }, language);
}

/** The first plausible date among a JSON-LD property, meta tags and the itemprop element of the same name, in that order. */
export function metadataDate(
  document: PageDocument,
  { jsonLdName, jsonLdDate, metaNames }: { jsonLdName: string; jsonLdDate: string | undefined; metaNames: readonly string[] },
  language: string | null,
): PublishedDate | null {
  const candidates: Array<[string, string | null | undefined]> = [
    [`JSON-LD ${jsonLdName}`, jsonLdDate],
    ...metaNames.map((name): [string, string | undefined] => [name, metaContent(document, name)]),
    [`itemprop ${jsonLdName}`, firstAttribute(selectFirst(`[itemprop~='${jsonLdName}']`, document), ["content", "datetime"])],
  ];
  for (const [name, value] of candidates) {
    const parsed = value ? plausible(parseStatedDate(value, { language })) : null;
    if (parsed) return { value: parsed, source: { kind: "metadata", inferred: false, evidence: `${name} ${value}` } };
  }
  return null;
}

/** A visible stamp in the article (then anywhere else on the page), outside foreign containers. */
function fromDateline(document: PageDocument, language: string | null): PublishedDate | null {
  const cues = cuesFor(language);
  return firstInPage(document, DATELINE_SELECTOR, (element) => datelineOf(element, cues, language));
}

/** The first element matching `selector`, in the article then in the rest of the page, outside foreign containers, that `read` accepts. */
export function firstInPage<T>(document: PageDocument, selector: string, read: (element: PageElement) => T | null): T | null {
  const regions = [selectFirst("article, [itemprop='articleBody'], main", document), selectFirst("body", document)].filter((region): region is PageElement => Boolean(region));
  for (const region of regions) {
    for (const element of selectAll(selector, region)) {
      if (isInForeignContainer(element)) continue;
      const found = read(element);
      if (found) return found;
    }
  }
  return null;
}

function datelineOf(element: PageElement, cues: readonly ExtractionCues[], language: string | null): PublishedDate | null {
  const text = textOf(element).replace(/\s+/gu, " ").trim();
  if (text.length > MAX_DATELINE_CHARS || ATTRIBUTION.test(text)) return null;
  const lower = text.toLowerCase();
  const modifiedAt = firstCue(lower, cues.flatMap((cue) => cue.modifiedCues));
  const publishedAt = firstCue(lower, cues.flatMap((cue) => cue.publishedCues));
  const isModification = modifiedAt === 0 || /updated|modified/i.test(attributeOf(element, "class") ?? "");
  if (isModification && publishedAt === -1) return null;
  const machine = element.name === "time" ? attributeOf(element, "datetime") : null;
  const stamp = publishedAt >= 0 ? text.slice(publishedAt) : modifiedAt > 0 ? text.slice(0, modifiedAt) : text;
  const value = plausible(machine ? parseStatedDate(machine, { language }) : null) ?? plausible(parseStatedDate(stamp, { language, ambiguousNumeric: "guess" }));
  return value ? { value, source: { kind: "dateline", inferred: publishedAt === -1, evidence: text || machine! } } : null;
}

const cuePatterns = new Map<string, RegExp>();

/** Where the first of the cue words starts as a word, or -1. */
export function firstCue(lower: string, cueWords: readonly string[]): number {
  const key = cueWords.join("|");
  let pattern = cuePatterns.get(key);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}])(?:${[...cueWords].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})(?![\\p{L}])`, "u");
    cuePatterns.set(key, pattern);
  }
  return lower.search(pattern);
}

export function isInForeignContainer(element: PageElement): boolean {
  for (let current: PageElement | null = element; current; current = parentElement(current)) {
    if (FOREIGN_TAGS.has(current.name)) return true;
    if (FOREIGN_CONTAINER.test(`${attributeOf(current, "class") ?? ""} ${attributeOf(current, "id") ?? ""}`)) return true;
  }
  return false;
}

/** A date a news page can carry: not before the web's news, not past next year ("0001-01-01" placeholders). */
export function plausible(value: string | null): string | null {
  if (!value) return null;
  const year = Number(value.slice(0, 4));
  return year >= FIRST_YEAR && year <= new Date().getUTCFullYear() + 1 ? value : null;
}

function firstAttribute(element: PageElement | null, names: string[]): string | undefined {
  for (const name of names) {
    const value = attributeOf(element, name)?.trim();
    if (value) return value;
  }
  return undefined;
}
