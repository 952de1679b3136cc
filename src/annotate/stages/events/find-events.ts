/**
 * Event frames: a trigger from the language's PLOVER lexicon, its actors and targets from the
 * clause's structure (clause-roles.ts: subject, object, passive agent, a noun's complement,
 * coordination), its polarity and modality (event-modality.ts), its place (a place after "à"/"en"), and its date (the time expression nearest the trigger in
 * its clause, else in its sentence, else the paragraph's narrative time: the last full date
 * earlier in the paragraph, when the sentence's tense allows it — a year or month named in
 * another sentence dates that sentence's events, not the next ones'; the paragraph's scene
 * does not carry over to an event dated well apart from the article). Each
 * frame's evidence is its sentence. Hand-written: no npm library codes events in French.
 */
import { dayDistance } from "../../../core/day-distance.js";
import { escapeRegExp } from "../../../core/escape-regexp.js";
import { wordPatterns, type WordPatterns } from "../../../core/word-patterns.js";
import type { Entity, EntityMention, EventFrame, Quote, Sentence, TimeExpression } from "../../annotation.js";
import type { EventLexicon, EventTrigger } from "../../lang/event-lexicon.js";
import { ClauseReading, clauseGrammar, clauseRoles, segmentsOf, type ClauseGrammar, type Participant } from "./clause-roles.js";
import { eventModality } from "./event-modality.js";
import { firstIndexNotBefore, inStartOrder, itemsWithin, lastEndingBy } from "./spans-by-start.js";
import { listedMentions, type ListedMentions } from "../quotes/listed-mentions.js";

interface Demonym {
  entity: Entity;
  mention: EntityMention;
}

interface CompiledTrigger {
  trigger: EventTrigger;
  requires: RegExp | null;
}

interface Compiled {
  triggers: CompiledTrigger[];
  /** The triggers' patterns between non-letters, in the same order: tried in a sentence only where a trigger's words can start. */
  patterns: WordPatterns;
  grammar: ClauseGrammar;
  placeBefore: RegExp;
  passive: RegExp;
  background: RegExp;
}

const cache = new WeakMap<EventLexicon, Compiled>();
const words = (list: readonly string[]) => list.map(escapeRegExp).join("|");


function compile(lexicon: EventLexicon): Compiled {
  let compiled = cache.get(lexicon);
  if (!compiled) {
    compiled = {
      triggers: lexicon.triggers.map((trigger) => ({
        trigger,
        requires: trigger.requires ? new RegExp(`(?<![\\p{L}])${trigger.requires}(?![\\p{L}])`, "iu") : null,
      })),
      patterns: wordPatterns(lexicon.triggers.map((trigger) => trigger.pattern), "\\p{L}"),
      grammar: clauseGrammar(lexicon.clause, lexicon.targetPrepositions, lexicon.agentPrepositions, lexicon.passiveMarkers),
      placeBefore: new RegExp(`(?<![\\p{L}])(?:${words(lexicon.placePrepositions)})\\s+(?:l['’]|la\\s+|le\\s+)?$`, "iu"),
      passive: new RegExp(`(?<![\\p{L}])(?:${words(lexicon.passiveMarkers)})\\s+$`, "iu"),
      // "depuis la normalisation", "après l'accord": at most a determiner between; "après avoir refusé" is a verb.
      background: new RegExp(`(?<![\\p{L}])(?:${words(lexicon.backgroundPrepositions)})\\s+(?:(?:${words(lexicon.clause.determiners.filter((word) => !/['’]$/u.test(word)))})\\s+|\\p{L}['’])?$`, "iu"),
    };
    cache.set(lexicon, compiled);
  }
  return compiled;
}

export interface EventContext {
  sentences: readonly Sentence[];
  entities: readonly Entity[];
  times: readonly TimeExpression[];
  /** The article's publication date: an event dated far from it is background, which the paragraph's scene does not place. */
  published?: string | null;
  /**
   * A sentence's tense (the time stage's tenseOf over the language's time lexicon): a past sentence
   * takes no carried date after the publication, a future one none before it. Without it, any
   * carried full date is taken.
   */
  tenseOf?: (sentence: Sentence) => "past" | "future" | null;
  /** Quotes and reported speech: an event inside one is its speaker's claim. */
  quotes?: readonly Quote[];
}

