/**
 * The persisted connected corpus on SQLite (see connected-corpus-store.ts), on better-sqlite3's
 * prepared statements: a build writes tens of thousands of story rows, which Kysely's promise per
 * statement would slow several times over.
 */
import type Database from "better-sqlite3";
import { packJson, supersedes, unpackJson, type ArticleStamp, type ArticleState, type ConnectedCorpusStore, type StoredArticleState, type CorpusBuildHeader, type CorpusBuildWrite, type StoryRecord } from "../connected-corpus-store.js";
import { readByIds } from "../ids-per-read.js";
import { immediateTransactionSync } from "./immediate-transaction.js";

interface BuildRow {
  algorithm_version: string;
  article_count: number;
  last_article: number;
  built_at: string;
}

interface StoryRow {
  id: string;
  position: number;
  body: Buffer;
}

const toRecord = (row: StoryRow): StoryRecord => ({ id: row.id, position: row.position, body: unpackJson(row.body) });

export class SqliteConnectedCorpus implements ConnectedCorpusStore {
  constructor(private readonly connection: Database.Database) {}

  async articleStamp(): Promise<ArticleStamp> {
    const row = this.connection.prepare("SELECT count(*) AS count, coalesce(max(seq), 0) AS last FROM articles").get() as { count: number; last: number };
    return { articleCount: row.count, lastArticle: row.last };
  }

  async articleIdsAfter(lastArticle: number): Promise<string[]> {
    return this.connection.prepare("SELECT id FROM articles WHERE seq > ? ORDER BY seq").pluck().all(lastArticle) as string[];
  }

  async readCorpusBuild(): Promise<CorpusBuildHeader | null> {
    return this.header();
  }

  async readCorpusEntities(): Promise<unknown> {
    const row = this.connection.prepare("SELECT entities FROM corpus_build WHERE id = 1").get() as { entities: Buffer } | undefined;
    return row ? unpackJson(row.entities) : [];
  }

  async readStoryRecords(filter: { ids?: readonly string[]; articleId?: string } = {}): Promise<StoryRecord[]> {
    if (filter.articleId !== undefined) {
      const rows = this.connection.prepare("SELECT s.id, s.position, s.body FROM corpus_story_articles a JOIN corpus_stories s ON s.id = a.story_id WHERE a.article_id = ?").all(filter.articleId) as StoryRow[];
      return rows.map(toRecord);
    }
    if (filter.ids) {
      const one = this.connection.prepare("SELECT id, position, body FROM corpus_stories WHERE id = ?");
      return filter.ids.flatMap((id) => (one.all(id) as StoryRow[]).map(toRecord)).sort((a, b) => a.position - b.position);
    }
    return (this.connection.prepare("SELECT id, position, body FROM corpus_stories ORDER BY position").all() as StoryRow[]).map(toRecord);
  }

  async writeCorpusBuild(write: CorpusBuildWrite): Promise<boolean> {
    // Compressed before the write lock is taken: other writers wait for the inserts only.
    const stories = write.stories.map((story) => ({ ...story, body: packJson(story.body) }));
    const entities = packJson(write.entities);
    const statements = {
      deleteStory: this.connection.prepare("DELETE FROM corpus_stories WHERE id = ?"),
      deleteArticles: this.connection.prepare("DELETE FROM corpus_story_articles WHERE story_id = ?"),
      insertStory: this.connection.prepare("INSERT OR REPLACE INTO corpus_stories (id, position, body) VALUES (?, ?, ?)"),
      insertArticle: this.connection.prepare("INSERT OR REPLACE INTO corpus_story_articles (article_id, story_id) VALUES (?, ?)"),
      upsertBuild: this.connection.prepare(
        "INSERT OR REPLACE INTO corpus_build (id, algorithm_version, article_count, last_article, built_at, entities) VALUES (1, @algorithmVersion, @articleCount, @lastArticle, @builtAt, @entities)",
      ),
    };
    return immediateTransactionSync(this.connection, () => {
      if (!supersedes(write, this.header())) return false;
      if (write.replaces === "all") this.connection.exec("DELETE FROM corpus_stories; DELETE FROM corpus_story_articles;");
      else {
        for (const id of write.replaces) {
          statements.deleteStory.run(id);
          statements.deleteArticles.run(id);
        }
      }
      for (const story of stories) {
        statements.insertStory.run(story.id, story.position, story.body);
        for (const articleId of story.articleIds) statements.insertArticle.run(articleId, story.id);
      }
      statements.upsertBuild.run({ ...write.stamp, builtAt: new Date().toISOString(), entities });
      return true;
    });
  }

  async readArticleStates(ids: readonly string[], version: string): Promise<Map<string, StoredArticleState>> {
    const select = this.connection.prepare("SELECT article_id AS id, state, vector FROM article_connect_states WHERE version = ? AND article_id IN (SELECT value FROM json_each(?))");
    const rows = await readByIds(ids, async (chunk) => select.all(version, JSON.stringify(chunk)) as Array<{ id: string } & StoredArticleState>);
    return new Map(rows.map((row) => [row.id, { state: row.state, vector: row.vector }]));
  }

  async writeArticleStates(version: string, states: ReadonlyArray<ArticleState>): Promise<void> {
    const insert = this.connection.prepare("INSERT OR REPLACE INTO article_connect_states (article_id, version, state, vector) VALUES (?, ?, ?, ?)");
    immediateTransactionSync(this.connection, () => {
      for (const { articleId, state, vector } of states) insert.run(articleId, version, state, vector ?? null);
    });
  }

  async dropArticleStatesExcept(version: string): Promise<void> {
    this.connection.prepare("DELETE FROM article_connect_states WHERE version <> ?").run(version);
  }

  private header(): CorpusBuildHeader | null {
    const row = this.connection.prepare("SELECT algorithm_version, article_count, last_article, built_at FROM corpus_build WHERE id = 1").get() as BuildRow | undefined;
    return row ? { algorithmVersion: row.algorithm_version, articleCount: row.article_count, lastArticle: row.last_article, builtAt: row.built_at } : null;
  }
}
