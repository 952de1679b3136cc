/**
 * Cross-document entity links on stories-en-dev, over pairs of gold names (see isGoldName in
 * stories-en.ts) in two different records of one gold story:
 * - a gold link is such a pair whose two mentions belong to one gold chain (not null, not an
 *   `intra:` chain, which stays inside one article);
 * - recoupe links a pair when a recoupe mention overlapping the one and a recoupe mention
 *   overlapping the other belong to one corpus entity;
 * - recall is the share of gold links recoupe links; precision is the share of the pairs recoupe
 *   links, among pairs of chained gold names, that are gold links. So one corpus entity holding
 *   two gold chains ("Lohan" the actress and "Lohan" her father) costs precision for every
 *   pair across them. Pairs across the two events of a topic are not scored: the gold keeps one
 *   entity in two events as two chains ("Microsoft" in both), and recoupe rightly has one.
 * Pairs of mentions, not of chains: a name said often weighs more, as a reader meets it more.
 */
import { f1Score, type PrecisionRecall } from "./prf.js";

export interface GoldName {
  /** Index of the record it is in. */
  record: number;
  story: string;
  text: string;
  /** The gold cross-document chain, null for a singleton or an `intra:` chain. */
  chain: string | null;
  chainName: string | null;
  /** Overlapped by some recoupe entity mention. */
  detected: boolean;
  /** Corpus entity id → name, for the corpus entities of the overlapping recoupe mentions. */
  corpusEntities: Map<string, string>;
}

export interface LinkScores extends PrecisionRecall {
  goldLinks: number;
  linked: number;
  correct: number;
  /** Surface pairs of gold links recoupe does not make, most frequent first. */
  missed: Array<{ pair: string; count: number }>;
  /** Pairs recoupe links across two gold chains: "corpus entity: text (gold chain) ~ text (gold chain)". */
  wrongMerges: Array<{ pair: string; count: number }>;
}

const TOP = 25;

export function linkScores(names: readonly GoldName[]): LinkScores {
  const missed = new Map<string, number>();
  const wrong = new Map<string, number>();
  const tally = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  let goldLinks = 0;
  let linked = 0;
  let correct = 0;
  const byStory = new Map<string, GoldName[]>();
  for (const name of names) if (name.chain) byStory.set(name.story, [...(byStory.get(name.story) ?? []), name]);
  for (const members of byStory.values()) {
    for (let i = 0; i < members.length; i += 1) {
      const a = members[i]!;
      for (let j = i + 1; j < members.length; j += 1) {
        const b = members[j]!;
        if (a.record === b.record) continue;
        const shared = [...a.corpusEntities.keys()].find((id) => b.corpusEntities.has(id));
        const gold = a.chain === b.chain;
        if (gold) goldLinks += 1;
        if (shared) linked += 1;
        if (gold && shared) correct += 1;
        if (gold && !shared) tally(missed, [a.text, b.text].sort().join(" ~ "));
        if (!gold && shared) tally(wrong, `${a.corpusEntities.get(shared)}: ${[`${a.text} (${a.chainName})`, `${b.text} (${b.chainName})`].sort().join(" ~ ")}`);
      }
    }
  }
  const top = (counts: Map<string, number>) =>
    [...counts]
      .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
      .slice(0, TOP)
      .map(([pair, count]) => ({ pair, count }));
  return { ...f1Score(correct, linked, goldLinks), goldLinks, linked, correct, missed: top(missed), wrongMerges: top(wrong) };
}
