/** The article listing, one query for both backends (their articles tables share these columns). */
import type { Kysely } from "kysely";
import type { Message } from "../core/message.js";
import type { ArticleRow } from "./article-row.js";
import type { ArticleSummary, ListOptions } from "./store.js";

/** How many warnings (not infos) an article row carries, for listings. */
function warningCount(warnings: string): number {
  return (JSON.parse(warnings) as Message[]).filter((warning) => warning.severity !== "info").length;
}

/** The columns a listing reads, which both backends' article tables have. */
export interface ListingSchema {
  articles: ArticleRow & { seq: unknown };
}

/**
 * Newest first (undated last), then latest stored first: the same queries for both backends.
 * Dated and undated articles are read apart, each in the order of the index on `published`
 * (seq is the row id): one ORDER BY on `published IS NULL` sorted the whole table for every
 * page (56 ms at 20,000 articles, a server's listing held that long), these read one page.
 */
export async function listArticleSummaries(db: Kysely<ListingSchema>, options: ListOptions): Promise<ArticleSummary[]> {
  const limit = options.limit ?? 50;
  const offset = options.offset ?? 0;
  const columns = ["id", "source", "title", "outlet", "published", "language", "warnings", "ingested_at"] as const;
  const dated = await db.selectFrom("articles").select(columns).where("published", "is not", null).orderBy("published", "desc").orderBy("seq", "desc").limit(limit).offset(offset).execute();
  let rows = dated;
  if (dated.length < limit) {
    // A page that holds dated articles starts the undated ones from their first; only a page past them all needs their count.
    const undatedOffset = dated.length > 0 ? 0 : Math.max(0, offset - (await datedCount(db)));
    const undated = await db.selectFrom("articles").select(columns).where("published", "is", null).orderBy("seq", "desc").limit(limit - dated.length).offset(undatedOffset).execute();
    rows = [...dated, ...undated];
  }
  return rows.map((row) => ({
    id: row.id,
    source: row.source,
    title: row.title,
    outlet: row.outlet,
    published: row.published,
    language: row.language,
    warningCount: warningCount(row.warnings),
    ingestedAt: row.ingested_at,
  }));
}

async function datedCount(db: Kysely<ListingSchema>): Promise<number> {
  const { count } = await db.selectFrom("articles").select((eb) => eb.fn.countAll<number | string>().as("count")).where("published", "is not", null).executeTakeFirstOrThrow();
  return Number(count);
}
