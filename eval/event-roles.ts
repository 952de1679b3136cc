/**
 * Events scored as a careful reader would (issue 14), shared by the seeds and gv-fr-dev:
 * - a found event matches a gold event when it has the same PLOVER category (the golds' ACCUSE
 *   and REQUEST being PLOVER's DISAPPROVE and DEMAND, on both sides) and its trigger lies inside
 *   the gold evidence or one of its `also_evidence` spans;
 * - its actor is right when one of its actors refers to a gold actor and none of its targets
 *   does; with no gold actor, when it has none either. A found entity refers to a gold entity
 *   when one of its name or mention forms is the gold entity's name or one of its gold mentions,
 *   compared by normalizeName (case, accents, apostrophes, NBSP, a leading determiner);
 * - its date is right when the found value starts with the gold's ("2021-11-24" for "2021-11"),
 *   or both are null; strict when actor and date are both right.
 */
import type { AnnotatedArticle, Entity, EventFrame } from "../src/annotate/annotation.js";
import type { Span } from "../src/core/message.js";
import { findVerbatim, normalizeName } from "./find-verbatim.js";

/** What scoring reads of an annotated article (a rejected record is scored as an empty one). */
export type ScoredArticle = Pick<AnnotatedArticle, "text" | "annotations">;

export interface GoldEventRoles {
  type: string;
  actors: string[];
  targets: string[];
  date: string | null;
  evidence: string;
  also_evidence?: string[];
}

export interface GoldEntityForms {
  name: string;
  mentions: string[];
}

const PLOVER_NAMES: Record<string, string> = { ACCUSE: "DISAPPROVE", REQUEST: "DEMAND" };

export const ploverCategory = (type: string): string => PLOVER_NAMES[type] ?? type;

export function evidenceSpans(text: string, event: GoldEventRoles): Span[] {
  return [event.evidence, ...(event.also_evidence ?? [])].flatMap((evidence) => findVerbatim(text, evidence));
}

export function isInside(event: EventFrame, spans: readonly Span[]): boolean {
  return spans.some((span) => event.trigger.start >= span.start && event.trigger.end <= span.end);
}

export function findMatchingEvent(article: ScoredArticle, gold: GoldEventRoles): EventFrame | undefined {
  const spans = evidenceSpans(article.text, gold);
  return article.annotations.events.find((event) => ploverCategory(event.category) === ploverCategory(gold.type) && isInside(event, spans));
}

export function dateRight(gold: GoldEventRoles, found: EventFrame): boolean {
  return gold.date === null ? found.date === null : (found.date ?? "").startsWith(gold.date);
}

/** Reads gold entities and the article's entities once, to tell who a found actor or target is. */
export class RoleJudge {
  private readonly formsOf: Map<string, Set<string>>;

  constructor(
    private readonly article: ScoredArticle,
    goldEntities: readonly GoldEntityForms[],
  ) {
    this.formsOf = new Map(goldEntities.map((entity) => [entity.name, new Set([entity.name, ...entity.mentions].map(normalizeName))]));
  }

  actorRight(gold: GoldEventRoles, found: EventFrame): boolean {
    if (gold.actors.length === 0) return found.actors.length === 0;
    const refersToGoldActor = (id: string) => gold.actors.some((name) => this.refersTo(id, name));
    return found.actors.some(refersToGoldActor) && !found.targets.some(refersToGoldActor);
  }

  /** The names of the entities with these ids, for error lines. */
  names(ids: readonly string[]): string[] {
    return ids.map((id) => this.entity(id)?.name ?? id);
  }

  private refersTo(id: string, goldName: string): boolean {
    const entity = this.entity(id);
    const gold = this.formsOf.get(goldName) ?? new Set([normalizeName(goldName)]);
    if (!entity) return false;
    return [entity.name, ...entity.mentions.filter((mention) => mention.kind !== "demonym").map((mention) => mention.text)].some((form) => gold.has(normalizeName(form)));
  }

  private entity(id: string): Entity | undefined {
    return this.article.annotations.entities.find((entity) => entity.id === id);
  }
}
