/**
 * `recoupe report`: connects the stored corpus (one pass over articles, features only), then
 * reads back the articles of the stories asked for and renders their briefing.
 */
import type { Writable } from "node:stream";
import { CorpusConnector, findStory, type ConnectedCorpus } from "../../connect/connect-corpus.js";
import { RecoupeError } from "../../core/errors.js";
import type { Store } from "../../store/store.js";
import type { ReportLanguage } from "../readable-date.js";
import { buildStoryReport, type ArticleInfo, type StoryReport } from "./report-model.js";
import { renderHtml } from "./render-html.js";
import { renderMarkdown } from "./render-markdown.js";

export interface ReportOptions {
  format: "md" | "html" | "json";
  /** One story's id ("s_3f…"); all stories, largest first, when absent. */
  story?: string;
  /** The reader's language (headings, labels, statements); each story's own when absent. */
  language?: ReportLanguage;
}

/** `connected`: the corpus already connected (a stored build, or only the story asked for in it); connected here when absent. */
export async function writeReport(store: Store, out: Writable, options: ReportOptions, connected?: ConnectedCorpus): Promise<void> {
  const { entities, stories } = connected ?? (await connectStored(store));
  const found = options.story ? findStory(stories, options.story) : null;
  // An id whose story merged or gained an older article still names its article: say where it went.
  if (found?.movedFrom) process.stderr.write(`story ${found.movedFrom} is now ${found.story.id} (it merged with another story or gained an earlier article)\n`);
  const chosen = options.story ? (found ? [found.story] : []) : [...stories].sort((a, b) => b.articleIds.length - a.articleIds.length);
  if (chosen.length === 0) {
    if (stories.length === 0) throw new RecoupeError("not-found", "no story to report: the database holds no article yet (recoupe analyze <inputs> first).");
    throw new RecoupeError("not-found", `no story ${options.story}; list them with \`recoupe stories\`.`, options.story ?? "");
  }
  const articles = await readArticleInfos(store, chosen.flatMap((story) => story.articleIds));
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const reports = chosen.map((story) => buildStoryReport(story, articles, byId, options.language));
  out.write(renderReports(reports, options.format));
}

/** The reports in one format; JSON is the report's data before rendering: what a script wants, without the articles' texts. */
export function renderReports(reports: readonly StoryReport[], format: ReportOptions["format"]): string {
  if (format === "json") return `${JSON.stringify(reports.map(({ articles: members, ...report }) => ({ ...report, articles: members.map(({ text: _text, ...article }) => article) })), null, 2)}\n`;
  return format === "html" ? renderHtml(reports) : `${renderMarkdown(reports)}\n`;
}

/** What a report needs of each stored article: its metadata, its text (for the cited words) and its warnings. */
export async function readArticleInfos(store: Store, ids: readonly string[]): Promise<Map<string, ArticleInfo>> {
  const articles = new Map<string, ArticleInfo>();
  for (const article of await store.getArticles(ids)) {
    const { id } = article;
    articles.set(id, { id, title: article.title, outlet: article.outlet, published: article.published, publishedSource: article.publishedSource ?? null, source: article.source, url: article.url, text: article.text, warnings: article.warnings.map((warning) => warning.reason) });
  }
  return articles;
}

async function connectStored(store: Store): Promise<ConnectedCorpus> {
  // Read once: each article's terms are let go once its story vector is made.
  const connector = new CorpusConnector({ readOnce: true });
  for await (const article of store.iterateArticles()) connector.add(article);
  return connector.result();
}
