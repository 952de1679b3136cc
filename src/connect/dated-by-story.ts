/**
 * An undated article's times resolved against its story's dates: « mercredi 24 novembre » in an
 * article with no publication date has no year, « hier » no day, but the story's dated articles
 * say when it happened. The time stage reads the words again with the story's first publication
 * date as the anchor (one resolver, not a second one here), and the record's date is flagged
 * inferred (`datedByStory`), so alignment lets any stated date win over it.
 */
import { findTimeExpressions } from "../annotate/stages/time/find-time-expressions.js";
import type { ClaimRecord } from "./claim-records.js";

/** A calendar value as the timeline keeps it: a year first. */
const CALENDAR = /^\d{4}/u;

/**
 * The records with their unanchored times resolved against `anchor` (the story's first
 * publication date; null leaves them undated). Only the story's own articles are given: a
 * related story's undated article belongs to other dates.
 */
export function datedByStory(records: readonly ClaimRecord[], anchor: string | null, own: ReadonlySet<string>): ClaimRecord[] {
  if (anchor === null) return [...records];
  return records.map((record) => {
    if (record.kind !== "event" || record.date !== null || !record.unanchoredTime || !own.has(record.source.articleId)) return record;
    const [time] = findTimeExpressions(record.unanchoredTime.text, { language: record.unanchoredTime.language, published: anchor });
    const date = time?.value && CALENDAR.test(time.value) && (time.type === "DATE" || time.type === "TIME") ? time.value : null;
    return date === null ? record : { ...record, date, datedByStory: true };
  });
}
