/** The article listing, one query for both backends (their articles tables share these columns). */
import { sql, type Kysely } from "kysely";
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

/** Newest first (undated last), then latest stored first: the same query for both backends. */
export async function listArticleSummaries(db: Kysely<ListingSchema>, options: ListOptions): Promise<ArticleSummary[]> {
  const rows = await db
    .selectFrom("articles")
    .select(["id", "source", "title", "outlet", "published", "language", "warnings", "ingested_at"])
    .orderBy(sql`published IS NULL`)
    .orderBy("published", "desc")
    .orderBy("seq", "desc")
    .limit(options.limit ?? 50)
    .offset(options.offset ?? 0)
    .execute();
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
