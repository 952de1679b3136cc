/**
 * What a modification date must be to be kept, whatever states it (a dump's « Mis à jour le … »
 * line, a feed item's <updated>, a JSON record's dateModified): later than the publication, as
 * CMSs stamp both at once; and where it was read, kept apart from the publication date.
 */
import type { StatedMetadata } from "../ingest/raw-document.js";
import type { PublishedSource } from "./article.js";
import { parseStatedDate } from "./stated-date.js";

export interface ModificationDate {
  modified: string;
  modifiedSource: PublishedSource;
}

/**
 * Compared at the precision both state: "2024-02-08T08:10" is later than "2024-02-07", and so is
 * "2024-02-07T16:43" than a publication day "2024-02-07" (a URL's), which may be that morning;
 * "2024-02-07" is not later than "2024-02-07T19:45".
 */
export function isLaterThan(modified: string, published: string): boolean {
  const length = Math.min(modified.length, published.length);
  const [stated, publication] = [modified.slice(0, length), published.slice(0, length)];
  return stated > publication || (stated === publication && modified.length > published.length);
}

/** A modification stated beside the publication, kept when there is no publication to compare or it is later. */
export function laterModification(modified: string | null | undefined, published: string | null, source: PublishedSource): ModificationDate | null {
  return modified && (!published || isLaterThan(modified, published)) ? { modified, modifiedSource: source } : null;
}

/**
 * The modification a container states for its item (StatedMetadata.modified), normalised as its
 * publication date is: what extraction adds to the article beside the page's own, preferred to it
 * as the container's publication date is.
 */
export function statedModification(stated: StatedMetadata, published: string | null): ModificationDate | null {
  if (!stated.modified) return null;
  const value = parseStatedDate(stated.modified, { language: stated.language ?? null });
  return laterModification(value, published, { kind: "container", inferred: false, evidence: stated.modified });
}
