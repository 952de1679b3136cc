/**
 * Title, outlet, authors, publication and modification dates and language of an HTML page, from the most
 * deliberate statement to the least: JSON-LD, Open Graph and meta tags, then visible
 * elements (h1, byline, <time>). Read on the page's DOM (page-dom.ts) before the body step, which mutates it.
 *
 * Not metascraper: on eval/fixtures/metadata-fr it got titles 21/26, outlets 20/26, authors
 * 14/25 and dates 16/26 (dateModified and "Mis à jour" taken, sidebar dates, "15 janv." put in
 * the current year), where these rules get them all; its helpers also need a native re2 build.
 */
import type { PublishedSource } from "../article.js";
import { decodeEntities, withoutTrailingDate } from "../clean-authors.js";
import { hostOf, knownOutletName } from "../known-outlets.js";
import { cuesFor } from "../lang/index.js";
import { splitAuthors } from "../text/metadata-line.js";
import { type JsonLdArticle, readJsonLdArticle } from "./json-ld.js";
import { metaContent, visibleText } from "./meta-tags.js";
import { readModifiedDate } from "./modified-date.js";
import { attributeOf, childElements, type PageDocument, type PageElement, parentElement, rootElement, selectAll, selectFirst } from "./page-dom.js";
import { readPublishedDate } from "./published-date.js";
import { cleanTitle, isOutletName, titleTagSuffix, visibleHeadline } from "./page-title.js";

export interface HtmlMetadata {
  title: string | null;
  outlet: string | null;
  authors: string[];
  published: string | null;
  publishedSource: PublishedSource | null;
  modified: string | null;
  modifiedSource: PublishedSource | null;
  language: string | null;
}

/** Byline elements, as trafilatura's author expressions find them: rel/itemprop, then classes naming an author's name. */
const BYLINE_SELECTORS = [
  // itemprop is a list of names ("author creator").
  '[rel="author"]', '[itemprop~="author"]', ".byline", ".author", ".article-author", ".auteur", ".signature",
  '[class*="author-name" i]', '[class$="-byline" i]', '[class*="author__name" i]', '[class*="authorname" i]', '[class*="byline__name" i]',
].join(", ");
/**
 * Links to an author's page ("/author/jane-doe", "/west-virginia/staff/matthew-digby/"): the
 * element holding the first of them is the byline, as trafilatura and news-please read it. A
 * section's index ("/staff/") has no slug after the segment and is no author.
 */