/** Days from the publication past which a dated event is background ("after relations resumed in 2020"). */
const BACKGROUND_DAYS = 45;
// Compiled once: a literal in a callback is a new object at each call.
const DIGIT_FIRST = /^\d/u;
const YEAR_FIRST = /^\d{4}/u;
/** A date to the day, perhaps with its time: what narrative time carries from sentence to sentence. */
const FULL_DATE = /^\d{4}-\d{2}-\d{2}/u;
const SPACES = /\s*/uy;

export function findEvents(text: string, lexicon: EventLexicon, context: EventContext): EventFrame[] {
  const compiled = compile(lexicon);
  const participants: Participant[] = [];
  // "les frappes russes", "la menace iranienne": a demonym right after a trigger names who acts.
  const demonyms: Demonym[] = [];
  for (const entity of context.entities) {
    for (const mention of entity.mentions) {
      if (mention.kind === "demonym") demonyms.push({ entity, mention });
      else if (entity.type !== "MISC") participants.push({ entity, mention, scene: isScene(text, entity, mention, compiled) });
    }
  }
  // Looked up per trigger: by position, not by a scan of the article's every demonym.
  const demonymIndex = listedMentions(demonyms);
  participants.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
  // "l'armée de Kadhafi": a name inside a group's words is part of who acts, not a party of its own.
  dropNested(participants);
  const participantsInOrder = inStartOrder(participants, mentionOf);
  // Calendar values only: "PRESENT_REF" ("jusqu'à présent") dates nothing.
  const dated = context.times.filter((time) => time.value && DIGIT_FIRST.test(time.value) && (time.type === "DATE" || time.type === "TIME"));
  const datedInOrder = inStartOrder(dated, itself);
  const paragraphs = paragraphBreaks(text);
  const frames: EventFrame[] = [];
  let previousSentence: Sentence | null = null;
  for (const sentence of context.sentences) {
    const before = previousSentence;
    previousSentence = sentence;
    const matches = triggersIn(text, sentence, compiled);
    if (matches.length === 0) continue;
    const earlier = before ? itemsWithin(participants, mentionOf, before) : [];
    const segments = segmentsOf(text, sentence);
    const reading = new ClauseReading(text, sentence, compiled.grammar, canAct, segments);
    const present = itemsWithin(participants, mentionOf, sentence);
    const datedHere = datedInOrder ? itemsWithin(dated, itself, sentence) : dated.filter((time) => time.start >= sentence.start && time.end <= sentence.end);
    const paragraphStart = paragraphStartOf(paragraphs, sentence.start);
    // "une visite, la première depuis la reprise des relations en 2020": the date after a framed event is its own, not the visit's.
    const framedSpans = matches.filter((match) => match.framed);
    const framedEnds = framedSpans.map((match) => match.end);
    for (const { trigger, start, end, words, framed } of matches) {
      // An event named as the time of another ("depuis la normalisation des relations avec X") has the words after it: the main
      // clause's subject and scene are not its own. With no one named after it ("de leurs relations"), the sentence's parties are.
      const after = framed ? present.filter(({ mention }) => mention.start >= end) : [];
      const own: Sentence = after.length > 0 ? { start: end, end: sentence.end } : sentence;
      const inSentence = after.length > 0 ? after : present.filter(({ mention }) => mention.end <= start || mention.start >= end);
      const roles = clauseRoles(reading, { trigger, start, end, text: words, framed }, inSentence, earlier);
      const actingDemonym = demonyms.length > 0 ? demonymRightAfter(text, end, demonymIndex) ?? (roles.actors.length === 0 && !roles.undergone ? demonymOfSubject(text, sentence, start, demonymIndex, inSentence.filter(({ entity }) => roles.targets.includes(entity.id))) : undefined) : undefined;
      if (actingDemonym && !roles.actors.includes(actingDemonym)) {
        roles.actors = [actingDemonym, ...roles.actors];
        roles.targets = roles.targets.filter((id) => id !== actingDemonym);
      }
      const framedAfter = framedEnds.find((framedEnd) => framedEnd > end);
      // Before a framed event, only the times before it: a time wholly before the sentence is before it too. A time
      // inside a framed event's words ("depuis la reprise, l'an dernier, des relations") is that event's alone.
      const available = datedHere.filter((time) => (framedAfter === undefined || time.start < framedAfter) && !framedSpans.some((span) => span.start <= time.start && time.end <= span.end));
      const date = framed
        ? (datedHere.find((time) => time.start >= start && time.end <= end) ?? datedHere.find((time) => time.start >= end) ?? findDate(text, start, sentence, datedHere, dated, datedInOrder, null))
        : findDate(text, start, sentence, available, dated, datedInOrder, paragraphStart, carryAllowed(sentence, context));
      const sceneCarriesOver = !framed && !isBackgroundRemembered(date?.value ?? null, context.published ?? null);
      const ownParagraphStart = own === sentence ? paragraphStart : paragraphStartOf(paragraphs, own.start);
      const place = findPlace(own, present, participants, participantsInOrder, sceneCarriesOver ? ownParagraphStart : null);
      // "Berg a atterri à Oslo": a visit's other party is the state visited.
      if (trigger.placeIsTarget && roles.targets.length === 0 && place) {
        const state = stateOf(place, context.entities);
        if (state && !roles.actors.includes(state)) roles.targets = [state];
      }
      const at = Math.max(0, segments.findIndex((segment) => segment.start <= start && start < segment.end + 1));
      const subjectEnd = inSentence.filter(({ entity, mention }) => roles.actors.includes(entity.id) && mention.end <= start && mention.start >= (segments[at]?.start ?? sentence.start)).at(-1)?.mention.end ?? null;
      const modality = eventModality(
        { text, sentence, clause: segments[at] ?? sentence, previousClause: segments[at - 1] ?? null, trigger: { start, end }, subjectEnd, quotes: context.quotes ?? [], participants: present, ...(context.tenseOf ? { tenseOf: context.tenseOf } : {}) },
        lexicon.clause,
      );
      frames.push({
        start: sentence.start,
        end: sentence.end,
        category: trigger.category,
        mode: trigger.mode,
        trigger: { start, end, text: words },
        actors: roles.actors,
        targets: roles.targets,
        date: date?.value ?? null,
        dateSpan: date ? { start: date.start, end: date.end } : null,
        place,
        ...modality,
      });
    }
  }
  return frames.sort((a, b) => a.trigger.start - b.trigger.start);
}

