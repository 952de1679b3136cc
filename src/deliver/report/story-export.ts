/**
 * One story as a file to download (the story page's export buttons, `GET /api/stories/:id/export`):
 * its report as Markdown, HTML or JSON, exactly as `recoupe report --story` writes it, or its
 * articles' events as CSV rows, as `recoupe export --format csv` writes them.
 */
import { stringify } from "csv-stringify/sync";
import type { Story } from "../../connect/connect-corpus.js";
import type { CorpusEntity } from "../../connect/corpus-entities.js";
import type { Store } from "../../store/store.js";
import { EVENT_COLUMNS, eventRows } from "../events-csv.js";
import type { ReportLanguage } from "../readable-date.js";
import { buildStoryReport } from "./report-model.js";
import { readArticleInfos, renderReports } from "./write-report.js";

export const STORY_EXPORT_FORMATS = ["md", "html", "json", "csv"] as const;
export type StoryExportFormat = (typeof STORY_EXPORT_FORMATS)[number];

export interface StoryFile {
  body: string;
  contentType: string;
  fileName: string;
}

const CONTENT_TYPES: Record<StoryExportFormat, string> = {
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

/**
 * A story's articles are read this many ids a call, as the store chunks its own reads: one
 * statement per chunk, not per article, and a 2,000-article story's texts not all held at once.
 */
const ARTICLES_PER_READ = 500;

/** `language`: the reader's, for a report's headings and statements (the story's own when absent); events CSV has none. */
export async function exportStory(store: Store, story: Story, entities: ReadonlyMap<string, CorpusEntity>, format: StoryExportFormat, language?: ReportLanguage): Promise<StoryFile> {
  const fileName = `recoupe-${story.id}${format === "csv" ? "-events" : ""}.${format}`;
  if (format === "csv") {
    const rows: string[][] = [[...EVENT_COLUMNS]];
    for (let start = 0; start < story.articleIds.length; start += ARTICLES_PER_READ) {
      for (const article of await store.getArticles(story.articleIds.slice(start, start + ARTICLES_PER_READ))) rows.push(...eventRows(article));
    }
    return { body: stringify(rows), contentType: CONTENT_TYPES.csv, fileName };
  }
  const report = buildStoryReport(story, await readArticleInfos(store, story.articleIds), entities, language);
  return { body: renderReports([report], format), contentType: CONTENT_TYPES[format], fileName };
}
