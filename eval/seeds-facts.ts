/**
 * The seeds gold `facts` as claims. The gold states facts in English prose; this file reads
 * each one as what recoupe's claims can express (an event: category, mode-free, the people and
 * places in it, its date), written by hand from the gold text. Facts about attributes (an
 * agreement's scope, "the first of its kind", systems named, metonyms) have no such reading:
 * recoupe extracts no attribute claims yet, so they count as missed. A fact is found when a claim
 * of the gold story matches its reading and is supported by every gold source (strict) or by
 * at least half of them (lenient); a gold conflict is found when that claim lists the
 * conflicting article among those that contradict it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CorpusConnector } from "../src/connect/connect-corpus.js";
import { loadSeedCases } from "./seed-articles.js";

interface GoldFact {
  claim: string;
  sources: string[];
  conflicts: Array<{ file: string; note: string }>;
}

interface EventReading {
  category: string;
  /** Corpus entity names that must be among the claim's actors or targets. */
  participants: string[];
  /** A prefix of the claim's date. */
  date?: string;
}

/** One reading per gold fact, in the gold's order; null where the fact is not an event. */
const READINGS: Array<EventReading | null> = [
  { category: "AGREE", participants: [], date: "2021-11" }, // the agreement signed on 24 November 2021
  { category: "AGREE", participants: ["Rabat"] }, // signed in Rabat (place or participant)
  { category: "AGREE", participants: ["Benny Gantz", "Abdellatif Loudiyi"] }, // the signatories
  null, // the text is a memorandum of understanding (wording)
  null, // first of its kind (attribute)
  { category: "CONSULT", participants: ["Benny Gantz"] }, // the first official visit (the visit itself)
  null, // scope of the agreement (attribute)
  null, // opens the way to arms sales (attribute)
  null, // sales approved by the ministry (attribute)
  { category: "REJECT", participants: ["Maroc"] }, // Morocco denies buying Pegasus
  null, // systems named (attribute)
  null, // a joint military committee (attribute)
  { category: "AGREE", participants: ["Maroc", "Israël"], date: "2020" }, // relations normalised in 2020
  { category: "CONSULT", participants: ["Benny Gantz"], date: "2021-11-23" }, // arrived on 23 November
  null, // Gantz said the agreement enables projects (a quote, matched below)
  null, // the seat of government as metonym (attribute)
  { category: "THREATEN", participants: ["Iran"] }, // the Iranian threat raised
  { category: "CONSULT", participants: ["Benny Gantz", "Abdellatif Loudiyi"], date: "2022-04" }, // the April 2022 phone call
];

export interface SeedFactsResult {
  facts: number;
  readable: number;
  foundStrict: number;
  foundLenient: number;
  conflicts: number;
  conflictsFound: number;
  details: string[];
}

export function evaluateSeedsFacts(sharedDir: string): SeedFactsResult {
  const cases = loadSeedCases(sharedDir);
  const facts = (JSON.parse(readFileSync(join(sharedDir, "gold", "seeds.gold.json"), "utf8")) as { facts: GoldFact[] }).facts;
  const connector = new CorpusConnector();
  for (const { article } of cases) connector.add(article);
  const { entities, stories } = connector.result();
  const idByFile = new Map(cases.map((seed) => [seed.gold.file, seed.article.id]));
  const nameOf = new Map(entities.map((entity) => [entity.id, entity.name]));
  const result: SeedFactsResult = { facts: facts.length, readable: 0, foundStrict: 0, foundLenient: 0, conflicts: 0, conflictsFound: 0, details: [] };
  facts.forEach((fact, index) => {
    const reading = READINGS[index] ?? null;
    const sources = fact.sources.map((file) => idByFile.get(file)!).filter(Boolean);
    const conflicting = fact.conflicts.map((conflict) => idByFile.get(conflict.file)).filter((id): id is string => id !== undefined);
    result.conflicts += conflicting.length;
    if (!reading) {
      result.details.push(`fact ${index}: not an event recoupe can claim yet — missed`);
      return;
    }
    result.readable += 1;
    const candidates = stories
      .filter((story) => sources.some((id) => story.articleIds.includes(id)))
      .flatMap((story) => story.claims)
      .filter((claim) => claim.kind === "event" && claim.category === reading.category)
      .filter((claim) => (reading.date ? (claim.date ?? "").startsWith(reading.date) : true))
      .filter((claim) => reading.participants.every((name) => [...(claim.actors ?? []), ...(claim.targets ?? []), ...(claim.place ? [claim.place] : [])].some((id) => nameOf.get(id) === name)));
    const support = (claim: (typeof candidates)[number]) => sources.filter((id) => claim.supportedBy.some((span) => span.articleId === id)).length;
    const best = candidates.sort((a, b) => support(b) - support(a))[0];
    const supported = best ? support(best) : 0;
    if (best && supported === sources.length) result.foundStrict += 1;
    if (best && supported >= Math.ceil(sources.length / 2)) result.foundLenient += 1;
    const found = best ? conflicting.filter((id) => best.contradictedBy.some((span) => span.articleId === id)).length : 0;
    result.conflictsFound += found;
    result.details.push(`fact ${index}: ${best ? `claim "${best.statement}" supported by ${supported}/${sources.length} gold sources` : "no matching claim"}`);
  });
  return result;
}
