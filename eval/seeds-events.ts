/**
 * Events on the seed articles against the gold `events`: a gold event is found when a found
 * event of the same PLOVER category has its trigger inside the gold evidence (or one of its
 * `also_evidence` spans); its date is right when the found value starts with the gold's
 * ("2021-11-24" for "2021-11"), its place when the place entity's name is the gold place.
 * The headline check: in every article whose gold reports the 24 November 2021 signing
 * (AGREE, sign-agreement, dated 2021-11…), a found AGREE dated in November 2021 placed in Rabat
 * or in Morocco. Gold mode names are recoupe's own and not compared.
 */
import type { AnnotatedArticle } from "../src/annotate/annotation.js";
import { loadSeedCases } from "./seed-articles.js";

export interface SeedEventsResult {
  gold: number;
  found: number;
  dateRight: number;
  placeRight: number;
  predicted: number;
  signingArticles: number;
  signingFound: number;
  errors: string[];
}

const normalize = (text: string) => text.replace(/[’]/gu, "'").replace(/\u00a0/gu, " ");

export function evaluateSeedsEvents(sharedDir: string): SeedEventsResult {
  const result: SeedEventsResult = { gold: 0, found: 0, dateRight: 0, placeRight: 0, predicted: 0, signingArticles: 0, signingFound: 0, errors: [] };
  for (const { label, gold, article } of loadSeedCases(sharedDir)) {
    const text = normalize(article.text);
    result.predicted += article.annotations.events.length;
    const nameOf = (id: string | null) => article.annotations.entities.find((entity) => entity.id === id)?.name ?? null;
    for (const expected of gold.events) {
      result.gold += 1;
      const spans = [expected.evidence, ...(expected.also_evidence ?? [])].flatMap((evidence) => {
        const at = text.indexOf(normalize(evidence));
        return at === -1 ? [] : [{ start: at, end: at + evidence.length }];
      });
      const match = article.annotations.events.find((event) => event.category === expected.type && spans.some((span) => event.trigger.start >= span.start && event.trigger.end <= span.end));
      if (!match) {
        result.errors.push(`${label}: missed ${expected.type} ${expected.mode} « ${expected.evidence.slice(0, 50)} »`);
        continue;
      }
      result.found += 1;
      const dateRight = expected.date === null ? match.date === null : (match.date ?? "").startsWith(expected.date);
      const placeRight = expected.place === null ? match.place === null : nameOf(match.place) === expected.place;
      if (dateRight) result.dateRight += 1;
      if (placeRight) result.placeRight += 1;
      if (!dateRight || !placeRight) result.errors.push(`${label}: ${expected.type} « ${expected.evidence.slice(0, 40)} » date ${expected.date}/${match.date}, place ${expected.place}/${nameOf(match.place)}`);
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
