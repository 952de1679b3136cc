/**
 * Event frames: a trigger from the language's PLOVER lexicon, its actors (the participants
 * before it, or after "par" in the passive), its targets (after it, preferably after "avec"),
 * its place (a place after "à"/"en"), and its date (the time expression nearest the trigger in
 * the sentence, else the last one earlier in the paragraph: narrative time carries over; the
 * paragraph's scene does not carry over to an event dated well apart from the article). Each
 * frame's evidence is its sentence. Hand-written: no npm library codes events in French.
 */
import { dayDistance } from "../../../core/day-distance.js";
import { escapeRegExp } from "../../../core/escape-regexp.js";
import type { Entity, EntityMention, EventFrame, Sentence, TimeExpression } from "../../annotation.js";
import type { EventLexicon, EventTrigger } from "../../lang/event-lexicon.js";

interface Participant {
  entity: Entity;
  mention: EntityMention;
}

interface CompiledTrigger {
  trigger: EventTrigger;
  pattern: RegExp;
  requires: RegExp | null;
}

interface Compiled {
  triggers: CompiledTrigger[];
  targetBefore: RegExp;
  agentBefore: RegExp;
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
        pattern: new RegExp(`(?<![\\p{L}])(?:${trigger.pattern})(?![\\p{L}])`, "giu"),
        requires: trigger.requires ? new RegExp(`(?<![\\p{L}])${trigger.requires}(?![\\p{L}])`, "iu") : null,
      })),
      targetBefore: new RegExp(`(?<![\\p{L}])(?:${words(lexicon.targetPrepositions)})\\s+(?:\\S+\\s+){0,2}$`, "iu"),
      agentBefore: new RegExp(`(?<![\\p{L}])(?:${words(lexicon.agentPrepositions)})\\s+(?:\\S+\\s+){0,1}$`, "iu"),
      placeBefore: new RegExp(`(?<![\\p{L}])(?:${words(lexicon.placePrepositions)})\\s+(?:l['’]|la\\s+|le\\s+)?$`, "iu"),
      passive: new RegExp(`(?<![\\p{L}])(?:${words(lexicon.passiveMarkers)})\\s+$`, "iu"),
      // "depuis la normalisation", "après l'accord": at most a determiner between.
      background: new RegExp(`(?<![\\p{L}])(?:${words(lexicon.backgroundPrepositions)})\\s+(?:\\S+\\s+|\\S+['’])?$`, "iu"),
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
}

/** Days from the publication past which a dated event is background ("after relations resumed in 2020"). */
const BACKGROUND_DAYS = 45;

export function findEvents(text: string, lexicon: EventLexicon, context: EventContext): EventFrame[] {
  const compiled = compile(lexicon);
  const participants = context.entities
    .filter((entity) => entity.type !== "MISC")
    .flatMap((entity) => entity.mentions.filter((mention) => mention.kind !== "demonym").map((mention) => ({ entity, mention })))
    .sort((a, b) => a.mention.start - b.mention.start);
  // "les frappes russes", "la menace iranienne": a demonym right after a trigger names who acts.
  const demonyms = context.entities.flatMap((entity) => entity.mentions.filter((mention) => mention.kind === "demonym").map((mention) => ({ entity, mention })));
  // Calendar values only: "PRESENT_REF" ("jusqu'à présent") dates nothing.
  const dated = context.times.filter((time) => time.value && /^\d/u.test(time.value) && (time.type === "DATE" || time.type === "TIME"));
  const frames: EventFrame[] = [];
  for (const sentence of context.sentences) {
    const matches = triggersIn(text, sentence, compiled);
    // "une visite, la première depuis la reprise des relations en 2020": the date after a framed event is its own, not the visit's.
    const framedEnds = matches.filter((match) => match.framed).map((match) => match.end);
    for (const { trigger, start, end, words, framed } of matches) {
      // An event named as the time of another ("depuis la normalisation des relations avec X") has the words after it: the main
      // clause's subject and scene are not its own. With no one named after it ("de leurs relations"), the sentence's parties are.
      const within = (span: Sentence) => participants.filter(({ mention }) => mention.start >= span.start && mention.end <= span.end && (mention.end <= start || mention.start >= end));
      const after = framed ? within({ start: end, end: sentence.end }) : [];
      const own: Sentence = after.length > 0 ? { start: end, end: sentence.end } : sentence;
      const inSentence = after.length > 0 ? after : within(sentence);
      const roles = assignRoles(text, sentence, start, end, inSentence, compiled);
      const actingDemonym = demonyms.find(({ mention }) => mention.start > end && /^\s+$/u.test(text.slice(end, mention.start)))?.entity.id;
      if (actingDemonym && !roles.actors.includes(actingDemonym)) {
        roles.actors = [actingDemonym, ...roles.actors];
        roles.targets = roles.targets.filter((id) => id !== actingDemonym);
      }
      const framedAfter = framedEnds.find((framedEnd) => framedEnd > end);
      const available = framedAfter === undefined ? dated : dated.filter((time) => time.start < framedAfter);
      const date = framed ? (findDateAfter(end, sentence, dated) ?? findDate(text, start, sentence, dated, false)) : findDate(text, start, sentence, available, true);
      const place = findPlace(text, own, participants, compiled, !framed && !isBackground(date?.value ?? null, context.published ?? null));
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
      });
    }
  }
  return frames.sort((a, b) => a.trigger.start - b.trigger.start);
}

