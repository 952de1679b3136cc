/**
 * An event's date: the time expression nearest its trigger in its own clause, else in its
 * sentence; else the paragraph's narrative time (the last full date earlier in the paragraph),
 * when the sentence's tense allows it; else, for a past-tense sentence of a paragraph that names no
 * date, the previous paragraph's narrative time, when it lies within the story's own days and the
 * event's actor is named beside it (the same protagonist goes on where the paragraph before left
 * off: "Hier mardi, X a déclaré …" ¶ « … », a déclaré X). A bare year or
 * month ("en 2020") dates its own sentence only, never the next ones: it names background, where
 * a full date ("mercredi 24 novembre") or a month opening its sentence ("Fin mars, …") sets the
 * scene the narration goes on in.
 */
import { dayDistance } from "../../../core/day-distance.js";
import { escapeRegExp } from "../../../core/escape-regexp.js";
import type { Sentence, TimeExpression } from "../../annotation.js";
import type { ClauseWords } from "../../lang/event-lexicon.js";
import { lastEndingBy } from "../../../core/spans-by-start.js";

/** A date to the day, perhaps with its time: what narrative time carries from sentence to sentence. */
const FULL_DATE = /^\d{4}-\d{2}-\d{2}/u;
/**
 * Days from the publication within which a time is the story's own, which carries across a
 * paragraph break ("Hier mardi, X a déclaré …" dates the statement quoted in the next paragraph);
 * as find-events.ts's BACKGROUND_DAYS, past which an event is background.
 */
const STORY_DAYS = 45;

const clauseBreaks = new WeakMap<ClauseWords, RegExp>();

/**
 * Where a sentence's clauses meet: a semicolon, a colon, or a comma before a conjunction that
 * opens a new clause (", mais", ", but"): "des relations dans les années 1990, mais le Maroc les a
 * rompues en 2000" dates the break 2000.
 */
export function clauseBreakOf(words: ClauseWords): RegExp {
  let found = clauseBreaks.get(words);
  if (!found) {
    const conjunctions = (words.clauseConjunctions ?? []).map((word) => escapeRegExp(word).replace(/\s+/gu, "\\s+"));
    found = new RegExp(conjunctions.length > 0 ? `[;:]|,\\s*(?:${conjunctions.join("|")})(?![\\p{L}])` : "[;:]", "giu");
    clauseBreaks.set(words, found);
  }
  return found;
}

export interface PreviousParagraph {
  start: number;
  published: string;
  /** Whether the event goes on from the sentence of that time (its tense allows it, one of its actors is named there). */
  continues: (time: TimeExpression) => boolean;
}

export interface DateScope {
  text: string;
  sentence: Sentence;
  trigger: number;
  /** The sentence's dated times the trigger may take. */
  inSentence: readonly TimeExpression[];
  /** The article's dated times, and whether they are in start order (for a binary search). */
  dated: readonly TimeExpression[];
  inOrder: boolean;
  /** Where the paragraph's narrative time is read from; null when none carries (an event named as the time of another). */
  paragraphStart: number | null;
  /** Whether a carried date fits the sentence's tense. */
  carries: (time: TimeExpression) => boolean;
  /** Where the previous paragraph starts, with the publication date, when its narrative time may carry into this sentence; null when it may not. Asked only when needed: reading the tense costs. */
  previousParagraph: () => PreviousParagraph | null;
  clauseBreak: RegExp;
  /** Where the last time whose year is unknown ("mercredi 24 novembre" in an undated article) ends before the sentence, or null: the narration has moved past the dates before it. */
  unresolvedBefore?: number | null;
}

export function findDate(scope: DateScope): TimeExpression | null {
  const { text, sentence, trigger, inSentence, dated, inOrder, paragraphStart } = scope;
  if (inSentence.length > 0) {
    const clause = inSentence.length > 1 ? clauseAround(text, sentence, trigger, scope.clauseBreak) : sentence;
    const inClause = inSentence.filter((time) => time.start >= clause.start && time.end <= clause.end);
    return nearest(inClause.length > 0 ? inClause : inSentence, trigger);
  }
  if (paragraphStart === null) return null;
  const narrative = (time: TimeExpression) => isNarrativeTime(text, time);
  const last = inOrder ? lastEndingBy(dated, itself, sentence.start, paragraphStart, narrative) : dated.findLast((time) => time.end <= sentence.start && time.start >= paragraphStart && narrative(time));
  if (last) return scope.carries(last) && (scope.unresolvedBefore ?? -1) < last.end ? last : null;
  const datedInParagraph = inOrder ? lastEndingBy(dated, itself, sentence.end, paragraphStart, always) : dated.find((time) => time.start >= paragraphStart && time.end <= sentence.end);
  if (datedInParagraph) return null;
  const previous = scope.previousParagraph();
  if (previous === null) return null;
  const story = inOrder ? lastEndingBy(dated, itself, paragraphStart, previous.start, narrative) : dated.findLast((time) => time.end <= paragraphStart && time.start >= previous.start && narrative(time));
  if (!story || (dayDistance(story.value, previous.published) ?? Infinity) > STORY_DAYS) return null;
  return scope.carries(story) && previous.continues(story) ? story : null;
}

const itself = (time: TimeExpression): TimeExpression => time;
const always = (): boolean => true;

/** A month, "fin mars dernier": narrative time only when it opens its sentence. */
const MONTH = /^\d{4}-\d{2}$/u;
/** How far a fronted time may stand from its sentence's start ("Plus récemment, fin mars dernier,"). */
const FRONT_REACH = 40;
const SENTENCE_END = /[.!?\n][^.!?\n]*$/u;
const COMMA_AFTER = /^\s*,/u;

/**
 * A time the narration goes on in: a full date anywhere, or a month opening its sentence before a
 * comma ("Fin mars, une délégation a visité …"), which frames what follows (a framing adverbial,
 * Charolles 1997), where a month at a clause's end ("s'est rendu en mars à Oslo") dates that clause.
 */
function isNarrativeTime(text: string, time: TimeExpression): boolean {
  if (FULL_DATE.test(time.value!)) return true;
  if (!MONTH.test(time.value!) || !COMMA_AFTER.test(text.slice(time.end, time.end + 3))) return false;
  const before = text.slice(Math.max(0, time.start - FRONT_REACH), time.start);
  const boundary = before.search(SENTENCE_END);
  if (boundary < 0 && time.start > FRONT_REACH) return false;
  const lead = before.slice(boundary + 1);
  return (lead.match(/,/gu)?.length ?? 0) <= 1;
}

function nearest(times: readonly TimeExpression[], position: number): TimeExpression {
  return times.reduce((best, time) => (Math.abs(time.start - position) < Math.abs(best.start - position) ? time : best));
}

/** The clause of a sentence around a position: the sentence cut at the clause breaks on either side. */
function clauseAround(text: string, sentence: Sentence, position: number, clauseBreak: RegExp): Sentence {
  let start = sentence.start;
  let end = sentence.end;
  clauseBreak.lastIndex = 0;
  const slice = text.slice(sentence.start, sentence.end);
  for (const found of slice.matchAll(clauseBreak)) {
    const at = sentence.start + found.index;
    if (at + found[0].length <= position) start = at + 1;
    else if (at >= position) {
      end = at;
      break;
    }
  }
  return { start, end };
}
