/**
 * An article's lead: the first sentences of its body, where a news text says who did what, where
 * and when before the background. The headline, which opens the text (extract/headline.ts), is
 * not part of it: it is the outlet's summary of the lead, read on its own.
 */
import type { AnnotatedArticle, Sentence } from "../annotate/annotation.js";
import { bodyStart } from "../extract/headline.js";

/** Sentences a news lead holds. */
export const LEAD_SENTENCES = 2;

export function leadSentences(article: Pick<AnnotatedArticle, "title" | "text" | "annotations">): Sentence[] {
  const from = bodyStart(article);
  const sentences = article.annotations.sentences;
  let first = 0;
  while (first < sentences.length && sentences[first]!.start < from) first += 1;
  return sentences.slice(first, first + LEAD_SENTENCES);
}
