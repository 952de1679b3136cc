/**
 * A story's quotes gathered into statements: one speaker's statement reported by several sources
 * (the same first words, or wordings sharing most of their content terms) is one group. A quote
 * joins the first statement of its speaker it matches; the statements a quote could match are
 * found through the terms it shares with each one's first quote, not by comparing it with every
 * statement its speaker made (a head of state quoted thousands of times over a week of coverage).
 */
import type { QuoteRecord } from "./claim-records.js";

/** Share of the shorter wording's content terms the other must hold: a translation, or a quote cut shorter, keeps over half. */
const SAME_STATEMENT = 0.5;
/** Fewer shared terms than this is a shared topic ("accord", "défense"), not a shared statement. */
const MIN_SHARED_TERMS = 5;

/** One speaker's statements, in the order they began, indexed by their first quote's words and distinct terms. */
interface SpeakerStatements {
  groups: QuoteRecord[][];
  /** How many distinct terms each group's first quote holds. */
  firstTerms: number[];
  /** First words → the first group whose first quote opens with them. */
  byWords: Map<string, number>;
  /** Term → the groups whose first quote holds it. */
  byTerm: Map<string, number[]>;
}

export class StatementGroups {
  /** Speaker (corpus id) → their statements, speakers in the order they were first quoted. */
  private readonly bySpeaker = new Map<string, SpeakerStatements>();

  add(speaker: string, record: QuoteRecord): void {
    let held = this.bySpeaker.get(speaker);
    if (!held) this.bySpeaker.set(speaker, (held = { groups: [], firstTerms: [], byWords: new Map(), byTerm: new Map() }));
    const group = firstMatch(held, record);
    if (group !== undefined) {
      held.groups[group]!.push(record);
      return;
    }
    const index = held.groups.length;
    held.groups.push([record]);
    const terms = new Set(record.terms);
    held.firstTerms.push(terms.size);
    if (!held.byWords.has(record.words)) held.byWords.set(record.words, index);
    for (const term of terms) {
      const list = held.byTerm.get(term);
      if (list) list.push(index);
      else held.byTerm.set(term, [index]);
    }
  }

  /** Each statement's quotes, speaker by speaker in the order they were first quoted, each speaker's in the order they began. */
  groups(): QuoteRecord[][] {
    return [...this.bySpeaker.values()].flatMap((held) => held.groups);
  }
}

/** The first of the speaker's statements the quote matches (see the module comment), undefined when none. */
function firstMatch(held: SpeakerStatements, record: QuoteRecord): number | undefined {
  let first = held.byWords.get(record.words) ?? Infinity;
  // For each statement, how many of the quote's terms its first quote holds.
  const shared = new Map<number, number>();
  for (const term of record.terms) for (const group of held.byTerm.get(term) ?? []) shared.set(group, (shared.get(group) ?? 0) + 1);
  for (const [group, count] of shared) {
    if (group < first && count >= MIN_SHARED_TERMS && count / Math.min(held.firstTerms[group]!, record.terms.length) >= SAME_STATEMENT) first = group;
  }
  return first === Infinity ? undefined : first;
}
