/**
 * An HTML page's last modification date, by htmldate's rules for it (its `original_date=False`
 * mode): the page's metadata first (JSON-LD dateModified, article:modified_time and kin), then a
 * visible stamp that says so ("Updated 10:02 AM ET, Nov. 19, 2019", « Mis à jour le … »), read
 * outside scripts, comments and foreign containers as the publication date is. A modification
 * no later than the publication is none (CMSs stamp both at once): it is left out.
 */
import type { ExtractionCues } from "../lang/cues.js";
import { cuesFor } from "../lang/index.js";
import { isLaterThan } from "../modification-date.js";
import { parseStatedDate } from "../stated-date.js";
import { attributeOf, matches, type PageDocument, type PageElement, textOf } from "./page-dom.js";
import { ATTRIBUTION, DATELINE_SELECTOR, firstCue, firstInPage, MAX_DATELINE_CHARS, metadataDate, plausible, type PublishedDate } from "./published-date.js";

/** Modification meta tags, most deliberate first (htmldate's and news-please's lists, modification only). */
const MODIFIED_META = [
  "article:modified_time", "og:article:modified_time", "og:updated_time", "dateModified", "article:modified", "modified", "last-modified", "lastmod",
  "dc.date.modified", "dcterms.modified", "date_modified", "updated_time", "sailthru.lastmodified",
];
/** A class naming an update: the element's date is the modification whether or not a word says so. */
const UPDATE_CLASS = /updated|modified/iu;
/** A stamp is checked for a modification cue also in paragraphs: "Updated: …" lines carry no class. */
const MODIFICATION_SELECTOR = `${DATELINE_SELECTOR}, p`;

export function readModifiedDate(document: PageDocument, jsonLdDate: string | undefined, language: string | null, published: string | null): PublishedDate | null {
  const found = metadataDate(document, { jsonLdName: "dateModified", jsonLdDate, metaNames: MODIFIED_META }, language) ?? fromStamp(document, language);
  return found && (!published || isLaterThan(found.value, published)) ? found : null;
}

function fromStamp(document: PageDocument, language: string | null): PublishedDate | null {
  const cues = cuesFor(language);
  return firstInPage(document, MODIFICATION_SELECTOR, (element) => stampOf(element, cues, language));
}

/** "Updated 10:02 AM ET" read from its cue on (a dateline's cue anywhere, a paragraph's first); a `class="updated"` element's date, flagged inferred when no word calls it so. */
function stampOf(element: PageElement, cues: readonly ExtractionCues[], language: string | null): PublishedDate | null {
  const text = textOf(element).replace(/\s+/gu, " ").trim();
  if (text.length > MAX_DATELINE_CHARS || ATTRIBUTION.test(text)) return null;
  const modifiedAt = firstCue(text.toLowerCase(), cues.flatMap((cue) => cue.modifiedCues));
  const byClass = UPDATE_CLASS.test(attributeOf(element, "class") ?? "");
  if (modifiedAt === -1 && !byClass) return null;
  // A paragraph is a stamp only when it opens on the cue: "the law was updated on March 3" is the article's text.
  if (modifiedAt > 0 && !matches(element, DATELINE_SELECTOR)) return null;
  const machine = element.name === "time" ? attributeOf(element, "datetime") : null;
  const stamp = modifiedAt >= 0 ? text.slice(modifiedAt) : text;
  const value = plausible(machine ? parseStatedDate(machine, { language }) : null) ?? plausible(parseStatedDate(stamp, { language, ambiguousNumeric: "guess" }));
  return value ? { value, source: { kind: "dateline", inferred: modifiedAt === -1, evidence: stamp || machine! } } : null;
}
