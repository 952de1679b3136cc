/**
 * The persisted connected corpus on PostgreSQL (see connected-corpus-store.ts). Writers on several
 * machines (servers, CLI runs) are serialised by a transaction-scoped advisory lock, so two builds
 * never interleave their rows; readers see the last committed build whole.
 */
import { sql, type Kysely } from "kysely";
import { readByIds } from "../ids-per-read.js";
import { packJson, supersedes, unpackJson, type ArticleStamp, type ArticleState, type ConnectedCorpusStore, type StoredArticleState, type CorpusBuildHeader, type CorpusBuildWrite, type StoryRecord } from "../connected-corpus-store.js";

interface CorpusTables {
  corpus_build: { id: number; algorithm_version: string; article_count: string; last_article: string; built_at: string; entities: Buffer };
  corpus_stories: { id: string; position: number; body: Buffer };
  corpus_story_articles: { article_id: string; story_id: string };
  article_connect_states: { article_id: string; version: string; state: string; vector: string | null };
}

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters per statement. */
const ROWS_PER_INSERT = 1000;
/** The advisory lock's key: any constant the application does not use elsewhere. */
const BUILD_LOCK = 0x7265636f;

const toRecord = (row: { id: string; position: number; body: Buffer }): StoryRecord => ({ id: row.id, position: row.position, body: unpackJson(row.body) });

export class PostgresConnectedCorpus implements ConnectedCorpusStore {
  private readonly db: Kysely<CorpusTables>;

  constructor(db: Kysely<unknown>) {
    this.db = db as Kysely<CorpusTables>;
  }

  async articleStamp(): Promise<ArticleStamp> {
    const { rows } = await sql<{ count: string; last: string }>`SELECT count(*) AS count, coalesce(max(seq), 0) AS last FROM articles`.execute(this.db);
    return { articleCount: Number(rows[0]!.count), lastArticle: Number(rows[0]!.last) };
  }

  async articleIdsAfter(lastArticle: number): Promise<string[]> {
    const { rows } = await sql<{ id: string }>`SELECT id FROM articles WHERE seq > ${lastArticle} ORDER BY seq`.execute(this.db);
    return rows.map((row) => row.id);
  }

  async readCorpusBuild(): Promise<CorpusBuildHeader | null> {
    return header(this.db);
  }

  async readCorpusEntities(): Promise<unknown> {
    const row = await this.db.selectFrom("corpus_build").select("entities").where("id", "=", 1).executeTakeFirst();
    return row ? unpackJson(row.entities) : [];
  }

  async readStoryRecords(filter: { ids?: readonly string[]; articleId?: string } = {}): Promise<StoryRecord[]> {
    let query = this.db.selectFrom("corpus_stories").select(["corpus_stories.id", "corpus_stories.position", "corpus_stories.body"]).orderBy("corpus_stories.position");
    if (filter.articleId !== undefined) {
      query = query.innerJoin("corpus_story_articles", "corpus_story_articles.story_id", "corpus_stories.id").where("corpus_story_articles.article_id", "=", filter.articleId);
    } else if (filter.ids) {
      if (filter.ids.length === 0) return [];
      query = query.where("corpus_stories.id", "in", [...filter.ids]);
    }
    return (await query.execute()).map(toRecord);
  }

  async writeCorpusBuild(write: CorpusBuildWrite): Promise<boolean> {
    const stories = write.stories.map((story) => ({ id: story.id, position: story.position, body: packJson(story.body) }));
    const links = write.stories.flatMap((story) => story.articleIds.map((articleId) => ({ article_id: articleId, story_id: story.id })));
    const entities = packJson(write.entities);
    return this.db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${BUILD_LOCK})`.execute(trx);
      if (!supersedes(write, await header(trx))) return false;
      if (write.replaces === "all") {
        await sql`TRUNCATE corpus_stories, corpus_story_articles`.execute(trx);
      } else if (write.replaces.length > 0) {
        await trx.deleteFrom("corpus_stories").where("id", "in", [...write.replaces]).execute();
        await trx.deleteFrom("corpus_story_articles").where("story_id", "in", [...write.replaces]).execute();
      }
      for (let start = 0; start < stories.length; start += ROWS_PER_INSERT) {
        await trx.insertInto("corpus_stories").values(stories.slice(start, start + ROWS_PER_INSERT)).onConflict((conflict) => conflict.column("id").doUpdateSet((eb) => ({ position: eb.ref("excluded.position"), body: eb.ref("excluded.body") }))).execute();
      }
      for (let start = 0; start < links.length; start += ROWS_PER_INSERT) {
        await trx.insertInto("corpus_story_articles").values(links.slice(start, start + ROWS_PER_INSERT)).onConflict((conflict) => conflict.column("article_id").doUpdateSet((eb) => ({ story_id: eb.ref("excluded.story_id") }))).execute();
      }
      const build = { algorithm_version: write.stamp.algorithmVersion, article_count: String(write.stamp.articleCount), last_article: String(write.stamp.lastArticle), built_at: new Date().toISOString(), entities };
      await trx.insertInto("corpus_build").values({ id: 1, ...build }).onConflict((conflict) => conflict.column("id").doUpdateSet(build)).execute();
      return true;
    });
  }

  async readArticleStates(ids: readonly string[], version: string): Promise<Map<string, StoredArticleState>> {
    const rows = await readByIds(ids, (chunk) =>
      this.db.selectFrom("article_connect_states").select(["article_id as id", "state", "vector"]).where("version", "=", version).where("article_id", "in", chunk).execute(),
    );
    return new Map(rows.map((row) => [row.id, { state: row.state, vector: row.vector }]));
  }

  async writeArticleStates(version: string, states: ReadonlyArray<ArticleState>): Promise<void> {
    const rows = states.map(({ articleId, state, vector }) => ({ article_id: articleId, version, state, vector: vector ?? null }));
    await this.db.transaction().execute(async (trx) => {
      for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
        await trx
          .insertInto("article_connect_states")
          .values(rows.slice(start, start + ROWS_PER_INSERT))
          .onConflict((conflict) => conflict.column("article_id").doUpdateSet((eb) => ({ version: eb.ref("excluded.version"), state: eb.ref("excluded.state"), vector: eb.ref("excluded.vector") })))
          .execute();
      }
    });
  }

  async dropArticleStatesExcept(version: string): Promise<void> {
    await this.db.deleteFrom("article_connect_states").where("version", "<>", version).execute();
  }
}

async function header(db: Kysely<CorpusTables>): Promise<CorpusBuildHeader | null> {
  const row = await db.selectFrom("corpus_build").select(["algorithm_version", "article_count", "last_article", "built_at"]).where("id", "=", 1).executeTakeFirst();
  return row ? { algorithmVersion: row.algorithm_version, articleCount: Number(row.article_count), lastArticle: Number(row.last_article), builtAt: row.built_at } : null;
}
