/** The message an article carries when its publication date was inferred, naming the evidence. */
import { message, type Message } from "../core/message.js";
import type { PublishedSource } from "./article.js";

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
