/**
 * Entity mentions on the seed articles against the gold `entities`: the gold lists, per
 * article, each entity's type and its distinct verbatim mentions (names and distinctive
 * descriptions, not demonyms). Scored per article on the set of distinct (type, mention)
 * pairs, compared without a leading determiner, case or apostrophe style ("le ministre de la
 * Défense" = "Le ministre de la Défense"); demonyms (properties) and generic references back
 * ("le média") are neither names nor distinctive epithets in the gold's definition, so not scored.
 */
import type { EntityType } from "../src/annotate/annotation.js";
import { loadSeedCases } from "./seed-articles.js";
import { f1Score, type PrecisionRecall } from "./prf.js";

export interface SeedEntitiesResult {
  byType: Record<EntityType | "all", PrecisionRecall>;
  errors: string[];
}

const TYPES: EntityType[] = ["PER", "ORG", "LOC", "MISC"];

export function normalizeMention(text: string): string {
  return text
    .replace(/[’`]/gu, "'")
    .replace(/\u00a0/gu, " ")
    .toLowerCase()
    .replace(/^(?:(?:le|la|les|son|sa|ses|leurs?|un|une|du|au)\s+|l')/u, "")
    .trim();
}

export function evaluateSeedsEntities(sharedDir: string): SeedEntitiesResult {
  const counts = Object.fromEntries([...TYPES, "all"].map((type) => [type, { truePositives: 0, predicted: 0, gold: 0 }])) as Record<EntityType | "all", { truePositives: number; predicted: number; gold: number }>;
  const errors: string[] = [];
  for (const { label, gold, article } of loadSeedCases(sharedDir)) {
    const expected = new Set(gold.entities.flatMap((entity) => entity.mentions.map((mention) => `${entity.type}\t${normalizeMention(mention)}`)));
    const found = new Set(
      article.annotations.entities.flatMap((entity) => entity.mentions.filter((mention) => mention.kind !== "demonym" && mention.kind !== "reference").map((mention) => `${entity.type}\t${normalizeMention(mention.text)}`)),
    );
    for (const pair of new Set([...expected, ...found])) {
      const type = pair.split("\t")[0] as EntityType;
      const hit = expected.has(pair) && found.has(pair);
      for (const bucket of [counts[type], counts.all]) {
        if (expected.has(pair)) bucket.gold += 1;
        if (found.has(pair)) bucket.predicted += 1;
        if (hit) bucket.truePositives += 1;
      }
      if (!hit) errors.push(`${label}: ${expected.has(pair) ? "missed" : "spurious"} ${pair.replace("\t", " ")}`);
    }
  }
  const byType = Object.fromEntries(Object.entries(counts).map(([type, count]) => [type, f1Score(count.truePositives, count.predicted, count.gold)])) as Record<EntityType | "all", PrecisionRecall>;
  return { byType, errors };
}
