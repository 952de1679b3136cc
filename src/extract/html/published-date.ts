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
const MAX_DATELINE_CHARS = 200;
/** Elements whose class or id names a date, a time, a publication or a byline (htmldate's DATE_EXPRESSIONS, in CSS). */
const DATELINE_SELECTOR = [
  "time", "[itemprop~='datePublished']", "[class*='date' i]", "[id*='date' i]", "[class*='time' i]", "[class*='publi' i]", "[id*='publi' i]",
  "[class*='byline' i]", "[class*='posted' i]", "[class*='meta' i]", "[class*='signature' i]", "[class*='infos' i]", "[class*='parution' i]",
].join(", ");
/** Containers whose dates are other articles' or readers': related lists, sidebars, comments, navigation. */
const FOREIGN_CONTAINER = /related|sidebar|comment|widget|recent|popular|plus-lus|most-read|carousel|teaser|recommend|similar|more-|services|club|newsletter/i;
const FOREIGN_TAGS = new Set(["ASIDE", "NAV", "FOOTER"]);

export function readPublishedDate(document: Document, jsonLdDate: string | undefined, url: string | undefined, language: string | null): PublishedDate | null {
  const stated = fromMetadata(document, jsonLdDate, language);
  const urlDate = url ? dateFromUrl(url) : null;
  // A URL filed by day ("/2019/11/18/") beats metadata of another day: a UTC stamp past midnight, a republished page.
  if (urlDate?.ownSegments && stated?.value.slice(0, 10) !== urlDate.date) return fromUrl(urlDate, url!);
  const found = stated ?? fromDateline(document, language);
  // A date inside a slug ("…-testimony-2019-11-19/") may be the event's: only when the page states none.
  return found ?? (urlDate ? fromUrl(urlDate, url!) : null);
}

function fromUrl(urlDate: UrlDate, url: string): PublishedDate {
  return { value: urlDate.date, source: { kind: "url", inferred: true, evidence: url } };
}

function fromMetadata(document: Document, jsonLdDate: string | undefined, language: string | null): PublishedDate | null {
  const candidates: Array<[string, string | null | undefined]> = [
    ["JSON-LD datePublished", jsonLdDate],
    ...DATE_META.map((name): [string, string | undefined] => [name, metaContent(document, name)]),
    ["itemprop datePublished", attributeOf(document.querySelector("[itemprop~='datePublished']"), ["content", "datetime"])],
  ];
  for (const [name, value] of candidates) {
    const parsed = value ? plausible(parseStatedDate(value, { language })) : null;
    if (parsed) return { value: parsed, source: { kind: "metadata", inferred: false, evidence: `${name} ${value}` } };
  }
  return null;
}

/** A visible stamp in the article (then anywhere else on the page), outside foreign containers. */
function fromDateline(document: Document, language: string | null): PublishedDate | null {
  const cues = cuesFor(language);
  // querySelector, not document.body: linkedom throws on a document without an <html> element.
  const regions = [document.querySelector("article, [itemprop='articleBody'], main"), document.querySelector("body")].filter((region): region is Element => Boolean(region));
  for (const region of regions) {
    for (const element of Array.from(region.querySelectorAll(DATELINE_SELECTOR))) {
      if (isInForeignContainer(element)) continue;
      const found = datelineOf(element, cues, language);
      if (found) return found;
    }
  }
  return null;
}

function datelineOf(element: Element, cues: readonly ExtractionCues[], language: string | null): PublishedDate | null {
  const text = element.textContent?.replace(/\s+/gu, " ").trim() ?? "";
  if (text.length > MAX_DATELINE_CHARS) return null;
  const lower = text.toLowerCase();
  const modifiedAt = firstCue(lower, cues.flatMap((cue) => cue.modifiedCues));
  const publishedAt = firstCue(lower, cues.flatMap((cue) => cue.publishedCues));
  const isModification = modifiedAt === 0 || /updated|modified/i.test(element.getAttribute("class") ?? "");
  if (isModification && publishedAt === -1) return null;
  const machine = element.tagName === "TIME" ? element.getAttribute("datetime") : null;
  const stamp = publishedAt >= 0 ? text.slice(publishedAt) : modifiedAt > 0 ? text.slice(0, modifiedAt) : text;
  const value = plausible(machine ? parseStatedDate(machine, { language }) : null) ?? plausible(parseStatedDate(stamp, { language, ambiguousNumeric: "guess" }));
  return value ? { value, source: { kind: "dateline", inferred: publishedAt === -1, evidence: text || machine! } } : null;
}

const cuePatterns = new Map<string, RegExp>();

/** Where the first of the cue words starts as a word, or -1. */
function firstCue(lower: string, cueWords: readonly string[]): number {
  const key = cueWords.join("|");
  let pattern = cuePatterns.get(key);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}])(?:${[...cueWords].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})(?![\\p{L}])`, "u");
    cuePatterns.set(key, pattern);
  }
  return lower.search(pattern);
}

function isInForeignContainer(element: Element): boolean {
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (FOREIGN_TAGS.has(current.tagName)) return true;
    if (FOREIGN_CONTAINER.test(`${current.getAttribute("class") ?? ""} ${current.getAttribute("id") ?? ""}`)) return true;
  }
  return false;
}

/** A date a news page can carry: not before the web's news, not past next year ("0001-01-01" placeholders). */
function plausible(value: string | null): string | null {
  if (!value) return null;
  const year = Number(value.slice(0, 4));
  return year >= FIRST_YEAR && year <= new Date().getUTCFullYear() + 1 ? value : null;
}

function attributeOf(element: Element | null, names: string[]): string | undefined {
  for (const name of names) {
    const value = element?.getAttribute(name)?.trim();
    if (value) return value;
  }
  return undefined;
}
