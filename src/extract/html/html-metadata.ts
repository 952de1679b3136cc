/**
 * Title, outlet, authors, publication date and language of an HTML page, from the most
 * deliberate statement to the least: JSON-LD, Open Graph and meta tags, then visible
 * elements (h1, byline, <time>). Read before Readability, which mutates the DOM.
 */
import { escapeRegExp } from "../../core/escape-regexp.js";
import { cuesFor } from "../lang/index.js";
import { parseStatedDate } from "../stated-date.js";
import { splitAuthors } from "../text/metadata-line.js";
import { readJsonLdArticle } from "./json-ld.js";

export interface HtmlMetadata {
  title: string | null;
  outlet: string | null;
  authors: string[];
  published: string | null;
  language: string | null;
}

const BYLINE_SELECTORS = '[rel="author"], [itemprop="author"], .byline, .author, .article-author, .auteur, .signature';
const DATE_META = ["article:published_time", "datePublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date"];
/** Byline elements hold a few names; a longer text is a paragraph that happens to carry the class. */
const MAX_BYLINE_CHARS = 160;

export function readHtmlMetadata(document: Document, url: string | undefined): HtmlMetadata {
  const jsonLd = readJsonLdArticle(document);
  const language = document.documentElement?.getAttribute("lang")?.trim() || null;
  const headline = jsonLd?.headline ?? meta(document, "og:title") ?? meta(document, "twitter:title") ?? text(document.querySelector("h1"));
  const titleTag = text(document.querySelector("title"));
  const outlet =
    meta(document, "og:site_name") ?? jsonLd?.publisher ?? meta(document, "application-name") ?? titleTagSuffix(titleTag, headline) ?? domainOf(url ?? canonicalUrl(document));
  const title = cleanTitle(headline ?? titleTag, outlet);
  return { title, outlet, authors: authorsOf(document, jsonLd?.authors ?? [], language), published: publishedOf(document, jsonLd?.datePublished, language), language };
}

function authorsOf(document: Document, fromJsonLd: string[], language: string | null): string[] {
  if (fromJsonLd.length > 0) return unique(fromJsonLd);
  const metaAuthor = meta(document, "author") ?? meta(document, "article:author") ?? meta(document, "parsely-author");
  const candidates = [metaAuthor, ...Array.from(document.querySelectorAll(BYLINE_SELECTORS)).map((element) => text(element))];
  const cues = cuesFor(language);
  const lists = candidates.map((candidate) => bylineAuthors(candidate, cues)).filter((list) => list.length > 0);
  const first = lists[0];
  if (!first) return [];
  // A meta tag often names only the first author; a visible byline naming them and more is more complete.
  return lists.find((list) => list.length > first.length && first.every((name) => list.includes(name))) ?? first;
}

function bylineAuthors(candidate: string | undefined, cues: ReturnType<typeof cuesFor>): string[] {
  if (!candidate || /^https?:\/\//.test(candidate) || candidate.length > MAX_BYLINE_CHARS) return [];
  const opener = cues.flatMap((cue) => cue.bylineOpeners).find((word) => candidate.toLowerCase().startsWith(`${word} `));
  const names = opener ? candidate.slice(opener.length + 1) : candidate;
  const withoutDate = names.split(/\s[|–—-]\s|\s(?:le|on|publié|published|mis à jour|updated)\s/iu)[0]!;
  return unique(splitAuthors(withoutDate, cues[0]!).filter((name) => /\p{Lu}/u.test(name)));
}

function publishedOf(document: Document, fromJsonLd: string | undefined, language: string | null): string | null {
  const stated = [
    fromJsonLd,
    ...DATE_META.map((name) => meta(document, name)),
    document.querySelector('[itemprop="datePublished"]')?.getAttribute("content") ?? document.querySelector('[itemprop="datePublished"]')?.getAttribute("datetime"),
    document.querySelector("article time[datetime], time[datetime]")?.getAttribute("datetime"),
    text(document.querySelector("article time, time, .date, .dateline, .published")),
  ];
  for (const candidate of stated) {
    const parsed = candidate ? parseStatedDate(candidate, { language }) : null;
    if (parsed) return parsed;
  }
  return null;
}

function meta(document: Document, name: string): string | undefined {
  const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`) ?? document.querySelector(`meta[name="${name.toLowerCase()}" i]`);
  const content = element?.getAttribute("content")?.trim();
  return content ? content : undefined;
}

function text(element: Element | null | undefined): string | undefined {
  const value = element?.textContent?.replace(/\s+/gu, " ").trim();
  return value ? value : undefined;
}

/** "Headline | Outlet" and "Headline - Outlet" lose the outlet suffix that <title> tags carry. */
function cleanTitle(title: string | undefined, outlet: string | null): string | null {
  if (!title) return null;
  const clean = title.replace(/\s+/gu, " ").trim();
  if (outlet) {
    const suffix = new RegExp(`\\s+[|–—:-]\\s+${escapeRegExp(outlet)}\\s*$`, "iu");
    return clean.replace(suffix, "") || clean;
  }
  return clean;
}

/** "<Headline> - <Outlet>" in <title> when the headline is stated elsewhere: the rest is the outlet's name. */
function titleTagSuffix(titleTag: string | undefined, headline: string | undefined): string | null {
  if (!titleTag || !headline || !titleTag.startsWith(headline)) return null;
  const suffix = /^\s+[|–—-]\s+(.{2,60})$/u.exec(titleTag.slice(headline.length));
  return suffix ? suffix[1]!.trim() : null;
}

function canonicalUrl(document: Document): string | undefined {
  return document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta(document, "og:url");
}

function domainOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

function unique(names: string[]): string[] {
  return [...new Set(names.map((name) => name.replace(/\s+/gu, " ").trim()).filter(Boolean))];
}
