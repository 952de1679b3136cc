/**
 * The seeds gold `facts` as claims. The gold states facts in English prose; this file reads
 * each one as what recoupe's claims can express, written by hand from the gold text: an event
 * (category, the people and places in it, its date), an attribute (the agreement's kind or
 * scope, a first, the names standing for a state, the systems named) or a quote (its speaker
 * and a word it holds). Facts with no such
 * reading count as missed. A fact is found when a claim of the gold sources' stories matches
 * its reading and is supported by every gold source (strict) or by at least half of them
 * (lenient); a source of a related story counts when the claim names it among its related
 * support (the dossier shows it there, apart from the claim's own sources). A gold conflict is found when that claim lists the conflicting article among those
 * that contradict it, or, for an attribute or a quote, among the sources of another value or wording.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CorpusConnector } from "../src/connect/connect-corpus.js";
import { foldAccents } from "../src/core/terms.js";
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

interface AttributeReading {
  slot: string;
  /** The concept ("agreement", "visit") or the corpus entity name the attribute is said of. */
  subject?: string;
  /** The value whose sources count; any when absent. */
  value?: string;
}

interface QuoteReading {
  /** The corpus name of the speaker. */
  speaker: string;
  /** A word the statement holds (folded, lowercase). */
  holds: string;
}

type Reading = EventReading | AttributeReading | QuoteReading;

const SINGLE_VALUED = new Set(["instrument", "metonym"]);

/** One reading per gold fact, in the gold's order; null where the fact is neither an event nor an attribute recoupe extracts. */
const READINGS: Array<Reading | null> = [
  { category: "AGREE", participants: [], date: "2021-11" }, // the agreement signed on 24 November 2021
  { category: "AGREE", participants: ["Rabat"] }, // signed in Rabat (place or participant)
  { category: "AGREE", participants: ["Benny Gantz", "Abdellatif Loudiyi"] }, // the signatories
  { slot: "instrument", subject: "agreement", value: "memorandum-of-understanding" }, // the text is a memorandum of understanding
  { slot: "first", subject: "agreement" }, // the first agreement of its kind
  { slot: "first", subject: "visit" }, // the first official visit
  { slot: "scope", subject: "agreement" }, // what the agreement covers
  { slot: "scope", subject: "agreement", value: "arms-sales" }, // it opens the way to arms sales
  null, // sales approved by the ministry (a conditional statement)
  { category: "REJECT", participants: ["Maroc"] }, // Morocco denies buying Pegasus
  { slot: "systems" }, // the systems named
  { slot: "scope", subject: "agreement", value: "joint-committee" }, // a joint military committee
  { category: "AGREE", participants: ["Maroc", "Israël"], date: "2020" }, // relations normalised in 2020
  { category: "CONSULT", participants: ["Benny Gantz"], date: "2021-11-23" }, // arrived on 23 November
  { speaker: "Benny Gantz", holds: "exportations" }, // Gantz said the agreement enables projects and exports (two translations of one quote)
  { slot: "metonym", subject: "Israël" }, // the seat of government standing for Israel
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
      result.details.push(`fact ${index}: no claim recoupe can make of it yet — missed`);
      return;
    }
    result.readable += 1;
    const related = (claim: (typeof claims)[number]) => claim.relatedSupport.flatMap((support) => support.sources);
    const claims = stories.filter((story) => sources.some((id) => story.articleIds.includes(id))).flatMap((story) => story.claims);
    // Each candidate with the spans that count for the reading, and those that give another value.
    const candidates =
      "speaker" in reading
        ? claims
            .filter((claim) => claim.kind === "quote" && nameOf.get(claim.speaker ?? "") === reading.speaker && foldAccents(claim.statement.toLowerCase()).includes(reading.holds))
            // Two wordings of one statement: each source's wording has a rival.
            .map((claim) => ({ claim, counted: [...claim.supportedBy, ...related(claim)], against: (claim.variants ?? []).length > 1 ? claim.supportedBy.map((span) => span.articleId) : [] }))
        : "category" in reading
        ? claims
            .filter((claim) => claim.kind === "event" && claim.category === reading.category)
            .filter((claim) => (reading.date ? (claim.date ?? "").startsWith(reading.date) : true))
            .filter((claim) => reading.participants.every((name) => [...(claim.actors ?? []), ...(claim.targets ?? []), ...(claim.place ? [claim.place] : [])].some((id) => nameOf.get(id) === name)))
            .map((claim) => ({ claim, counted: [...claim.supportedBy, ...related(claim)], against: claim.contradictedBy.map((span) => span.articleId) }))
        : claims
            .filter((claim) => claim.kind === "attribute" && claim.slot === reading.slot)
            .filter((claim) => !reading.subject || claim.subject === reading.subject || nameOf.get(claim.subject ?? "") === reading.subject)
            .flatMap((claim) => {
              const variants = claim.variants ?? [];
              const read = reading.value ? variants.find((variant) => variant.value === reading.value) : undefined;
              if (reading.value && !read) return [];
              const counted = read ? [...read.sources, ...related(claim).filter((span) => span.value === read.value)] : [...claim.supportedBy, ...related(claim)];
              // Only a one-valued slot has rival values; a scope or the systems named are lists.
              const others = SINGLE_VALUED.has(reading.slot) ? variants.filter((variant) => variant !== (read ?? variants[0])) : [];
              return [{ claim, counted, against: others.flatMap((variant) => variant.sources.map((span) => span.articleId)) }];
            });
    const support = (candidate: (typeof candidates)[number]) => sources.filter((id) => candidate.counted.some((span) => span.articleId === id)).length;
    const best = candidates.sort((a, b) => support(b) - support(a))[0];
    const supported = best ? support(best) : 0;
    if (best && supported === sources.length) result.foundStrict += 1;
    if (best && supported >= Math.ceil(sources.length / 2)) result.foundLenient += 1;
    const found = best ? conflicting.filter((id) => best.against.includes(id)).length : 0;
    result.conflictsFound += found;
    result.details.push(`fact ${index}: ${best ? `claim "${best.claim.statement}" supported by ${supported}/${sources.length} gold sources${conflicting.length > 0 ? `, ${found}/${conflicting.length} conflicts found` : ""}` : "no matching claim"}`);
  });
  return result;
}
