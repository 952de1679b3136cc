/**
 * gv-fr-dev: 24 French Global Voices articles on the 2011–2014 crises with a hand-made gold in
 * the seeds gold's format, read from input.jsonl through the product's path (jsonl-articles.ts)
 * and scored as issue 14 defines:
 * - events by event-roles.ts: recall of gold events, the share of found events matching some
 *   gold event, then of the matched ones actor, strict (actor and date), and negation accuracy;
 * - quotes by the seeds' rules (seeds-quotes.ts): recall of all gold quotes, direct and
 *   reported, and speaker accuracy of the detected ones;
 * - time expressions: a gold string is found when a found expression overlaps one of its
 *   occurrences; value accuracy is over the found ones (a finer value, "…T18:00", counts);
 * - entities: the seeds' (type, mention) pairs per article, names compared by normalizeName,
 *   over the non-generic gold entities (a found mention equal to a generic one is left out, not
 *   counted spurious); generic actors (« les manifestants ») apart, as the share of generic
 *   gold entities one of whose mentions a found mention of any type equals.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { emptyAnnotations, type EventFrame } from "../src/annotate/annotation.js";
import { RoleJudge, dateRight, evidenceSpans, findMatchingEvent, isInside, ploverCategory, type GoldEventRoles, type ScoredArticle } from "./event-roles.js";
import { findVerbatim, normalizeName } from "./find-verbatim.js";
import { readJsonlRecords } from "./jsonl-articles.js";
import { f1Score, type PrecisionRecall } from "./prf.js";
import { emptyScores, scoreQuotes, type GoldQuote, type SeedQuotesResult } from "./seeds-quotes.js";

interface GoldEntity {
  name: string;
  type: string;
  mentions: string[];
  generic?: boolean;
}

interface GoldEvent extends GoldEventRoles {
  mode: string;
  negated: boolean;
}

interface GoldDocument {
  url: string;
  entities: GoldEntity[];
  quotes: GoldQuote[];
  dates: Array<{ text: string; value: string }>;
  events: GoldEvent[];
}

/** What a developer reads to see why a document scores as it does. */
export interface GvFrDocumentErrors {
  document: string;
  missedEvents: string[];
  wrongActors: string[];
  wrongDates: string[];
  quotes: string[];
  times: string[];
  entities: string[];
}

export interface GvFrResult {
  documents: number;
  rejected: string[];
  events: { gold: number; found: number; predicted: number; predictedMatching: number; actorRight: number; actorRightWithoutActors: number; strictRight: number; negationRight: number };
  quotes: SeedQuotesResult;
  times: { gold: number; found: number; valueRight: number };
  entities: PrecisionRecall & { generic: number; genericFound: number };
  errors: GvFrDocumentErrors[];
}

/** Events carry no polarity yet; when the stage adds one as `negated`, it is read here. */
const isNegated = (event: EventFrame) => (event as EventFrame & { negated?: boolean }).negated === true;

