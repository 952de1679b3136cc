/** Citations: one link per source span, named by outlet, opening the span highlighted in its article. */
import { sourceName, type NamedSource } from "../../../src/deliver/source-name.js";
import type { ArticleMeta } from "../api.js";
import { useI18n } from "../i18n/i18n.js";
import { MESSAGES, type Locale } from "../i18n/messages.js";
import { spanHref } from "../router.js";

export type ArticleIndex = ReadonlyMap<string, ArticleMeta>;

interface Span {
  articleId: string;
  start: number;
  end: number;
}

/**
 * One link per article (its first span), so an outlet is named once however often it says it.
 * `total`: how many articles the claim has, when `spans` are the first few the briefing kept.
 */
export function SourceLinks({ spans, articles, limit = 6, total }: { spans: readonly Span[]; articles: ArticleIndex; limit?: number; total?: number }) {
  const { locale, t } = useI18n();
  const seen = new Set<string>();
  const firsts = spans.filter((span) => !seen.has(span.articleId) && Boolean(seen.add(span.articleId)));
  const shown = firsts.slice(0, limit);
  const named = distinctLabels(shown.map((span) => span.articleId), articles, locale);
  return (
    <span class="sources">
      {shown.map((span, index) => (
        <>
          {index > 0 && " "}
          <a class="source" href={spanHref(span)} title={t["source.span"](named[index]!, span.start, span.end)}>
            {named[index]}
          </a>
        </>
      ))}
      {Math.max(firsts.length, total ?? 0) > shown.length && <span class="more"> +{Math.max(firsts.length, total ?? 0) - shown.length}</span>}
    </span>
  );
}

/** Articles by outlet; two articles of one outlet ("Ruritania Matin Ruritania Matin") told apart by their publication time. */
export function distinctLabels(articleIds: readonly string[], articles: ArticleIndex, locale: Locale): string[] {
  const labels = articleIds.map((id) => articleLabel(articles, id, locale));
  const repeated = new Set(labels.filter((label, index) => labels.indexOf(label) !== index));
  return articleIds.map((id, index) => (repeated.has(labels[index]!) ? `${labels[index]} (${whenPublished(articles.get(id)?.published ?? null, locale) ?? index + 1})` : labels[index]!));
}

export function articleLabel(articles: ArticleIndex, id: string, locale: Locale): string {
  const meta = articles.get(id);
  return meta ? outletName(meta, locale) : id;
}

/** An article's source in the interface's words: a file name said to be one (« fichier : x.html »). */
export function outletName(meta: NamedSource, locale: Locale): string {
  return sourceName(meta, MESSAGES[locale]["source.file"]);
}

/** "14 Oct, 18:42" (the time only when the record gives one), or null without a date. */
function whenPublished(published: string | null, locale: Locale): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/u.exec(published ?? "");
  if (!match) return null;
  const [, year, month, day, hour, minute] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour ?? 0), Number(minute ?? 0)));
  const key = `${locale} ${hour ? "time" : "day"}`;
  let formatter = shortFormatters.get(key);
  if (!formatter) shortFormatters.set(key, (formatter = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { day: "numeric", month: "short", ...(hour ? { hour: "2-digit", minute: "2-digit" } : {}), timeZone: "UTC" })));
  return formatter.format(date);
}

/** Formatters kept per locale and form: building one costs far more than formatting with it. */
const shortFormatters = new Map<string, Intl.DateTimeFormat>();
