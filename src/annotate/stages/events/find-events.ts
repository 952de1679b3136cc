/**
 * Event frames: a trigger from the language's PLOVER lexicon, its actors and targets from the
 * clause's structure (clause-roles.ts: subject, object, passive agent, a noun's complement,
 * coordination), its polarity and modality (event-modality.ts), its place (a place after "à"/"en"),
 * and its date (event-date.ts: its clause's, its sentence's, its paragraph's narrative time or the
 * story's; the paragraph's scene does not carry over to an event dated well apart from the
 * article). A threat, a demand or an accusation inside a quote with no actor of its own is its
 * speaker's: saying it is doing it. Each frame's evidence is its sentence. Hand-written: no npm
 * library codes events in French.
 */
import { dayDistance } from "../../../core/day-distance.js";
import { escapeRegExp } from "../../../core/escape-regexp.js";
import { wordPatterns, type WordPatterns } from "../../../core/word-patterns.js";
import type { Entity, EntityMention, EventFrame, Quote, Sentence, TimeExpression } from "../../annotation.js";
import type { EventLexicon, EventTrigger } from "../../lang/event-lexicon.js";
import { ClauseReading, clauseGrammar, clauseRoles, segmentsOf, type ClauseGrammar, type Participant, type Roles } from "./clause-roles.js";
import { clauseBreakOf, findDate, type PreviousParagraph } from "./event-date.js";
import { eventModality } from "./event-modality.js";
import { holderOfIndefiniteRole } from "./indefinite-role.js";
import { supportersOfNamed } from "./supporters-of.js";
import { agentsAtHand, authoritiesNamed, fillImpliedAgents, type FrameClause } from "./implied-agents.js";
import { firstIndexNotBefore, inStartOrder, itemsWithin, lastEndingBy } from "../../../core/spans-by-start.js";
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
  clauseBreak: RegExp;
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
      clauseBreak: clauseBreakOf(lexicon.clause),
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

/** Categories whose act is the saying of it (PLOVER's verbal events): inside a quote, the speaker does them. */
const SPEECH_ACTS: ReadonlySet<EventTrigger["category"]> = new Set(["THREATEN", "REQUEST", "ACCUSE"]);

