/**
 * Direct quotes on the seed articles against the gold `quotes` (those marked direct): a gold
 * quote is detected when a found quote's content holds its opening words; its speaker is
 * right when the found speaker names the gold speaker (its last word, e.g. a surname, a parenthesised country left aside), or
 * holds the gold description's first two words, or, for a gold quote without any speaker,
 * when the quote was left unattributed or unspecified.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { frenchQuoteLexicon } from "../src/annotate/lang/fr/quote-lexicon.js";
import { findQuotes } from "../src/annotate/stages/quotes/find-quotes.js";
import { extractArticle } from "../src/extract/extract-article.js";
import { readBytes } from "../src/ingest/read-bytes.js";

interface GoldQuote {
  speaker: string | null;
  speaker_description: string | null;
  start: string;
  direct: boolean;
}

export interface SeedQuotesResult {
  gold: number;
  detected: number;
  speakerRight: number;
  errors: string[];
}

export function evaluateSeedsQuotes(sharedDir: string): SeedQuotesResult {
  const gold = JSON.parse(readFileSync(join(sharedDir, "gold", "seeds.gold.json"), "utf8")) as { documents: Array<{ file: string; quotes: GoldQuote[] }> };
  const result: SeedQuotesResult = { gold: 0, detected: 0, speakerRight: 0, errors: [] };
  for (const document of gold.documents) {
    const [first] = readBytes(readFileSync(join(sharedDir, "seeds", document.file)), document.file);
    const extracted = first?.ok ? extractArticle(first.document) : null;
    const text = extracted?.ok ? extracted.article.text : "";
    const quotes = findQuotes(text, frenchQuoteLexicon);
    const label = document.file.slice(0, 3);
    for (const expected of document.quotes.filter((quote) => quote.direct)) {
      result.gold += 1;
      const match = quotes.find((quote) => text.slice(quote.content.start, quote.content.end).includes(expected.start.slice(0, 40)));
      if (!match) {
        result.errors.push(`${label}: missed « ${expected.start} »`);
        continue;
      }
      result.detected += 1;
      const found = match.speaker?.text.toLowerCase() ?? "";
      const right = expected.speaker
        ? found.includes(expected.speaker.replace(/\s*\([^)]*\)\s*$/u, "").split(/\s+/u).at(-1)!.toLowerCase())
        : expected.speaker_description
          ? match.speakerKind === "unspecified" || found.includes(expected.speaker_description.split(/\s+/u).slice(0, 2).join(" ").toLowerCase())
          : match.speakerKind === "unattributed" || match.speakerKind === "unspecified";
      if (right) result.speakerRight += 1;
      else result.errors.push(`${label}: « ${expected.start.slice(0, 40)} » speaker ${expected.speaker ?? expected.speaker_description ?? "none"}, found ${match.speaker?.text ?? match.speakerKind}`);
    }
  }
  return result;
}
