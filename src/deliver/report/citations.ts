/**
 * Numbered citations: each distinct source span gets one number, in order of first use, and an
 * entry with the outlet, the date and the very words cited, so a reader checks any statement.
 */
import type { SourceSpan } from "../../connect/corpus-entities.js";
import { INFERRED_MARK } from "../inferred-date.js";
import { readableDate } from "../readable-date.js";
import { sourceNameOf, type ArticleInfo, type StoryReport } from "./report-model.js";
import { reportMessages, type ReportMessages } from "./report-messages.js";

export interface Citation {
  number: number;
  span: SourceSpan;
  outlet: string;
  /** The publication date in the reader's words. */
  published: string | null;
  location: string;
  words: string;
}

/** Cited words longer than this are cut in the list; the offsets point at the whole span. */
const MAX_CITED_CHARS = 280;
/**
 * Sources cited for one statement at most, one per outlet first: the report summarises, and a
 * story of thousands of reports cited every one of them a thousand times (a 2,000-article story's
 * report ran to 1.9 MB, two thirds of it citation marks). The statements give their source counts.
 */
export const MAX_CITED_PER_STATEMENT = 6;

export class CitationList {
  private readonly byKey = new Map<string, Citation>();

  constructor(
    private readonly articles: ReadonlyMap<string, ArticleInfo>,
    private readonly report: Pick<StoryReport, "language">,
    private readonly words: ReportMessages = reportMessages(report.language),
  ) {}

  /** The citations of one story's report, numbered from 1. */
  static of(report: StoryReport): CitationList {
    return new CitationList(new Map(report.articles.map((article) => [article.id, article])), report);
  }

  /** The numbers of these spans (`MAX_CITED_PER_STATEMENT` of them at most), registering the new ones. */
  cite(spans: readonly SourceSpan[]): number[] {
    return [...new Set(this.chosen(spans).map((span) => this.number(span)))].sort((a, b) => a - b);
  }

  /** The first span of each outlet in the order given, then the others, up to the cap; spans already cited count first. */
  private chosen(spans: readonly SourceSpan[]): readonly SourceSpan[] {
    if (spans.length <= MAX_CITED_PER_STATEMENT) return spans;
    const outletOf = (span: SourceSpan) => this.articles.get(span.articleId)?.outlet ?? span.articleId;
    const known = spans.filter((span) => this.byKey.has(keyOf(span)));
    const seen = new Set(known.map(outletOf));
    const firstOfOutlet = spans.filter((span) => !seen.has(outletOf(span)) && seen.add(outletOf(span)));
    return [...new Set([...known, ...firstOfOutlet, ...spans])].slice(0, MAX_CITED_PER_STATEMENT);
  }

  all(): Citation[] {
    return [...this.byKey.values()];
  }

  private number(span: SourceSpan): number {
    const key = keyOf(span);
    let citation = this.byKey.get(key);
    if (!citation) {
      const article = this.articles.get(span.articleId);
      const words = (article?.text.slice(span.start, span.end) ?? "").replace(/\s+/gu, " ").trim();
      citation = {
        number: this.byKey.size + 1,
        span,
        outlet: article ? sourceNameOf(article, this.words) : span.articleId,
        published: article?.published ? `${article.publishedSource?.inferred ? INFERRED_MARK : ""}${readableDate(article.published, this.report.language)}` : null,
        location: this.words.location(article?.url ?? article?.source ?? span.articleId, span.articleId, span.start, span.end),
        words: words.length > MAX_CITED_CHARS ? `${words.slice(0, MAX_CITED_CHARS - 1)}…` : words,
      };
      this.byKey.set(key, citation);
    }
    return citation.number;
  }
}

const keyOf = (span: SourceSpan) => `${span.articleId}:${span.start}:${span.end}`;