/** Days from the publication past which a dated event is background ("after relations resumed in 2020"). */
const BACKGROUND_DAYS = 45;
// Compiled once: a literal in a callback is a new object at each call.
const DIGIT_FIRST = /^\d/u;
const YEAR_FIRST = /^\d{4}/u;
/** A time value whose year is unknown ("XXXX-11-24"). */
const UNRESOLVED = /^X/u;
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
  // The article's authorities, by where they are named: an arrest told with no agent is theirs.
  const authorities = authoritiesNamed(participants);
  // Calendar values only: "PRESENT_REF" ("jusqu'à présent") dates nothing.
  const dated = context.times.filter((time) => time.value && DIGIT_FIRST.test(time.value) && (time.type === "DATE" || time.type === "TIME"));
  const datedInOrder = inStartOrder(dated, itself);
  // "Mercredi 24 novembre", "jeudi" in an article with no date: the sentence names its own time, which no neighbour's year resolves.
  const unresolved = context.times.filter((time) => time.anchored && (time.type === "DATE" || time.type === "TIME") && (time.value === null || UNRESOLVED.test(time.value)));
  const unresolvedInOrder = inStartOrder(unresolved, itself);
  const paragraphs = paragraphBreaks(text);
  // A sentence's tense, read once for all its events.
  const tenses = new Map<Sentence, "past" | "future" | null>();
  const sentenceTense = (sentence: Sentence) => {
    let tense = tenses.get(sentence);
    if (tense === undefined) tenses.set(sentence, (tense = context.tenseOf ? context.tenseOf(sentence) : null));
    return tense;
  };
  const frames: EventFrame[] = [];
  const clauses: FrameClause[] = [];
  const leadSentence = context.sentences[0];
  let previousSentence: Sentence | null = null;
  for (const [sentenceIndex, sentence] of context.sentences.entries()) {
    const before = previousSentence;
    previousSentence = sentence;
    const matches = triggersIn(text, sentence, compiled);
    if (matches.length === 0) continue;
    const earlier = before ? { reading: new ClauseReading(text, before, compiled.grammar, canAct), participants: itemsWithin(participants, mentionOf, before) } : null;
    const segments = segmentsOf(text, sentence);
    const reading = new ClauseReading(text, sentence, compiled.grammar, canAct, segments);
    const present = itemsWithin(participants, mentionOf, sentence);
    const datedHere = datedInOrder ? itemsWithin(dated, itself, sentence) : dated.filter((time) => time.start >= sentence.start && time.end <= sentence.end);
    const ownTimeUnresolved = unresolved.length > 0 && (unresolvedInOrder ? itemsWithin(unresolved, itself, sentence) : unresolved.filter((time) => time.start >= sentence.start && time.end <= sentence.end)).length > 0;
    const paragraphStart = paragraphStartOf(paragraphs, sentence.start);
    // "une visite, la première depuis la reprise des relations en 2020": the date after a framed event is its own, not the visit's.
    const framedSpans = matches.filter((match) => match.framed);
    const framedEnds = framedSpans.map((match) => match.end);
    const triggerStarts = matches.map((match) => match.start).sort((a, b) => a - b);
    // In their order in the sentence: a verb coordinated with the one before shares its subject.
    matches.sort((a, b) => a.start - b.start);
    let previousVerb: { end: number; roles: Roles; doneTo: boolean } | undefined;
    for (const { trigger, start, end, words, framed } of matches) {
      // An event named as the time of another ("depuis la normalisation des relations avec X") has the words after it: the main
      // clause's subject and scene are not its own. With no one named after it ("de leurs relations"), the sentence's parties are.
      const after = framed ? present.filter(({ mention }) => mention.start >= end) : [];
      const own: Sentence = after.length > 0 ? { start: end, end: sentence.end } : sentence;
      const inSentence = after.length > 0 ? after : present.filter(({ mention }) => mention.end <= start || mention.start >= end);
      const nextTrigger = triggerStarts.find((other) => other >= end);
      const roles = clauseRoles(reading, { trigger, start, end, text: words, framed, ...(nextTrigger === undefined ? {} : { nextTrigger }), ...(previousVerb ? { previousVerb } : {}) }, inSentence, earlier);
      previousVerb = roles.verb ? { end, roles, doneTo: trigger.genitive === "target" } : undefined;
      // "appellent les habitants de Damas à": a name inside the trigger's words is who it is done to.
      if (roles.targets.length === 0) {
        const inside = present.find((participant) => participant.mention.start > start && participant.mention.end <= end && canAct(participant) && !roles.actors.includes(participant.entity.id));
        if (inside) roles.targets = [inside.entity.id];
      }
      // "brûlé le drapeau britannique": after a verb's own object noun, the demonym is the object's, not who acts.
      const objectInTrigger = roles.verb === true && reading.words(start, end).some((word) => compiled.grammar.determiners.has(word));
      const demonymAfter = demonyms.length > 0 ? demonymRightAfter(text, end, demonymIndex) : undefined;
      if (objectInTrigger && demonymAfter && roles.targets.length === 0 && !roles.actors.includes(demonymAfter)) roles.targets = [demonymAfter];
      // "qu'un ministre israélien de la défense mène une visite": the one person the article so describes, not the state of the demonym.
      if (roles.actors.length === 0 && !roles.undergone && !roles.subjectApart) {
        const segment = segments.findLast((candidate) => candidate.start <= start) ?? sentence;
        const holder = holderOfIndefiniteRole(reading, segment.start, start, context.entities);
        if (holder && !roles.targets.includes(holder)) roles.actors = [holder];
      }
      const actingDemonym = demonyms.length > 0 ? (objectInTrigger ? undefined : demonymAfter) ?? (roles.actors.length === 0 && !roles.undergone && !roles.subjectApart ? demonymOfSubject(reading, start, demonymIndex, inSentence.filter(({ entity }) => roles.targets.includes(entity.id))) : undefined) : undefined;
      if (actingDemonym && !roles.actors.includes(actingDemonym)) {
        roles.actors = [actingDemonym, ...roles.actors];
        roles.targets = roles.targets.filter((id) => id !== actingDemonym);
      }
      const quote = context.quotes?.find((candidate) => candidate.content.start <= start && end <= candidate.content.end);
      // « l'usage de la force devrait être sur la table », a déclaré X: the threat is X's.
      if (quote?.speakerEntity && roles.actors.length === 0 && !roles.undergone && SPEECH_ACTS.has(trigger.category)) {
        roles.actors = [quote.speakerEntity];
        roles.targets = roles.targets.filter((id) => id !== quote.speakerEntity);
      }
      const framedAfter = framedEnds.find((framedEnd) => framedEnd > end);
      // Before a framed event, only the times before it: a time wholly before the sentence is before it too. A time
      // inside a framed event's words ("depuis la reprise, l'an dernier, des relations") is that event's alone.
      const available = datedHere.filter((time) => (framedAfter === undefined || time.start < framedAfter) && !framedSpans.some((span) => span.start <= time.start && time.end <= span.end));
      const unresolvedBefore = unresolved.length > 0 ? (unresolved.findLast((time) => time.end <= sentence.start && time.start >= paragraphStart)?.end ?? null) : null;
      const scope = { text, sentence, trigger: start, dated, inOrder: datedInOrder, clauseBreak: compiled.clauseBreak, unresolvedBefore };
      const date = framed
        ? (datedHere.find((time) => time.start >= start && time.end <= end) ?? datedHere.find((time) => time.start >= end) ?? findDate({ ...scope, inSentence: datedHere, paragraphStart: null, carries: isAny, previousParagraph: none }))
        : ownTimeUnresolved && available.length === 0
          ? null
          : findDate({ ...scope, inSentence: available, paragraphStart, carries: carryAllowed(sentence, context, sentenceTense), previousParagraph: () => (paragraphStart > 0 && context.published ? previousParagraphOf(paragraphs, paragraphStart, context.published, (time) => mayContinue(sentenceTense(sentence), trigger, quote) && namedBeside(time, roles.actors, context.sentences, participants)) : null) });
      const sceneCarriesOver = !framed && !isBackgroundRemembered(date?.value ?? null, context.published ?? null);
      const ownParagraphStart = own === sentence ? paragraphStart : paragraphStartOf(paragraphs, own.start);
      const place = findPlace(own, present, participants, participantsInOrder, sceneCarriesOver ? ownParagraphStart : null);
      // "Berg a atterri à Oslo": a visit's other party is the state visited.
      if (trigger.placeIsTarget && roles.targets.length === 0 && place) {
        const state = stateOf(place, context.entities);
        if (state && !roles.actors.includes(state)) roles.targets = [state];
      }
      const at = Math.max(0, segments.findIndex((segment) => segment.start <= start && start < segment.end + 1));
      // "les manifestations qui ont lieu au Yémen": a protest no one is named doing, in a country its own words name, is that country's crowd's, when the article names one.
      if (trigger.category === "PROTEST" && roles.actors.length === 0 && !roles.undergone) {
        const ownEnd = Math.min(segments[at]?.end ?? sentence.end, nextTrigger ?? Infinity);
        const scene = present.find(({ mention, scene }) => scene && mention.start >= end && mention.end <= ownEnd);
        const crowd = scene ? crowdOf(scene.entity.id, context.entities) : undefined;
        if (crowd && !roles.targets.includes(crowd)) roles.actors = [crowd];
      }
      // "Les campagnes de solidarité en faveur de Razan": support no one is named giving is given by the group of the supported one's supporters.
      if (trigger.category === "SUPPORT" && roles.actors.length === 0 && !roles.undergone) {
        const named = inSentence.filter(({ mention }) => mention.start >= end).map(({ entity }) => entity.id);
        const support = supportersOfNamed(named, context.entities);
        if (support) {
          roles.actors = [support.supporters];
          if (roles.targets.length === 0) roles.targets = [support.supported];
        }
      }
      const subjectEnd = inSentence.filter(({ entity, mention }) => roles.actors.includes(entity.id) && mention.end <= start && mention.start >= (segments[at]?.start ?? sentence.start)).at(-1)?.mention.end ?? null;
      const modality = eventModality(
        { text, sentence, clause: segments[at] ?? sentence, previousClause: segments[at - 1] ?? null, trigger: { start, end }, subjectEnd, quotes: context.quotes ?? [], participants: present, ...(context.tenseOf ? { tenseOf: context.tenseOf } : {}) },
        lexicon.clause,
      );
      // The lead sentence's verbs report the news of the day the article is published (the inverted pyramid): when the sentence
      // names no time, outside quotes, asserted, they take that day, inferred (a date with no span).
      const leadDay =
        !date && datedHere.length === 0 && !ownTimeUnresolved && sentence === leadSentence && context.published && roles.verb && !framed && !quote && modality.modality === "asserted" && !modality.negated && sentenceTense(sentence) !== "future"
          ? context.published.slice(0, 10)
          : null;
      frames.push({
        start: sentence.start,
        end: sentence.end,
        category: trigger.category,
        mode: trigger.mode,
        trigger: { start, end, text: words },
        actors: roles.actors,
        targets: roles.targets,
        date: date?.value ?? leadDay,
        dateSpan: date ? { start: date.start, end: date.end } : null,
        place,
        ...modality,
      });
      const atHand = roles.undergone && roles.actors.length === 0 ? agentsAtHand(present, authorities, { start, mode: trigger.mode }, roles.targets) : { forces: [], authority: null };
      clauses.push({ undergone: roles.undergone === true, verb: roles.verb === true, sentence: sentenceIndex, ...atHand });
    }
  }
  fillImpliedAgents(frames, clauses);
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
const none = (): null => null;

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