/** Removes, in place, the participants whose words lie inside an earlier, longer one's (the list sorted by start, longer first). */
function dropNested(participants: Participant[]): void {
  let kept = 0;
  let cover: EntityMention | null = null;
  for (const participant of participants) {
    const { mention } = participant;
    // "les deux pays" is one mention of two states: the same words are no nesting.
    const sameWords = cover !== null && mention.start === cover.start && mention.end === cover.end;
    if (cover !== null && mention.end <= cover.end && !sameWords) continue;
    if (cover === null || mention.end > cover.end) cover = mention;
    participants[kept++] = participant;
  }
  participants.length = kept;
}

/** Those who can act: people, organisations, countries, and capitals standing for their state ("Stockholm a démenti"). */
function canAct({ entity, mention }: Participant): boolean {
  if (entity.type === "PER" || entity.type === "ORG") return true;
  return entity.placeKind === "country" || mention.metonymFor !== undefined;
}

const mentionOf = (participant: Participant): EntityMention => participant.mention;
const itself = (time: TimeExpression): TimeExpression => time;
const isScenePlace = (participant: Participant): boolean => participant.scene;
const isAny = (): boolean => true;

/** The entity of the first demonym (in their order) separated from a position by whitespace alone: "frappes russes". */
function demonymRightAfter(text: string, position: number, demonyms: ListedMentions): string | undefined {
  SPACES.lastIndex = position;
  const spacesEnd = position + SPACES.exec(text)![0].length;
  if (spacesEnd === position) return undefined;
  return demonyms.startingIn(position + 1, spacesEnd)[0]?.entity.id;
}

