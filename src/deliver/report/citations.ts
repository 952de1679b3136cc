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
    const outletOf = (span: SourceSpan) => this.articles.get(span.articleId)?.outlet ?? span.articleId;
    return onePerOutletFirst(spans, outletOf, MAX_CITED_PER_STATEMENT, (span) => this.byKey.has(keyOf(span)));
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

/**
 * At most `max` of `items`: those `preferred` first, then the first of each outlet not yet
 * among them, then the others, each group in the order given. The report's citations and the
 * web UI's briefing summarise a claim's thousand sources the same way.
 */
export function onePerOutletFirst<T>(items: readonly T[], outletOf: (item: T) => string, max: number, preferred: (item: T) => boolean = () => false): readonly T[] {
  if (items.length <= max) return items;
  const known = items.filter(preferred);
  const seen = new Set(known.map(outletOf));
  const firstOfOutlet = items.filter((item) => !seen.has(outletOf(item)) && seen.add(outletOf(item)));
  return [...new Set([...known, ...firstOfOutlet, ...items])].slice(0, max);
}

const keyOf = (span: SourceSpan) => `${span.articleId}:${span.start}:${span.end}`;
