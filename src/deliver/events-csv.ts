/**
 * PLOVER-style event rows, one per event of every article, streamed: date, whether it is
 * inferred and what it rests on, actor, actor country, category, mode, target, target country,
 * place, source, evidence. Written with csv-stringify, so quoting and embedded newlines follow
 * RFC 4180.
 */
import { once } from "node:events";
import type { Writable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import type { AnnotatedArticle, Entity, EventFrame } from "../annotate/annotation.js";
import type { Store } from "../store/store.js";
import { INFERRED_MARK } from "./inferred-date.js";

export const EVENT_COLUMNS = ["date", "date_inferred", "date_evidence", "actor", "actor_country", "event_type", "mode", "target", "target_country", "place", "source", "article_id", "evidence"] as const;

export async function writeEventsCsv(store: Store, out: Writable): Promise<void> {
  await write(out, stringify([[...EVENT_COLUMNS]]));
  for await (const article of store.iterateArticles()) {
    const rows = eventRows(article);
    if (rows.length > 0) await write(out, stringify(rows));
  }
}

export function eventRows(article: AnnotatedArticle): string[][] {
  const byId = new Map(article.annotations.entities.map((entity) => [entity.id, entity]));
  const names = (ids: readonly string[]) => ids.map((id) => byId.get(id)?.name ?? id).join("; ");
  const countries = (ids: readonly string[]) => [...new Set(ids.map((id) => countryOf(byId.get(id), byId)).filter((code): code is string => code !== null))].join("; ");
  return article.annotations.events.map((event) => [
    event.date ?? "",
    ...dateColumns(article, event),
    names(event.actors),
    countries(event.actors),
    event.category,
    event.mode,
    names(event.targets),
    countries(event.targets),
    event.place ? (byId.get(event.place)?.name ?? "") : "",
    article.url ?? article.source,
    article.id,
    oneLine(article.text.slice(event.start, event.end)),
  ]);
}

/**
 * Whether the date is inferred, and its evidence: the words of the time expression that states
 * it, or, for a date no words state (annotation gives the lead's news the publication day, see
 * EventFrame.dateSpan), the publication date it was taken from. Both empty for an undated event.
 */
function dateColumns(article: AnnotatedArticle, event: EventFrame): [inferred: string, evidence: string] {
  if (event.date === null) return ["", ""];
  if (event.dateSpan) return ["false", oneLine(article.text.slice(event.dateSpan.start, event.dateSpan.end))];
  const published = article.published ? `${article.publishedSource?.inferred ? INFERRED_MARK : ""}${article.published.slice(0, 10)}` : "";
  return ["true", published ? `published ${published}` : ""];
}

const oneLine = (text: string) => text.replace(/\s+/gu, " ").trim();

/** A place's own country; a person's through the country their role is held for. */
function countryOf(entity: Entity | undefined, byId: ReadonlyMap<string, Entity>): string | null {
  if (!entity) return null;
  if (entity.type === "LOC") return entity.countryCode;
  const affiliation = entity.roles.find((role) => role.affiliation)?.affiliation;
  return affiliation ? (byId.get(affiliation)?.countryCode ?? null) : null;
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, "drain");
}
