/**
 * Quotes in English: the hand-made gold of eval/fixtures/quotes-en (offset spans into 21 records
 * of ../shared/data/stories-en-dev, see its README) against the default pipeline's quotes.
 * A gold quote is found when a found quote's content overlaps its span (one of its kind preferred,
 * then the best fit); its speaker is judged by the seeds' rule
 * (seeds-quotes.ts). Precision is the share of found quotes whose content overlaps a gold span.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Quote } from "../src/annotate/annotation.js";
import type { Span } from "../src/core/message.js";
import { readJsonlRecords, recordSpan, type JsonlRecord } from "./jsonl-articles.js";
import { emptyScores, judgeSpeaker, type QuoteScores } from "./seeds-quotes.js";

interface GoldSpanQuote extends Span {
  /** The first ten hex digits of the SHA-1 of the record's text over [start, end). */
  sha1: string;
  direct: boolean;
  speaker: string | null;
  speaker_description: string | null;
}

interface GoldDocument {
  url: string;
  quotes: GoldSpanQuote[];
}

export interface QuotesEnResult {
  documents: number;
  direct: QuoteScores;
  reported: QuoteScores;
  /** Found quotes in the gold articles, and those overlapping a gold span. */
  predicted: number;
  predictedMatching: number;
  spurious: string[];
}

export const QUOTES_EN_GOLD = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "quotes-en", "gold.json");

const overlap = (a: Span, b: Span) => Math.min(a.end, b.end) - Math.max(a.start, b.start);
const excerpt = (text: string) => JSON.stringify(text.replace(/\s+/gu, " ").slice(0, 50));

export function evaluateQuotesEn(storiesDir: string, goldPath = QUOTES_EN_GOLD): QuotesEnResult {
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as { documents: GoldDocument[] };
  const goldOf = new Map(gold.documents.map((document) => [document.url, document]));
  const result: QuotesEnResult = { documents: 0, direct: emptyScores(), reported: emptyScores(), predicted: 0, predictedMatching: 0, spurious: [] };
  for (const record of readJsonlRecords(join(storiesDir, "input.jsonl"))) {
    const document = goldOf.get(record.url);
    if (!document) continue;
    result.documents += 1;
    scoreDocument(record, document, result);
  }
  if (result.documents !== gold.documents.length) throw new Error(`${goldPath}: ${gold.documents.length - result.documents} gold documents are not in ${storiesDir}/input.jsonl`);
  return result;
}

function scoreDocument(record: JsonlRecord, document: GoldDocument, result: QuotesEnResult): void {
  const label = record.url.replace(/^urn:ecbplus:/u, "");
  for (const expected of document.quotes) checkGoldSpan(record, expected);
  const article = record.article;
  // A quote is placed by its content, mapped back to the record's text; one extraction made up has no place.
  const found = (article?.annotations.quotes ?? []).flatMap((quote) => {
    const content = recordSpan(record, quote.content);
    return content ? [{ quote, content }] : [];
  });
  for (const expected of document.quotes) {
    const scores = expected.direct ? result.direct : result.reported;
    scores.gold += 1;
    const said = excerpt(record.text.slice(expected.start, expected.end));
    const match = bestMatch(expected, found);
    if (!match || !article) {
      scores.errors.push(`${label}: missed ${said}`);
      continue;
    }
    scores.detected += 1;
    const { right, found: speakerWords } = judgeSpeaker(expected, article, match);
    if (right) scores.speakerRight += 1;
    else scores.errors.push(`${label}: ${said} speaker ${expected.speaker ?? expected.speaker_description}, found ${speakerWords || match.speakerKind}`);
  }
  result.predicted += found.length;
  for (const { quote, content } of found) {
    if (document.quotes.some((expected) => overlap(expected, content) > 0)) result.predictedMatching += 1;
    else result.spurious.push(`${label}: ${quote.direct ? "direct" : "reported"} ${excerpt(record.text.slice(content.start, content.end))} by ${quote.speaker?.text ?? quote.speakerKind}`);
  }
}

/** The found quote of the gold one's kind whose content fits its span best (overlap over union: "X reported that Y said Z" fits Z worse than "Y said Z"). */
function bestMatch(expected: GoldSpanQuote, found: readonly { quote: Quote; content: Span }[]): Quote | null {
  const fit = (content: Span) => overlap(expected, content) / (Math.max(expected.end, content.end) - Math.min(expected.start, content.start));
  const rank = ({ quote, content }: { quote: Quote; content: Span }) => (quote.direct === expected.direct ? 1 : 0) + fit(content);
  const candidates = found.filter(({ content }) => overlap(expected, content) > 0).sort((a, b) => rank(b) - rank(a));
  return candidates[0]?.quote ?? null;
}

/** A gold span must still cover the text it was written for: a changed record is an error, not a miss. */
function checkGoldSpan(record: JsonlRecord, expected: GoldSpanQuote): void {
  const digest = createHash("sha1").update(record.text.slice(expected.start, expected.end)).digest("hex").slice(0, 10);
  if (digest !== expected.sha1) throw new Error(`${QUOTES_EN_GOLD}: ${record.url} [${expected.start}, ${expected.end}) no longer holds the text the gold was written for; re-read the record`);
}

export function formatQuotesEnTable(result: QuotesEnResult): string {
  const ratio = (part: number, whole: number) => `${part}/${whole} (${(whole ? part / whole : 0).toFixed(3)})`;
  const line = (name: string, scores: QuoteScores) => `${name} quotes found ${ratio(scores.detected, scores.gold)}, speaker right ${ratio(scores.speakerRight, scores.detected)}`;
  return [
    `${result.documents} stories-en-dev articles (eval/fixtures/quotes-en); found quotes overlapping a gold one ${ratio(result.predictedMatching, result.predicted)}`,
    line("direct", result.direct),
    ...result.direct.errors.map((error) => `  ${error}`),
    line("reported", result.reported),
    ...result.reported.errors.map((error) => `  ${error}`),
    ...result.spurious.map((error) => `  spurious ${error}`),
  ].join("\n");
}

export function quotesEnMetrics(result: QuotesEnResult): Record<string, number> {
  const { direct, reported } = result;
  const detected = direct.detected + reported.detected;
  return {
    "quotes-en.recall": detected / (direct.gold + reported.gold),
    "quotes-en.precision": result.predicted ? result.predictedMatching / result.predicted : 0,
    "quotes-en.speaker-accuracy": detected ? (direct.speakerRight + reported.speakerRight) / detected : 0,
    "quotes-en.direct.recall": direct.detected / direct.gold,
    "quotes-en.reported.recall": reported.detected / reported.gold,
  };
}

/** The stories-en-dev input, or null when ../shared lacks it. */
export function quotesEnInput(sharedDir: string): string | null {
  const dir = join(sharedDir, "data", "stories-en-dev");
  return existsSync(join(dir, "input.jsonl")) ? dir : null;
}
