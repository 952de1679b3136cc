/**
 * Events on the seed articles against the gold `events`: a gold event is found when a found
 * event of the same PLOVER category has its trigger inside the gold evidence (or one of its
 * `also_evidence` spans); its date is right when the found value starts with the gold's
 * ("2021-11-24" for "2021-11"), its place when the place entity's name is the gold place.
 * The headline check: in every article whose gold reports the 24 November 2021 signing
 * (AGREE, sign-agreement, dated 2021-11…), a found AGREE dated in November 2021 placed in Rabat
 * or in Morocco. Gold mode names are recoupe's own and not compared. Matching, actors and dates
 * as event-roles.ts defines them (issue 14): actor and strict (actor and date) accuracy of the
 * matched events.
 */
import type { AnnotatedArticle } from "../src/annotate/annotation.js";
import { RoleJudge, dateRight as isDateRight, findMatchingEvent } from "./event-roles.js";
import { loadSeedCases } from "./seed-articles.js";

export interface SeedEventsResult {
  gold: number;
  found: number;
  dateRight: number;
  placeRight: number;
  actorRight: number;
  /** Of actorRight: events the gold gives no actor, found with none. */
  actorRightWithoutActors: number;
  strictRight: number;
  predicted: number;
  signingArticles: number;
  signingFound: number;
  errors: string[];
}

export function evaluateSeedsEvents(sharedDir: string): SeedEventsResult {
  const result: SeedEventsResult = { gold: 0, found: 0, dateRight: 0, placeRight: 0, actorRight: 0, actorRightWithoutActors: 0, strictRight: 0, predicted: 0, signingArticles: 0, signingFound: 0, errors: [] };
  for (const { label, gold, article } of loadSeedCases(sharedDir)) {
    const judge = new RoleJudge(article, gold.entities);
    result.predicted += article.annotations.events.length;
    const nameOf = (id: string | null) => article.annotations.entities.find((entity) => entity.id === id)?.name ?? null;
    for (const expected of gold.events) {
      result.gold += 1;
      const match = findMatchingEvent(article, expected);
      if (!match) {
        result.errors.push(`${label}: missed ${expected.type} ${expected.mode} « ${expected.evidence.slice(0, 50)} »`);
        continue;
      }
      result.found += 1;
      const dateRight = isDateRight(expected, match);
      const placeRight = expected.place === null ? match.place === null : nameOf(match.place) === expected.place;
      const actorRight = judge.actorRight(expected, match);
      if (dateRight) result.dateRight += 1;
      if (placeRight) result.placeRight += 1;
      if (actorRight) result.actorRight += 1;
      if (actorRight && expected.actors.length === 0) result.actorRightWithoutActors += 1;
      if (actorRight && dateRight) result.strictRight += 1;
      if (!dateRight || !placeRight) result.errors.push(`${label}: ${expected.type} « ${expected.evidence.slice(0, 40)} » date ${expected.date}/${match.date}, place ${expected.place}/${nameOf(match.place)}`);
      if (!actorRight) result.errors.push(`${label}: ${expected.type} « ${expected.evidence.slice(0, 40)} » actors ${expected.actors.join(", ") || "none"} → ${judge.names(match.actors).join(", ") || "none"}, targets ${expected.targets.join(", ") || "none"} → ${judge.names(match.targets).join(", ") || "none"}`);
    }
    if (gold.events.some((event) => event.type === "AGREE" && event.mode === "sign-agreement" && event.date?.startsWith("2021-11"))) {
      result.signingArticles += 1;
      if (hasSigning(article, nameOf)) result.signingFound += 1;
      else result.errors.push(`${label}: no AGREE dated 2021-11 placed in Rabat or Morocco`);
    }
  }
  return result;
}

function hasSigning(article: AnnotatedArticle, nameOf: (id: string | null) => string | null): boolean {
  return article.annotations.events.some((event) => event.category === "AGREE" && (event.date ?? "").startsWith("2021-11") && ["Rabat", "Maroc"].includes(nameOf(event.place) ?? ""));
}