export function evaluateGvFr(goldDir: string): GvFrResult {
  const gold = JSON.parse(readFileSync(join(goldDir, "gold.json"), "utf8")) as { documents: GoldDocument[] };
  const goldOf = new Map(gold.documents.map((document) => [document.url, document]));
  const result: GvFrResult = {
    documents: 0,
    rejected: [],
    events: { gold: 0, found: 0, predicted: 0, predictedMatching: 0, actorRight: 0, actorRightWithoutActors: 0, strictRight: 0, negationRight: 0 },
    quotes: { direct: emptyScores(), reported: emptyScores() },
    times: { gold: 0, found: 0, valueRight: 0 },
    entities: { precision: 0, recall: 0, f1: 0, generic: 0, genericFound: 0 },
    errors: [],
  };
  const entityCounts = { truePositives: 0, predicted: 0, gold: 0 };
  for (const record of readJsonlRecords(join(goldDir, "input.jsonl"))) {
    const document = goldOf.get(record.url);
    if (!document) continue;
    result.documents += 1;
    const label = record.url.replace(/^urn:mlcrisis:fr\//u, "");
    const errors: GvFrDocumentErrors = { document: label, missedEvents: [], wrongActors: [], wrongDates: [], quotes: [], times: [], entities: [] };
    result.errors.push(errors);
    // A rejected record is scored as an empty article: everything in its gold is missed.
    const article: ScoredArticle = record.article ?? { text: record.text, annotations: emptyAnnotations() };
    if (record.rejection) result.rejected.push(`${label}: ${record.rejection}`);
    scoreEvents(document, article, result, errors);
    const quotes: SeedQuotesResult = { direct: emptyScores(), reported: emptyScores() };
    scoreQuotes(label, document.quotes, article, quotes);
    addQuoteScores(result.quotes, quotes);
    errors.quotes = [...quotes.direct.errors, ...quotes.reported.errors];
    scoreTimes(document, article, result, errors);
    scoreEntities(document, article, entityCounts, result, errors);
  }
  result.entities = { ...result.entities, ...f1Score(entityCounts.truePositives, entityCounts.predicted, entityCounts.gold) };
  return result;
}

function scoreEvents(document: GoldDocument, article: ScoredArticle, result: GvFrResult, errors: GvFrDocumentErrors): void {
  const judge = new RoleJudge(article, document.entities);
  const scores = result.events;
  for (const expected of document.events) {
    scores.gold += 1;
    const match = findMatchingEvent(article, expected);
    if (!match) {
      errors.missedEvents.push(`${expected.type} ${expected.mode} « ${expected.evidence} »`);
      continue;
    }
    scores.found += 1;
    const actorRight = judge.actorRight(expected, match);
    if (actorRight) scores.actorRight += 1;
    if (actorRight && expected.actors.length === 0) scores.actorRightWithoutActors += 1;
    if (actorRight && dateRight(expected, match)) scores.strictRight += 1;
    if (isNegated(match) === expected.negated) scores.negationRight += 1;
    if (!actorRight) {
      errors.wrongActors.push(
        `${expected.type} « ${match.trigger.text} » in « ${expected.evidence.slice(0, 70)} »: actors ${expected.actors.join(", ") || "none"} → ${judge.names(match.actors).join(", ") || "none"}; targets ${expected.targets.join(", ") || "none"} → ${judge.names(match.targets).join(", ") || "none"}`,
      );
    }
    if (!dateRight(expected, match)) errors.wrongDates.push(`${expected.type} « ${match.trigger.text} »: date ${expected.date} → ${match.date}`);
  }
  const goldSpans = document.events.map((event) => ({ category: ploverCategory(event.type), spans: evidenceSpans(article.text, event) }));
  scores.predicted += article.annotations.events.length;
  scores.predictedMatching += article.annotations.events.filter((event) => goldSpans.some((gold) => gold.category === ploverCategory(event.category) && isInside(event, gold.spans))).length;
}

function addQuoteScores(total: SeedQuotesResult, document: SeedQuotesResult): void {
  for (const kind of ["direct", "reported"] as const) {
    total[kind].gold += document[kind].gold;
    total[kind].detected += document[kind].detected;
    total[kind].speakerRight += document[kind].speakerRight;
    total[kind].errors.push(...document[kind].errors);
  }
}

function scoreTimes(document: GoldDocument, article: ScoredArticle, result: GvFrResult, errors: GvFrDocumentErrors): void {
  for (const expected of document.dates) {
    result.times.gold += 1;
    const occurrences = findVerbatim(article.text, expected.text);
    const match = occurrences.flatMap((span) => article.annotations.times.filter((time) => time.start < span.end && span.start < time.end))[0];
    if (!match) {
      errors.times.push(`missed « ${expected.text} » (${expected.value})${occurrences.length ? "" : ", not in the extracted text"}`);
      continue;
    }
    result.times.found += 1;
    if (match.value === expected.value || match.value?.startsWith(`${expected.value}T`)) result.times.valueRight += 1;
    else errors.times.push(`« ${expected.text} » ${expected.value} → « ${match.text} » ${match.value}`);
  }
}

function scoreEntities(document: GoldDocument, article: ScoredArticle, counts: { truePositives: number; predicted: number; gold: number }, result: GvFrResult, errors: GvFrDocumentErrors): void {
  const found = article.annotations.entities.flatMap((entity) => entity.mentions.filter((mention) => mention.kind !== "demonym" && mention.kind !== "reference").map((mention) => ({ type: entity.type, form: normalizeName(mention.text) })));
  const foundForms = new Set(found.map(({ form }) => form));
  const genericForms = new Set(document.entities.filter((entity) => entity.generic).flatMap((entity) => [entity.name, ...entity.mentions].map(normalizeName)));
  // A generic actor is found as a named form, or as the mention of an entity flagged generic (its mentions are references, not names).
  const genericFound = new Set([...foundForms, ...article.annotations.entities.filter((entity) => entity.generic).flatMap((entity) => entity.mentions.map((mention) => normalizeName(mention.text)))]);
  for (const entity of document.entities.filter((candidate) => candidate.generic)) {
    result.entities.generic += 1;
    if ([entity.name, ...entity.mentions].some((form) => genericFound.has(normalizeName(form)))) result.entities.genericFound += 1;
    else errors.entities.push(`missed generic actor ${entity.name}`);
  }
  const expected = new Set(document.entities.filter((entity) => !entity.generic).flatMap((entity) => entity.mentions.map((mention) => `${entity.type} ${normalizeName(mention)}`)));
  const predicted = new Set(found.filter(({ form }) => !genericForms.has(form)).map(({ type, form }) => `${type} ${form}`));
  for (const pair of expected) if (!predicted.has(pair)) errors.entities.push(`missed ${pair}`);
  for (const pair of predicted) if (!expected.has(pair)) errors.entities.push(`spurious ${pair}`);
  counts.gold += expected.size;
  counts.predicted += predicted.size;
  counts.truePositives += [...expected].filter((pair) => predicted.has(pair)).length;
}

/** The table `npm run eval` prints: the counts, then the first errors of each document (all of them are in the results' details). */
export function formatGvFrTable(result: GvFrResult, shownPerDocument = 3): string {
  const { events, quotes, times, entities } = result;
  const ratio = (part: number, whole: number) => `${part}/${whole} (${(whole ? part / whole : 0).toFixed(3)})`;
  const quoteScores = (name: string, scores: typeof quotes.direct) => `${name} quotes found ${ratio(scores.detected, scores.gold)}, speaker right ${ratio(scores.speakerRight, scores.detected)}`;
  return [
    `${result.documents} documents, ${result.rejected.length} rejected; ${events.gold} gold events, ${events.predicted} found in all`,
    `events found ${ratio(events.found, events.gold)}; found events matching a gold one ${ratio(events.predictedMatching, events.predicted)}`,
    `of the matched: actor right ${ratio(events.actorRight, events.found)} (${events.actorRightWithoutActors} with no gold actor and none found), actor and date right ${ratio(events.strictRight, events.found)}, negation right ${ratio(events.negationRight, events.found)}`,
    quoteScores("direct", quotes.direct),
    quoteScores("reported", quotes.reported),
    `time expressions found ${ratio(times.found, times.gold)}, value right ${ratio(times.valueRight, times.found)}`,
    `entities (named, typed mentions): precision ${entities.precision.toFixed(3)}, recall ${entities.recall.toFixed(3)}, F1 ${entities.f1.toFixed(3)}; generic actors found ${ratio(entities.genericFound, entities.generic)}`,
    ...result.rejected.map((line) => `  rejected ${line}`),
    ...result.errors.flatMap((document) => [
      ...document.missedEvents.slice(0, shownPerDocument).map((line) => `  ${document.document}: missed ${line}`),
      ...document.wrongActors.slice(0, shownPerDocument).map((line) => `  ${document.document}: ${line}`),
    ]),
  ].join("\n");
}