/** Those who can act: people, organisations, countries, and capitals standing for their state ("Stockholm a démenti"). */
function canAct({ entity, mention }: Participant): boolean {
  if (entity.type === "PER" || entity.type === "ORG") return true;
  return entity.placeKind === "country" || mention.metonymFor !== undefined;
}

function assignRoles(text: string, sentence: Sentence, start: number, end: number, inSentence: readonly Participant[], compiled: Compiled): { actors: string[]; targets: string[] } {
  const before = inSentence.filter((participant) => participant.mention.end <= start);
  const after = inSentence.filter((participant) => participant.mention.start >= end);
  const unique = (list: readonly Participant[]) => [...new Set(list.map(({ entity }) => entity.id))];
  // What precedes a participant within its sentence: "avec", "à", "par".
  const preceded = (participant: Participant, pattern: RegExp) => pattern.test(text.slice(Math.max(sentence.start, participant.mention.start - 30), participant.mention.start));
  // Passive: "a été signé par M. Novak et la ministre …" — the agents follow "par".
  if (compiled.passive.test(text.slice(Math.max(0, start - 12), start))) {
    const agents = after.filter((participant) => preceded(participant, compiled.agentBefore) || after.indexOf(participant) > 0);
    return { actors: unique(agents.filter(canAct)), targets: [] };
  }
  const subjects = before.filter((participant) => canAct(participant) && !preceded(participant, compiled.targetBefore) && !preceded(participant, compiled.placeBefore));
  const nearestSubject = subjects.at(-1);
  const actors = nearestSubject ? subjects.filter((participant) => participant.entity.type === nearestSubject.entity.type || participant === nearestSubject) : [];
  const targets = after.filter((participant) => canAct(participant) && !actors.some((actor) => actor.entity.id === participant.entity.id));
  const marked = targets.filter((participant) => preceded(participant, compiled.targetBefore));
  return { actors: unique(actors.slice(-3)), targets: unique((marked.length > 0 ? marked : targets).slice(0, 2)) };
}

/** A place after "à"/"en" in the sentence (a city before a country), else the last one named so earlier in the paragraph: the scene carries over. */
/** Whether an event's date lies well before or after the article's: its scene is not the article's. */
function isBackground(date: string | null, published: string | null): boolean {
  if (!date || !/^\d{4}/u.test(date)) return false;
  return (dayDistance(date, published) ?? 0) > BACKGROUND_DAYS;
}

function findPlace(text: string, sentence: Sentence, participants: readonly Participant[], compiled: Compiled, sceneCarriesOver: boolean): string | null {
  const isScene = ({ entity, mention }: Participant) =>
    entity.type === "LOC" && mention.kind === "name" && mention.metonymFor === undefined && compiled.placeBefore.test(text.slice(Math.max(0, mention.start - 12), mention.start));
  const inSentence = participants.filter((participant) => participant.mention.start >= sentence.start && participant.mention.end <= sentence.end && isScene(participant));
  const city = inSentence.find(({ entity }) => entity.placeKind === "city") ?? inSentence[0];
  const paragraphStart = text.lastIndexOf("\n\n", sentence.start) + 1;
  if (city || !sceneCarriesOver) return city?.entity.id ?? null;
  return (participants.findLast((participant) => participant.mention.end <= sentence.start && participant.mention.start >= paragraphStart && isScene(participant)))?.entity.id ?? null;
}

/**
 * The sentence's triggers, most specific first (a stretch of words is one trigger's), each
 * marked when it is named as the time of another event ("depuis la reprise").
 */
function triggersIn(text: string, sentence: Sentence, compiled: Compiled): Array<{ trigger: EventTrigger; start: number; end: number; words: string; framed: boolean }> {
  const slice = text.slice(sentence.start, sentence.end);
  const found: Array<{ trigger: EventTrigger; start: number; end: number; words: string; framed: boolean }> = [];
  for (const { trigger, pattern, requires } of compiled.triggers) {
    if (requires && !requires.test(slice)) continue;
    for (const match of slice.matchAll(pattern)) {
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      if (found.some((other) => other.start < end && start < other.end)) continue;
      found.push({ trigger, start, end, words: match[0], framed: compiled.background.test(text.slice(Math.max(sentence.start, start - 20), start)) });
    }
  }
  return found;
}

/** The first time expression after the trigger in its sentence ("depuis la reprise des relations en 2020"). */
function findDateAfter(triggerEnd: number, sentence: Sentence, dated: readonly TimeExpression[]): TimeExpression | null {
  return dated.find((time) => time.start >= triggerEnd && time.end <= sentence.end) ?? null;
}

/** The time expression nearest the trigger in its sentence, else (when narrative time carries over) the last dated one earlier in its paragraph. */
function findDate(text: string, trigger: number, sentence: Sentence, dated: readonly TimeExpression[], carriesOver: boolean): TimeExpression | null {
  const inSentence = dated.filter((time) => time.start >= sentence.start && time.end <= sentence.end);
  if (inSentence.length > 0) return inSentence.reduce((best, time) => (Math.abs(time.start - trigger) < Math.abs(best.start - trigger) ? time : best));
  if (!carriesOver) return null;
  const paragraphStart = text.lastIndexOf("\n\n", sentence.start) + 1;
  return dated.findLast((time) => time.end <= sentence.start && time.start >= paragraphStart) ?? null;
}
