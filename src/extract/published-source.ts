/** How an inferred publication date is recorded: the capture-date fallback, and the message naming the evidence. */
import { message, type Message } from "../core/message.js";
import type { PublishedSource } from "./article.js";
import { parseStatedDate } from "./stated-date.js";

const INFERRED_FROM: Record<PublishedSource["kind"], string> = {
  metadata: "the page's metadata",
  container: "the feed or record",
  dateline: "a date shown on the page, with no word calling it the publication date",
  url: "the date in the URL",
  fetch: "the date the page was captured",
};

/** An info message for an inferred date ("published-inferred"); null when the date was stated as the publication date. */
export function inferredDateMessage(published: string | null, source: PublishedSource | null | undefined): Message | null {
  if (!published || !source?.inferred) return null;
  return message("extract", "published-inferred", `Publication date ${published} inferred from ${INFERRED_FROM[source.kind]}: ${source.evidence}`, "info");
}

/**
 * The day a page was captured (a WARC record's WARC-Date), as the publication day of a page that
 * states none: news crawls (CC-NEWS) capture pages within hours of publication, and an undated
 * article cannot be placed on a timeline at all. Only the day: the capture clock is not the
 * publication's. Flagged as inferred, so a reader of an archive crawled long after can tell.
 */
export function publishedFromFetchDate(fetched: string | undefined): { published: string; publishedSource: PublishedSource } | null {
  const day = fetched ? parseStatedDate(fetched)?.slice(0, 10) : undefined;
  return day && day.length === 10 ? { published: day, publishedSource: { kind: "fetch", inferred: true, evidence: `captured ${fetched}` } } : null;
}
