/**
 * The claims an annotated article makes, in corpus terms: each event (who did what to whom,
 * when, where) and each attributed quote, with its participants as entity keys (resolved to
 * corpus entities later) and the span of text that states it.
 */
import type { AnnotatedArticle } from "../annotate/annotation.js";
import { foldAccents } from "../core/terms.js";
import { entityKey } from "./article-features.js";
import type { SourceSpan } from "./corpus-entities.js";

export interface EventRecord {
  kind: "event";
  category: string;
  mode: string;
  actors: string[];
  targets: string[];
  date: string | null;
  place: string | null;
  source: SourceSpan;
  outlet: string | null;
}

export interface QuoteRecord {
  kind: "quote";
  speaker: string;
  /** The first words of the quote, folded: the same words reported twice are one statement. */
  words: string;
  text: string;
  source: SourceSpan;
  outlet: string | null;
}

/** Words compared to align one quote across articles. */
const QUOTE_KEY_WORDS = 8;

export function claimRecords(article: AnnotatedArticle): Array<EventRecord | QuoteRecord> {
  const keyOf = new Map(article.annotations.entities.map((entity) => [entity.id, entityKey(entity)]));
  const keys = (ids: readonly string[]) => [...new Set(ids.map((id) => keyOf.get(id)).filter((key): key is string => key !== undefined))].sort();
  const records: Array<EventRecord | QuoteRecord> = [];
  for (const event of article.annotations.events) {
    if (event.actors.length === 0 && event.targets.length === 0) continue; // nobody to hold to it
    records.push({
      kind: "event",
      category: event.category,
      mode: event.mode,
      actors: keys(event.actors),
      targets: keys(event.targets),
      date: event.date,
      place: event.place ? (keyOf.get(event.place) ?? null) : null,
      source: { articleId: article.id, start: event.start, end: event.end },
      outlet: article.outlet,
    });
  }
  for (const quote of article.annotations.quotes) {
    const speaker = quote.speakerEntity ? keyOf.get(quote.speakerEntity) : undefined;
    if (!speaker) continue;
    const text = article.text.slice(quote.content.start, quote.content.end);
    const words = foldAccents(text.toLowerCase()).split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, QUOTE_KEY_WORDS).join(" ");
    records.push({ kind: "quote", speaker, words, text, source: { articleId: article.id, start: quote.start, end: quote.end }, outlet: article.outlet });
  }
  return records;
}
