/**
 * An act told in the passive with no agent ("Zuheir al-Qaysi a été assassiné durant un raid",
 * "Saffana a été arrêtée pour avoir tenté d'empêcher les autorités d'enlever Rima", "two
 * protesters were killed") is, in a news narrative, done by whoever the text has just said does
 * that kind of act: the agent is left out because the reader knows it. Its actor is then the
 * actor of the nearest event of the same category in its own sentence, else in the sentences
 * just before, whose actor its clause names: a chain of left-out agents never reaches further.
 * Failing that, a coercive act's agent is the security force its own sentence names, and an
 * arrest's the authorities the article names.
 */
import type { EventFrame } from "../../annotation.js";
import type { Participant } from "./clause-roles.js";

/** What the event stage knows of a frame's clause beyond the frame itself. */
export interface FrameClause {
  /** Its subject undergoes the act (a passive, "a reçu des coups", a possessor of an arrest). */
  undergone: boolean;
  /** Its trigger is a verb: a noun's roles ("leurs attaques", "la répression") are too loosely read to lend or borrow an actor. */
  verb: boolean;
  /** Index of its sentence in the article. */
  sentence: number;
  /** Ids of the security forces (generic police or military groups) its sentence names before its trigger, apart from its targets. */
  forces: readonly string[];
  /** For an arrest: the id of the authorities (a generic government or police group) the article names nearest before it, else first after it, apart from its targets. */
  authority: string | null;
}

/** Modes of acts only a state's authorities do: an arrest told with no agent is theirs. */
const AUTHORITIES_ACTS: ReadonlySet<string> = new Set(["arrest"]);

/** Actor types of a state's authorities (generic-actor-lexicon.ts). */
const AUTHORITIES: ReadonlySet<string> = new Set(["government", "police"]);

/** Acts a security force does to people: with no agent told, the force the same sentence names does them. */
const COERCIVE: ReadonlySet<string> = new Set(["COERCE", "ASSAULT"]);

/** Actor types of security forces (generic-actor-lexicon.ts). */
const SECURITY_FORCES: ReadonlySet<string> = new Set(["police", "military"]);

type NamedActor = Pick<Participant, "entity" | "mention">;

/** Where the article names its authorities. */
export interface AuthorityMention {
  id: string;
  start: number;
}

const isGenericOf = (types: ReadonlySet<string>, { entity }: NamedActor) => entity.generic === true && types.has(entity.actorType ?? "");

/** The article's authorities by where they are named (`participants` in text order): what an arrest told with no agent falls back on. */
export function authoritiesNamed(participants: readonly NamedActor[]): AuthorityMention[] {
  return participants.filter((participant) => isGenericOf(AUTHORITIES, participant)).map(({ entity, mention }) => ({ id: entity.id, start: mention.start }));
}

/**
 * What a clause's agent may be when it names none: the security forces its sentence (`present`)
 * names before its trigger, and for an arrest the authorities named nearest; none of its targets.
 */
export function agentsAtHand(present: readonly NamedActor[], authorities: readonly AuthorityMention[], trigger: { start: number; mode: string }, targets: readonly string[]): Pick<FrameClause, "forces" | "authority"> {
  const forces = present.flatMap((participant) => (isGenericOf(SECURITY_FORCES, participant) && participant.mention.end <= trigger.start && !targets.includes(participant.entity.id) ? [participant.entity.id] : []));
  return { forces, authority: AUTHORITIES_ACTS.has(trigger.mode) ? nearestAuthority(authorities, trigger.start, targets) : null };
}

/** The authorities named nearest before a position, else first after it, that are not among `targets` (`named` in text order). */
function nearestAuthority(named: readonly AuthorityMention[], position: number, targets: readonly string[]): string | null {
  const fits = ({ id }: AuthorityMention) => !targets.includes(id);
  return (named.findLast((candidate) => candidate.start < position && fits(candidate)) ?? named.find((candidate) => candidate.start > position && fits(candidate)))?.id ?? null;
}

/** How many sentences back an agent left out may be found: the act just told, not one paragraphs earlier. */
const SENTENCES_BACK = 2;

/** Fills, in place, the actors of agentless acts undergone from the same act's actor told nearby; `frames` and `clauses` in the same order, by sentence. */
export function fillImpliedAgents(frames: EventFrame[], clauses: readonly FrameClause[]): void {
  // Actors named in their own clause: read before any frame is filled.
  const named = frames.map((frame) => (frame.negated ? [] : frame.actors));
  for (let index = 0; index < frames.length; index += 1) {
    const frame = frames[index]!;
    const clause = clauses[index]!;
    if (!clause.undergone || !clause.verb || frame.actors.length > 0) continue;
    const fits = (other: number) => other !== index && clauses[other]!.verb && frames[other]!.category === frame.category && named[other]!.some((id) => !frame.targets.includes(id));
    const sameSentence = (other: number) => clauses[other]!.sentence === clause.sentence;
    let source = -1;
    // In its own sentence, before or after it; else the nearest before.
    for (let other = 0; other < frames.length && source < 0; other += 1) if (sameSentence(other) && fits(other)) source = other;
    for (let other = index - 1; other >= 0 && source < 0 && clause.sentence - clauses[other]!.sentence <= SENTENCES_BACK; other -= 1) if (fits(other)) source = other;
    if (source >= 0) frame.actors = named[source]!.filter((id) => !frame.targets.includes(id));
    // "Plus de 1000 policiers du régime sur le campus - Plus de 50 étudiants arrêtés": a force set beside the people an act is done to, in one
    // sentence (a post with no verb of its own), is who does it.
    else if (COERCIVE.has(frame.category) && clause.forces.length > 0) frame.actors = [clause.forces.at(-1)!];
    // "Des militants affirment qu'elle a été arrêtée" … "les autorités": an arrest is the authorities' the article names.
    else if (clause.authority !== null) frame.actors = [clause.authority];
  }
}
