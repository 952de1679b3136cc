/**
 * An event's polarity and modality, from the words of its clause: negated ("n'a pas signé",
 * "never wrote"), planned ("devrait signer", "will visit", a future verb), conditional ("si
 * l'Iran attaque", "if"), and reported — inside someone's quote or reported speech, after
 * "selon X"/"according to X", or as hearsay ("auraient été tués", "reportedly") — with who
 * reports it when the text says.
 * Regular expressions over a few dozen characters before the trigger: the words are phrases
 * ("prévoit de", "according to"), which the clause analyser's single words do not hold.
 */
import { escapeRegExp } from "../../../core/escape-regexp.js";
import type { EventModality, Quote, Sentence } from "../../annotation.js";
import type { ClauseWords } from "../../lang/event-lexicon.js";
import type { Participant } from "./clause-roles.js";

interface ModalityWords {
  negation: RegExp;
  report: RegExp;
  hearsay: RegExp;
  planned: RegExp;
  condition: RegExp;
  complementizer: RegExp;
}

const cache = new WeakMap<ClauseWords, ModalityWords>();

/** Phrases as one alternation, longest first, apostrophes either way, any spaces between words. */
function alternationOf(list: readonly string[]): string {
  return [...list].sort((a, b) => b.length - a.length).map((phrase) => escapeRegExp(phrase).replace(/'/gu, "['’]").replace(/\s+/gu, "\\s+")).join("|");
}

/** Any of the phrases as whole words; the last one in the text is found by matchAll. */
function phrases(list: readonly string[], flags = "giu"): RegExp {
  const alternation = alternationOf(list);
  // "affirment qu'": a phrase ending in an apostrophe runs into the next word.
  return new RegExp(`(?<![\\p{L}])(?:${alternation})(?:(?<=['’])|(?![\\p{L}]))`, flags);
}

function modalityWords(words: ClauseWords): ModalityWords {
  let compiled = cache.get(words);
  if (!compiled) {
    compiled = {
      // "didn't": the contraction ends its word.
      negation: new RegExp(`(?:(?<![\\p{L}])(?:${alternationOf(words.negations.filter((word) => !word.startsWith("n'")))})(?![\\p{L}-])|(?<![\\p{L}])n['’](?=\\p{L})|\\p{L}n['’]t(?![\\p{L}]))`, "iu"),
      report: phrases(words.reportCues),
      hearsay: phrases(words.hearsayCues, "iu"),
      planned: phrases(words.plannedCues, "iu"),
      condition: phrases(words.conditionCues, "iu"),
      complementizer: phrases(words.complementizers),
    };
    cache.set(words, compiled);
  }
  return compiled;
}

export interface ModalityInput {
  text: string;
  sentence: Sentence;
  /** The stretch of the sentence holding the trigger (segmentsOf), and the one before it. */
  clause: Sentence;
  previousClause: Sentence | null;
  trigger: Sentence;
  /** Where the trigger's subject ends, when it stands in its clause: negation and modal words lie between it and the trigger. */
  subjectEnd: number | null;
  quotes: readonly Quote[];
  participants: readonly Participant[];
  /** The tense of a stretch of text ("future" for "signera"), from the time lexicon. */
  tenseOf?: (span: Sentence) => "past" | "future" | null;
}

/** How far before a trigger its verb group reaches for a negation or a modal ("n'ont toujours pas été"). */
const VERB_GROUP = 36;

export function eventModality(input: ModalityInput, words: ClauseWords): EventModality {
  const compiled = modalityWords(words);
  const { text, clause, trigger } = input;
  const from = Math.max(clause.start, input.subjectEnd ?? clause.start, trigger.start - VERB_GROUP);
  const verbGroup = text.slice(from, trigger.start);
  // "Comey never wrote that he felt threatened": what a negated verb says is not asserted either.
  const opening = lastComplementizer(text.slice(clause.start, trigger.start), compiled);
  const negated = compiled.negation.test(verbGroup) || (opening !== null && compiled.negation.test(text.slice(Math.max(clause.start, clause.start + opening - VERB_GROUP), clause.start + opening)));
  const clauseText = text.slice(clause.start, trigger.start);
  const conditional = compiled.condition.test(clauseText) || (input.previousClause !== null && compiled.condition.test(text.slice(input.previousClause.start, input.previousClause.start + 12)));
  const planned = compiled.planned.test(verbGroup) || input.tenseOf?.({ start: from, end: trigger.end }) === "future";
  const modality = conditional ? "conditional" : planned ? "planned" : "asserted";
  const reported = reporter(input, compiled);
  return { negated, modality, reported: reported !== undefined, reportedBy: reported ?? null };
}

/** Where the last word opening a subordinate clause stands in a stretch, or null. */
function lastComplementizer(stretch: string, compiled: ModalityWords): number | null {
  let at: number | null = null;
  for (const match of stretch.matchAll(compiled.complementizer)) at = match.index;
  return at;
}

/** The report cues of a sentence, found once for all its events (sentences are the annotation's own objects). */
const cuesBySentence = new WeakMap<Sentence, Array<{ index: number; length: number }>>();

function reportCuesOf(text: string, sentence: Sentence, compiled: ModalityWords): Array<{ index: number; length: number }> {
  let cues = cuesBySentence.get(sentence);
  if (!cues) {
    cues = [...text.slice(sentence.start, sentence.end).matchAll(compiled.report)].map((match) => ({ index: match.index, length: match[0].length }));
    cuesBySentence.set(sentence, cues);
  }
  return cues;
}

/** Who reports the event: undefined when the article asserts it, null when a source is unnamed ("auraient été tués"). */
function reporter(input: ModalityInput, compiled: ModalityWords): string | null | undefined {
  const { text, sentence, trigger } = input;
  const quote = input.quotes.find((candidate) => candidate.content.start <= trigger.start && trigger.end <= candidate.content.end);
  if (quote) return quote.speakerEntity;
  for (const cue of reportCuesOf(text, sentence, compiled)) {
    const cueEnd = sentence.start + cue.index + cue.length;
    // "selon la BBC", "des militants affirment que": the source follows the cue, or opens the clause it ends.
    const after = input.participants.find(({ mention }) => mention.start >= cueEnd && mention.start - cueEnd < 30);
    const before = input.participants.filter(({ mention }) => mention.end <= sentence.start + cue.index && sentence.start + cue.index - mention.end < 30).at(-1);
    if (cueEnd <= trigger.start || after) return (after && after.mention.start < trigger.start ? after : before ?? after)?.entity.id ?? null;
  }
  return compiled.hearsay.test(text.slice(Math.max(sentence.start, trigger.start - VERB_GROUP), trigger.end)) ? null : undefined;
}