/** The country entity a place is or lies in, when the article names it. */
function stateOf(placeId: string, entities: readonly Entity[]): string | undefined {
  const place = entities.find((entity) => entity.id === placeId);
  if (!place?.countryCode) return undefined;
  return place.placeKind === "country" ? place.id : entities.find((entity) => entity.placeKind === "country" && entity.countryCode === place.countryCode)?.id;
}

/**
 * With no named subject, the state of a demonym opening the sentence before the trigger acts:
 * "une délégation israélienne, composée de …, a effectué une visite", "le chef de la diplomatie
 * israélienne s'est rendu au Maroc".
 */
function demonymOfSubject(text: string, sentence: Sentence, trigger: number, demonyms: ListedMentions, targets: readonly Participant[]): string | undefined {
  const firstBreak = text.slice(sentence.start, trigger).search(/[,;:(]/u);
  const subjectEnd = firstBreak < 0 ? trigger : sentence.start + firstBreak;
  // "des soldats libyens ont été exécutés": a demonym inside the target's words is the target's.
  const inTarget = (mention: EntityMention) => targets.some((target) => target.mention.start <= mention.start && mention.end <= target.mention.end);
  return demonyms.startingIn(sentence.start, subjectEnd).findLast(({ mention }) => mention.end <= subjectEnd && !inTarget(mention))?.entity.id;
}

/** Whether an event's date lies well before or after the article's: its scene is not the article's. */
function isBackground(date: string | null, published: string | null): boolean {
  if (!date || !YEAR_FIRST.test(date)) return false;
  return (dayDistance(date, published) ?? 0) > BACKGROUND_DAYS;
}

/** isBackground by publication date then date, remembered across articles (emptied when full): articles share their dates, and parsing them is slow. */
const backgroundByDates = new Map<string, Map<string, boolean>>();
const REMEMBERED_PUBLICATIONS = 1024;
const REMEMBERED_DATES = 4096;

function isBackgroundRemembered(date: string | null, published: string | null): boolean {
  // Without either date there is no distance, hence no background.
  if (!date || !published) return false;
  let known = backgroundByDates.get(published);
  if (!known) {
    if (backgroundByDates.size >= REMEMBERED_PUBLICATIONS) backgroundByDates.clear();
    backgroundByDates.set(published, (known = new Map()));
  }
  let background = known.get(date);
  if (background === undefined) {
    if (known.size >= REMEMBERED_DATES) known.clear();
    background = isBackground(date, published);
    known.set(date, background);
  }
  return background;
}

/** A place named after "à"/"en", where an event can happen. */
function isScene(text: string, entity: Entity, mention: EntityMention, compiled: Compiled): boolean {
  return entity.type === "LOC" && mention.kind === "name" && mention.metonymFor === undefined && compiled.placeBefore.test(text.slice(Math.max(0, mention.start - 12), mention.start));
}

/**
 * A place after "à"/"en" in the sentence (a city before a country), else, when the scene carries
 * over (a paragraph start given), the last one named so earlier in the paragraph. `present`
 * holds the participants of the sentence around `span`.
 */
function findPlace(span: Sentence, present: readonly Participant[], participants: readonly Participant[], inOrder: boolean, carriedFrom: number | null): string | null {
  const inSpan = present.filter((participant) => participant.mention.start >= span.start && participant.mention.end <= span.end && participant.scene);
  const city = inSpan.find(({ entity }) => entity.placeKind === "city") ?? inSpan[0];
  if (city || carriedFrom === null) return city?.entity.id ?? null;
  const last = inOrder
    ? lastEndingBy(participants, mentionOf, span.start, carriedFrom, isScenePlace)
    : participants.findLast(({ mention, scene }) => mention.end <= span.start && mention.start >= carriedFrom && scene);
  return last?.entity.id ?? null;
}

/** Where "\n\n" occurs in the text, overlaps included, ascending. */
function paragraphBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let at = text.indexOf("\n\n"); at !== -1; at = text.indexOf("\n\n", at + 1)) breaks.push(at);
  return breaks;
}

