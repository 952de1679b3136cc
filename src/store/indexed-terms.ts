/**
 * The terms of an article that go into the full-text index, the same for every backend so both
 * find the same articles: its title's and body's terms in order, up to what one PostgreSQL
 * tsvector holds (1 MB of distinct lexemes and their positions; a larger one is refused with
 * "string is too long for tsvector"). Terms past that cap are left out of the index (the article
 * and its text are stored whole; only its search stops there), and terms longer than PostgreSQL
 * indexes are left out everywhere. Real articles are far below the cap: 1 MB of French prose
 * comes to about 200 KB of tsvector.
 */

/** PostgreSQL's MAXSTRPOS (1 MB - 1), less a margin for what the estimate below cannot see. */
export const INDEX_BYTES_BUDGET = 1_000_000;
/** PostgreSQL drops longer lexemes ("word is too long to be indexed"). */
const MAX_TERM_BYTES = 2047;
/** PostgreSQL keeps at most this many positions per lexeme (MAXNUMPOS) and none past MAXENTRYPOS. */
const MAX_POSITIONS_PER_TERM = 256;
const MAX_POSITION = 16383;
/** Alignment and the position count stored with each lexeme, in bytes; each position takes 2. */
const LEXEME_OVERHEAD = 3;
const POSITION_BYTES = 2;
/** Any term costs at most this many bytes per character of text (3 UTF-8 bytes, its hyphen parts again, overheads): shorter texts skip the count. */
const WORST_BYTES_PER_CHARACTER = 18;

export interface IndexedTerms {
  title: string[];
  body: string[];
  /** True when terms were left out to stay within the budget. */
  capped: boolean;
}

export function indexedTerms(titleTerms: string[], bodyTerms: string[]): IndexedTerms {
  const characters = titleTerms.reduce((sum, term) => sum + term.length + 1, 0) + bodyTerms.reduce((sum, term) => sum + term.length + 1, 0);
  const fits = (term: string) => term.length * 3 <= MAX_TERM_BYTES || Buffer.byteLength(term) <= MAX_TERM_BYTES;
  if (characters * WORST_BYTES_PER_CHARACTER <= INDEX_BYTES_BUDGET) {
    return { title: titleTerms.every(fits) ? titleTerms : titleTerms.filter(fits), body: bodyTerms.every(fits) ? bodyTerms : bodyTerms.filter(fits), capped: false };
  }
  const estimate = new TsvectorEstimate();
  const title = estimate.take(titleTerms);
  const body = title.length === titleTerms.length ? estimate.take(bodyTerms) : [];
  return { title, body, capped: estimate.full };
}

/**
 * An upper bound of the tsvector PostgreSQL builds from terms joined by spaces: its parser also
 * indexes a hyphenated term's parts ("porte-parole" → porte-parole, porte, parole), so they are
 * counted as lexemes too.
 */
class TsvectorEstimate {
  private bytes = 0;
  private position = 0;
  private readonly positions = new Map<string, number>();
  /** Lexemes that already hold the last position every later occurrence is clamped to. */
  private readonly clamped = new Set<string>();
  full = false;

  /** The longest prefix of terms that fits, each too-long term dropped. */
  take(terms: string[]): string[] {
    const kept: string[] = [];
    for (const term of terms) {
      if (Buffer.byteLength(term) > MAX_TERM_BYTES) continue;
      const lexemes = term.includes("-") ? [term, ...term.split("-").filter(Boolean)] : [term];
      const cost = lexemes.reduce((sum, lexeme, index) => sum + this.costOf(lexeme, this.position + index + 1), 0);
      if (this.bytes + cost > INDEX_BYTES_BUDGET) {
        this.full = true;
        break;
      }
      this.bytes += cost;
      for (const [index, lexeme] of lexemes.entries()) this.record(lexeme, this.position + index + 1);
      this.position += lexemes.length;
      kept.push(term);
    }
    return kept;
  }

  private costOf(lexeme: string, position: number): number {
    const count = this.positions.get(lexeme);
    const newLexeme = count === undefined ? Buffer.byteLength(lexeme) + LEXEME_OVERHEAD : 0;
    const addsPosition = (count ?? 0) < MAX_POSITIONS_PER_TERM && (position <= MAX_POSITION || !this.clamped.has(lexeme));
    return newLexeme + (addsPosition ? POSITION_BYTES : 0);
  }

  private record(lexeme: string, position: number): void {
    this.positions.set(lexeme, (this.positions.get(lexeme) ?? 0) + 1);
    if (position > MAX_POSITION) this.clamped.add(lexeme);
  }
}