const AUTHOR_PAGE_PATH = /\/(?:author|authors|staff|people|profile|profiles)\/[^/?#]+/iu;
/** The blocks a byline element may list its parts in, one a block. */
const BYLINE_BLOCKS = new Set(["div", "p", "li"]);
/** Twitter's "label1/data1" pairs, where Yoast and Ghost state the author ("Written by", "Écrit par"). */
const AUTHOR_LABEL = /^(?:written by|écrit par|author|auteur|autor)/iu;
/** Byline elements hold a few names; a longer text is a paragraph that happens to carry the class. */
const MAX_BYLINE_CHARS = 160;
/** A site name shaped like a domain ("Le Monde.fr", "SudOuest.fr", "ladepeche.fr"): its written name is looked up. */
const DOMAIN_SHAPED = /\.(?:fr|com|net|org|info|be|ch|ca|ma|tn|sn|dz|re|tv|co\.uk|eu)$/iu;

export function readHtmlMetadata(document: PageDocument, url: string | undefined): HtmlMetadata {
  const jsonLd = readJsonLdArticle(document);
  const language = attributeOf(rootElement(document), "lang")?.trim() || null;
  const pageUrl = url ?? canonicalUrl(document);
  const titleTag = visibleText(selectFirst("title", document));
  const metadataHeadlines = [jsonLd?.headline, metaContent(document, "og:title"), metaContent(document, "twitter:title")];
  const visibleHeadings = headings(document);
  const statedHeadlines = [...metadataHeadlines, ...visibleHeadings];
  const siteNames = [metaContent(document, "og:site_name"), jsonLd?.publisher, jsonLd?.siteName, metaContent(document, "application-name")]
    .filter((name): name is string => Boolean(name))
    .map(decodeEntities);
  const outlet = outletOf(siteNames[0], pageUrl, titleTagSuffix(titleTag, statedHeadlines.find(Boolean)));
  // The outlet's names a title may end with or consist of: " - Le Monde", " | midilibre.fr", an <h1> that is the logo.
  const outletNames = [outlet, ...siteNames, pageUrl ? hostOf(pageUrl) : null].filter((name): name is string => Boolean(name));
  const title =
    visibleHeadline(visibleHeadings, [...metadataHeadlines, titleTag], outletNames) ??
    [...statedHeadlines, titleTag].map((candidate) => cleanTitle(candidate, outletNames)).find((candidate): candidate is string => candidate !== null) ?? null;
  const published = readPublishedDate(document, jsonLd?.datePublished, pageUrl, language);
  const modified = readModifiedDate(document, jsonLd?.dateModified, language, published?.value ?? null);
  return {
    title,
    outlet,
    authors: authorsOf(document, jsonLd, language, outletNames),
    published: published?.value ?? null,
    publishedSource: published?.source ?? null,
    modified: modified?.value ?? null,
    modifiedSource: modified?.source ?? null,
    language,
  };
}

/** The outlet: the name the page gives itself, else the known outlets' table, else the <title> suffix, else the domain. */
function outletOf(siteName: string | undefined, pageUrl: string | undefined, titleSuffix: string | null): string | null {
  const known = pageUrl ? knownOutletName(pageUrl) : null;
  return (siteName ? writtenSiteName(siteName, known) : null) ?? known ?? titleSuffix ?? (pageUrl ? hostOf(pageUrl) : null);
}

/**
 * The site's own name, unless it is no name: a URL or a handle ("https://www.example.com",
 * "@example"), a domain ("SudOuest.fr", "Le Monde.fr": looked up, or its TLD cut when words
 * remain), a bare lowercase label ("usatoday"), or a section's name where the domain's outlet is
 * known ("U.S." on reuters.com). A tagline after a bar is cut.
 */
function writtenSiteName(statedName: string, known: string | null): string | null {
  // "Autoracing | F1 | Indy | MotoGP": the name, then the site's tagline or sections.
  const siteName = statedName.split(/\s+\|\s+/u)[0]!;
  if (/^(?:https?:\/\/|www\.|@)/iu.test(siteName)) return null;
  if (DOMAIN_SHAPED.test(siteName)) {
    const withoutTld = siteName.replace(DOMAIN_SHAPED, "");
    return knownOutletName(siteName) ?? known ?? (/\s/u.test(withoutTld) ? withoutTld : siteName);
  }
  if (known && (/^[a-z0-9]+$/u.test(siteName) || !namesTheSame(siteName, known))) return known;
  return siteName;
}

/** "France 3 Bretagne" and "France 3 Régions" share a word; "WSJ" is "The Wall Street Journal"'s initials; "U.S." and "Reuters" have nothing in common. */
function namesTheSame(a: string, b: string): boolean {
  const words = (name: string) => name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const [wordsA, wordsB] = [words(a), words(b)];
  const initials = (list: string[]) => list.filter((word) => word !== "the").map((word) => word[0]).join("");
  return (
    wordsA.some((word) => word.length >= 3 && wordsB.includes(word)) ||
    wordsA.join("") === wordsB.join("") ||
    wordsA.join("") === initials(wordsB) ||
    wordsB.join("") === initials(wordsA)
  );
}

/** <h1> elements in document order, the article's first: a site's logo is often the first <h1> of the page. */
function headings(document: PageDocument): Array<string | undefined> {
  const inArticle = selectAll("article h1, main h1", document);
  const all = selectAll("h1", document);
  return [...new Set([...inArticle, ...all])].map((element) => visibleText(element));
}

/**
 * The people and agencies credited. The outlet named as an Organization author of its own
 * article (JSON-LD "BBC News" on BBC News, where no one signs) names no one: a byline is looked
 * for instead. Credited as a Person or in a visible byline ("Par : RFI"), it stays.
 */
function authorsOf(document: PageDocument, jsonLd: JsonLdArticle | null, language: string | null, outletNames: readonly string[]): string[] {
  const selfCredits = new Set((jsonLd?.organizationAuthors ?? []).filter((name) => isOutletName(decodeEntities(name), outletNames)));
  const credited = unique((jsonLd?.authors ?? []).filter((name) => !selfCredits.has(name)).map(decodeEntities));
  if (credited.length > 0 && !credited.every((name) => isOutletName(name, outletNames))) return credited;
  // Only the outlet credited, as a Person: a visible byline naming others is more exact.
  const visible = visibleAuthors(document, language);
  if (credited.length > 0 && visible.every((name) => isOutletName(name, outletNames))) return credited;
  return visible;
}

function visibleAuthors(document: PageDocument, language: string | null): string[] {
  const metaAuthor = metaContent(document, "author") ?? metaContent(document, "article:author") ?? metaContent(document, "parsely-author") ?? labelledAuthor(document);
  const candidates = [metaAuthor, ...selectAll(BYLINE_SELECTORS, document).map(bylineText)];
  const cues = cuesFor(language);
  const lists = candidates.map((candidate) => bylineAuthors(candidate, cues)).filter((list) => list.length > 0);
  const first = lists[0] ?? bylineAuthors(authorPageByline(document), cues);
  if (first.length === 0) return [];
  // A meta tag often names only the first author; a visible byline naming them and more is more complete.
  return lists.find((list) => list.length > first.length && first.every((name) => list.includes(name))) ?? first;
}

/**
 * The names on the links to author pages beside the first one in a byline-sized element: "By <a>Matthew
 * Digby</a>, <a>Minh Do</a>". A second link to the same page ("View More Articles") is no name.
 */
function authorPageByline(document: PageDocument): string | undefined {
  const isAuthorLink = (anchor: PageElement) => AUTHOR_PAGE_PATH.test(attributeOf(anchor, "href") ?? "");
  // In a paragraph ("US President <a href=/topics/people/…>"), a link names someone the article is about.
  const inByline = (anchor: PageElement) => (visibleText(parentElement(anchor))?.length ?? Infinity) <= MAX_BYLINE_CHARS;
  const first = selectAll("a[href]", document).find((anchor) => isAuthorLink(anchor) && inByline(anchor));
  const byline = first ? parentElement(first) : null;
  if (!byline) return undefined;
  const namesByPage = new Map<string, string | undefined>();
  for (const anchor of selectAll("a[href]", byline).filter(isAuthorLink)) {
    const page = attributeOf(anchor, "href")!;
    if (!namesByPage.has(page)) namesByPage.set(page, visibleText(anchor));
  }
  return [...namesByPage.values()].filter(Boolean).join(", ") || undefined;
}

/**
 * A byline element's text, its block children apart: "<div>By Jane Doe</div><div>Associated
 * Press</div>" is "By Jane Doe | Associated Press", not "Jane DoeAssociated Press".
 */
function bylineText(element: PageElement): string | undefined {
  const children = childElements(element);
  const blocks = children.filter((child) => BYLINE_BLOCKS.has(child.name));
  if (blocks.length < 2 || blocks.length !== children.length) return visibleText(element);
  return blocks.map((block) => visibleText(block)).filter(Boolean).join(" | ") || undefined;
}

function labelledAuthor(document: PageDocument): string | undefined {
  for (const index of [1, 2, 3]) {
    if (AUTHOR_LABEL.test(metaContent(document, `twitter:label${index}`) ?? "")) return metaContent(document, `twitter:data${index}`);
  }
  return undefined;
}

function bylineAuthors(candidate: string | undefined, cues: ReturnType<typeof cuesFor>): string[] {
  if (!candidate) return [];
  // Entities first: "L&#039;Hénoret" would otherwise split at the entity's semicolon.
  const decoded = decodeEntities(candidate);
  if (/^https?:\/\//.test(decoded) || decoded.length > MAX_BYLINE_CHARS) return [];
  const opener = cues.flatMap((cue) => cue.bylineOpeners).find((word) => decoded.toLowerCase().startsWith(`${word} `));
  const names = opener ? decoded.slice(opener.length + 1) : decoded;
  const withoutDate = withoutTrailingDate(names.split(/\s[|–—-]\s|\s(?:le|on|publié|published|mis à jour|updated)\s/iu)[0]!, cues);
  return unique(splitAuthors(withoutDate, cues[0]!).filter((name) => /\p{Lu}/u.test(name)));
}

function canonicalUrl(document: PageDocument): string | undefined {
  return attributeOf(selectFirst('link[rel="canonical"]', document), "href") ?? metaContent(document, "og:url");
}

function unique(names: string[]): string[] {
  return [...new Set(names.map((name) => name.replace(/\s+/gu, " ").trim()).filter(Boolean))];
}