/** `text.lastIndexOf("\n\n", position) + 1` from the breaks paragraphBreaks listed. */
function paragraphStartOf(breaks: readonly number[], position: number): number {
  const low = firstIndexNotBefore(breaks.length, (index) => breaks[index]! <= position);
  return low === 0 ? 0 : breaks[low - 1]! + 1;
}

type TriggerMatch = { trigger: EventTrigger; start: number; end: number; words: string; framed: boolean };

/**
 * The sentence's triggers, most specific first (a stretch of words is one trigger's), each
 * marked when it is named as the time of another event ("depuis la reprise"). A trigger whose
 * words start nowhere in the sentence has no match there, whatever it requires.
 */
function triggersIn(text: string, sentence: Sentence, compiled: Compiled): TriggerMatch[] {
  const starts = compiled.patterns.startsIn(text, sentence.start, sentence.end);
  let slice: string | null = null;
  const found: TriggerMatch[] = [];
  for (let index = 0; index < compiled.triggers.length; index += 1) {
    const at = starts[index]!;
    if (at !== null && at.length === 0) continue;
    const { trigger, requires } = compiled.triggers[index]!;
    slice ??= text.slice(sentence.start, sentence.end);
    if (requires && !requires.test(slice)) continue;
    for (const match of compiled.patterns.matchesIn(index, slice, at)) {
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      if (found.some((other) => other.start < end && start < other.end)) continue;
      found.push({ trigger, start, end, words: match[0], framed: compiled.background.test(text.slice(Math.max(sentence.start, start - 20), start)) });
    }
  }
  return found;
}

/**
 * The time expression nearest the trigger in its clause, else in its sentence (`inSentence`), else,
 * when narrative time carries over (a paragraph start given), the last full date earlier in its
 * paragraph, if `carries` allows it: a bare year or month ("en 2020") dates its own sentence only.
 */
function findDate(
  text: string,
  trigger: number,
  sentence: Sentence,
  inSentence: readonly TimeExpression[],
  dated: readonly TimeExpression[],
  inOrder: boolean,
  carriedFrom: number | null,
  carries: (time: TimeExpression) => boolean = isAny,
): TimeExpression | null {
  if (inSentence.length > 0) {
    const clause = inSentence.length > 1 ? clauseAround(text, sentence, trigger) : sentence;
    const inClause = inSentence.filter((time) => time.start >= clause.start && time.end <= clause.end);
    return nearest(inClause.length > 0 ? inClause : inSentence, trigger);
  }
  if (carriedFrom === null) return null;
  const last = inOrder ? lastEndingBy(dated, itself, sentence.start, carriedFrom, isFullDate) : dated.findLast((time) => time.end <= sentence.start && time.start >= carriedFrom && isFullDate(time));
  return last && carries(last) ? last : null;
}

const isFullDate = (time: TimeExpression): boolean => FULL_DATE.test(time.value!);

function nearest(times: readonly TimeExpression[], position: number): TimeExpression {
  return times.reduce((best, time) => (Math.abs(time.start - position) < Math.abs(best.start - position) ? time : best));
}

/** Marks that end a clause within a sentence ("Mardi, il a signé ; en 2020, il avait visité …"). */
const CLAUSE_MARKS = [";", ":"];

/** The clause of a sentence around a position: the sentence cut at the clause marks on either side. */
function clauseAround(text: string, sentence: Sentence, position: number): Sentence {
  let start = sentence.start;
  let end = sentence.end;
  for (const mark of CLAUSE_MARKS) {
    const before = text.lastIndexOf(mark, position - 1);
    if (before >= start) start = before + 1;
    const after = text.indexOf(mark, position);
    if (after !== -1 && after < end) end = after;
  }
  return { start, end };
}

/** Whether a carried date fits the sentence's tense: not after the publication in a past sentence, nor before it in a future one. */
function carryAllowed(sentence: Sentence, context: EventContext): (time: TimeExpression) => boolean {
  if (!context.tenseOf || !context.published) return isAny;
  const published = context.published.slice(0, 10);
  return (time) => {
    const tense = context.tenseOf!(sentence);
    const day = time.value!.slice(0, 10);
    return tense === "past" ? day <= published : tense === "future" ? day >= published : true;
  };
}