/** Actor types of a country's people who protest, in the order PLOVER would code an unnamed protest's source. */
const CROWDS = ["protesters", "civilians"] as const;

/** The generic group of protesters, else of civilians, belonging to the state a place is or lies in ("des milliers de Yéménites"). */
function crowdOf(placeId: string, entities: readonly Entity[]): string | undefined {
  const state = stateOf(placeId, entities);
  if (!state) return undefined;
  for (const actorType of CROWDS) {
    const crowd = entities.find((entity) => entity.generic && entity.affiliation === state && entity.actorType === actorType);
    if (crowd) return crowd.id;
  }
  return undefined;
}

/**
 * With no named subject, the state of a demonym in the subject's words before the trigger acts:
 * "une délégation israélienne, composée de …, a effectué une visite", "le chef de la diplomatie
 * israélienne s'est rendu au Maroc". The subject's words are the trigger's own stretch of the
 * sentence, else the nearest stretch before it that holds a demonym, back over appositions but
 * not into a fronted phrase ("Selon des sources israéliennes,") nor past a new clause (", mais").
 */
function demonymOfSubject(reading: ClauseReading, trigger: number, demonyms: ListedMentions, targets: readonly Participant[]): string | undefined {
  // "des soldats libyens ont été exécutés": a demonym inside the target's words is the target's.
  const inTarget = (mention: EntityMention) => targets.some((target) => target.mention.start <= mention.start && mention.end <= target.mention.end);
  const { segments } = reading;
  const own = segments.findLastIndex((segment) => segment.start < trigger);
  for (let k = own; k >= 0; k -= 1) {
    const segment = segments[k]!;
    // An apposition stands between commas; a bracket or a quotation mark closes something else ("soldats libyens [en anglais] mis à mort").
    if (k < own && reading.text.slice(segment.end, segments[k + 1]!.start).trim() !== ",") return undefined;
    const end = Math.min(segment.end, trigger);
    const fronted = reading.opensWithPreposition(segment) || reading.opensWithRelative(segment);
    const found = fronted ? undefined : demonyms.startingIn(segment.start, end).findLast(({ mention }) => mention.end <= end && !inTarget(mention));
    if (found) return found.entity.id;
    if (reading.opensWithConjunction(segment)) return undefined;
  }
  return undefined;
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

/** Whether a carried date fits the sentence's tense: not after the publication in a past sentence, nor before it in a future one. */
function carryAllowed(sentence: Sentence, context: EventContext, tenseOf: (sentence: Sentence) => "past" | "future" | null): (time: TimeExpression) => boolean {
  if (!context.tenseOf || !context.published) return isAny;
  const published = context.published.slice(0, 10);
  return (time) => {
    const tense = tenseOf(sentence);
    const day = time.value!.slice(0, 10);
    return tense === "past" ? day <= published : tense === "future" ? day >= published : true;
  };
}

/**
 * Whether the previous paragraph's narrative time may date an event of this sentence: only a
 * past-tense sentence's (a present or future one speaks of now or later), and inside a quote only
 * a speech act's, done when it is said (what a speaker narrates has its own time: « nous avons
 * signé un accord »).
 */
function mayContinue(tense: "past" | "future" | null, trigger: EventTrigger, quote: Quote | undefined): boolean {
  return tense === "past" && (!quote || SPEECH_ACTS.has(trigger.category));
}

/** The paragraph before the one starting at `paragraphStart`. */
function previousParagraphOf(paragraphs: readonly number[], paragraphStart: number, published: string, continues: (time: TimeExpression) => boolean): PreviousParagraph {
  return { start: paragraphStartOf(paragraphs, paragraphStart - 2), published: published.slice(0, 10), continues };
}

/** Whether one of `actors` is named in the sentence holding a time. */
function namedBeside(time: TimeExpression, actors: readonly string[], sentences: readonly Sentence[], participants: readonly Participant[]): boolean {
  if (actors.length === 0) return false;
  const sentence = sentences.find((candidate) => candidate.start <= time.start && time.end <= candidate.end);
  return sentence !== undefined && itemsWithin(participants, mentionOf, sentence).some(({ entity }) => actors.includes(entity.id));
}
