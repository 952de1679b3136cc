/** The evaluations `npm run eval` runs, each turning ../shared data into named metrics and a table. */
import { join } from "node:path";
import { evaluateExtractionEn } from "./extraction-en.js";
import { evaluateGvFr, formatGvFrTable } from "./gv-fr.js";
import { evaluateMetadataEn, evaluateMetadataEnGold, evaluateMetadataFr, evaluateMetadataSeeds, formatMetadataTable, metadataMetrics } from "./metadata.js";
import { evaluateNerFr } from "./ner-fr.js";
import { evaluateSeedsEntities } from "./seeds-entities.js";
import { evaluateSeedsEvents } from "./seeds-events.js";
import { evaluateSeedsFacts } from "./seeds-facts.js";
import { evaluateSeedsStories } from "./seeds-stories.js";
import { evaluateSeedsExtraction, formatSeedsTable } from "./seeds-extraction.js";
import { evaluateSeedsQuotes } from "./seeds-quotes.js";
import { evaluateQuotesEn, formatQuotesEnTable, quotesEnInput, quotesEnMetrics } from "./quotes-en.js";
import { evaluateStoriesEn, formatStoriesEnTable } from "./stories-en.js";
import { evaluateSeedsTimes } from "./seeds-times.js";
import { evaluateTimebankFr } from "./timebank-fr.js";

export interface EvaluationReport {
  name: string;
  metrics: Record<string, number>;
  table: string;
  details: unknown;
}

export interface Evaluation {
  name: string;
  run(sharedDir: string): Promise<EvaluationReport>;
}

interface Score {
  precision: number;
  recall: number;
  f1: number;
}

/** One table row: a label then precision, recall and F1, aligned under "precision recall  F1". */
function scoreRow(name: string, score: Score, labelWidth: number): string {
  return `${name.padEnd(labelWidth)} ${score.precision.toFixed(3)}     ${score.recall.toFixed(3)}   ${score.f1.toFixed(3)}`;
}

const seedsExtraction: Evaluation = {
  name: "seeds",
  run(sharedDir) {
    const summary = evaluateSeedsExtraction(sharedDir);
    return Promise.resolve({ name: "seeds", metrics: summary.metrics, table: formatSeedsTable(summary), details: summary.documents });
  },
};

const extractionEn: Evaluation = {
  name: "extraction-en",
  run(sharedDir) {
    const result = evaluateExtractionEn(join(sharedDir, "data", "extraction-en-dev"));
    const row = (name: string, score: Score) => scoreRow(name, score, 22);
    const table = [
      `${result.files} pages, word 4-gram shingles (article-extraction-benchmark metric)`,
      "extractor              precision recall  F1",
      row("recoupe", result.recoupe),
      row("@mozilla/readability", result.readability),
    ].join("\n");
    return Promise.resolve({
      name: "extraction-en",
      metrics: {
        "extraction-en.precision": result.recoupe.precision,
        "extraction-en.recall": result.recoupe.recall,
        "extraction-en.f1": result.recoupe.f1,
        "extraction-en.readability.f1": result.readability.f1,
      },
      table,
      details: result,
    });
  },
};

const metadata: Evaluation = {
  name: "metadata",
  run(sharedDir) {
    const fr = evaluateMetadataFr();
    const seeds = evaluateMetadataSeeds(sharedDir);
    const en = evaluateMetadataEn(join(sharedDir, "data", "extraction-en-dev"));
    const enGold = evaluateMetadataEnGold(join(sharedDir, "data", "extraction-en-dev"));
    const table = [
      formatMetadataTable("French pages (eval/fixtures/metadata-fr)", fr),
      formatMetadataTable("seeds", seeds),
      enGold
        ? formatMetadataTable("extraction-en-dev sample read by hand (eval/fixtures/metadata-en)", enGold)
        : "extraction-en-dev is absent from ../shared/data: the English metadata gold (eval/fixtures/metadata-en) is not scored.",
      formatMetadataTable("extraction-en-dev (gold: the date its URL states; no title, outlet or author gold)", en.final),
      formatMetadataTable("extraction-en-dev, dates from the page's markup only (a date taken from the URL counts as a miss)", en.fromMarkup),
    ].join("\n\n");
    return Promise.resolve({
      name: "metadata",
      metrics: {
        ...metadataMetrics("metadata.fr", fr),
        ...metadataMetrics("metadata.seeds", seeds),
        ...metadataMetrics("metadata.en", en.final),
        // metadata.en.published stays the URL-date measure over the whole set.
        ...(enGold ? metadataMetrics("metadata.en", enGold, { published: "published-stated", modified: "modified-stated" }) : {}),
        "metadata.en.published-from-markup": en.fromMarkup.published.right / en.fromMarkup.published.stated,
      },
      table,
      details: { fr, seeds, en, enGold },
    });
  },
};

const timebankFr: Evaluation = {
  name: "timebank-fr",
  run(sharedDir) {
    const result = evaluateTimebankFr(join(sharedDir, "data", "timebank-fr-dev"));
    const row = (name: string, score: Score) => scoreRow(name, score, 10);
    const table = [
      `${result.documents} documents, ${result.gold} gold time expressions, ${result.predicted} found`,
      "spans      precision recall  F1",
      row("overlap", result.overlap),
      row("strict", result.strict),
      `value accuracy on overlapping matches: ${result.valueAccuracy.toFixed(3)}`,
    ].join("\n");
    return Promise.resolve({
      name: "timebank-fr",
      metrics: {
        "timebank-fr.overlap.f1": result.overlap.f1,
        "timebank-fr.strict.f1": result.strict.f1,
        "timebank-fr.value-accuracy": result.valueAccuracy,
      },
      table,
      details: result,
    });
  },
};

const seedsTimes: Evaluation = {
  name: "seeds-times",
  run(sharedDir) {
    const result = evaluateSeedsTimes(sharedDir);
    const table = [`${result.gold} gold time expressions in the seeds; found ${result.found}, value right ${result.valueRight}`, ...result.errors.map((error) => `  ${error}`)].join("\n");
    return Promise.resolve({
      name: "seeds-times",
      metrics: { "seeds-times.recall": result.found / result.gold, "seeds-times.value-accuracy": result.valueRight / result.gold },
      table,
      details: result,
    });
  },
};

const seedsQuotes: Evaluation = {
  name: "seeds-quotes",
  run(sharedDir) {
    const { direct, reported } = evaluateSeedsQuotes(sharedDir);
    const line = (name: string, scores: typeof direct) => `${scores.gold} gold ${name} quotes in the seeds; detected ${scores.detected}, speaker right ${scores.speakerRight}`;
    const table = [line("direct", direct), ...direct.errors.map((error) => `  ${error}`), line("reported", reported), ...reported.errors.map((error) => `  ${error}`)].join("\n");
    return Promise.resolve({
      name: "seeds-quotes",
      metrics: {
        "seeds-quotes.recall": direct.detected / direct.gold,
        "seeds-quotes.speaker-accuracy": direct.detected ? direct.speakerRight / direct.detected : 0,
        "seeds-quotes.reported.recall": reported.detected / reported.gold,
        "seeds-quotes.reported.speaker-accuracy": reported.detected ? reported.speakerRight / reported.detected : 0,
      },
      table,
      details: { direct, reported },
    });
  },
};

const seedsEntities: Evaluation = {
  name: "seeds-entities",
  run(sharedDir) {
    const result = evaluateSeedsEntities(sharedDir);
    const table = [
      "distinct (type, mention) pairs per article",
      "type  precision recall  F1",
      ...Object.entries(result.byType).map(([type, score]) => scoreRow(type, score, 5)),
      ...result.errors.map((error) => `  ${error}`),
    ].join("\n");
    return Promise.resolve({
      name: "seeds-entities",
      metrics: Object.fromEntries(Object.entries(result.byType).map(([type, score]) => [`seeds-entities.${type}.f1`, score.f1])),
      table,
      details: result,
    });
  },
};

const seedsEvents: Evaluation = {
  name: "seeds-events",
  run(sharedDir) {
    const result = evaluateSeedsEvents(sharedDir);
    const table = [
      `${result.gold} gold events in the seeds (${result.predicted} found in all): category found ${result.found}, date right ${result.dateRight}, place right ${result.placeRight}, actor right ${result.actorRight} (${result.actorRightWithoutActors} with no gold actor and none found), actor and date right ${result.strictRight}`,
      `24 Nov 2021 signing found as AGREE (dated 2021-11, in Rabat or Morocco) in ${result.signingFound} of ${result.signingArticles} articles that report it`,
      ...result.errors.map((error) => `  ${error}`),
    ].join("\n");
    return Promise.resolve({
      name: "seeds-events",
      metrics: {
        "seeds-events.recall": result.found / result.gold,
        "seeds-events.date-accuracy": result.found ? result.dateRight / result.found : 0,
        "seeds-events.place-accuracy": result.found ? result.placeRight / result.found : 0,
        "seeds-events.actor-accuracy": result.found ? result.actorRight / result.found : 0,
        "seeds-events.strict-accuracy": result.found ? result.strictRight / result.found : 0,
        "seeds-events.signing-found": result.signingFound / result.signingArticles,
      },
      table,
      details: result,
    });
  },
};

const seedsStories: Evaluation = {
  name: "seeds-stories",
  run(sharedDir) {
    const result = evaluateSeedsStories(sharedDir);
    const asExtracted = evaluateSeedsStories(sharedDir, { goldDates: false });
    const describe = (heading: string, scores: typeof result) => [
      `${heading}: B³ precision ${scores.precision.toFixed(3)}, recall ${scores.recall.toFixed(3)}, F1 ${scores.f1.toFixed(3)}`,
      `  same stories when the articles arrive in reverse order: ${scores.sameInReverseOrder ? "yes" : "NO"}; the two gold stories related: ${scores.goldStoriesRelated ? "yes" : "no"}`,
      ...scores.stories.map((story) => `  ${story.id}: ${story.articles.join(", ")}`),
    ];
    const table = [...describe("with gold dates for the undated seeds", result), ...describe("as extracted (two seeds undated)", asExtracted)].join("\n");
    return Promise.resolve({
      name: "seeds-stories",
      metrics: {
        "seeds-stories.b3.f1": result.f1,
        "seeds-stories.order-independent": result.sameInReverseOrder ? 1 : 0,
        "seeds-stories.related": result.goldStoriesRelated ? 1 : 0,
        "seeds-stories.as-extracted.b3.f1": asExtracted.f1,
        "seeds-stories.as-extracted.order-independent": asExtracted.sameInReverseOrder ? 1 : 0,
      },
      table,
      details: { withGoldDates: result, asExtracted },
    });
  },
};

const seedsFacts: Evaluation = {
  name: "seeds-facts",
  run(sharedDir) {
    const result = evaluateSeedsFacts(sharedDir);
    const table = [
      `${result.facts} gold facts; ${result.readable} readable as event, attribute or quote claims; found with every gold source ${result.foundStrict} (recall ${(result.foundStrict / result.facts).toFixed(3)}), with at least half ${result.foundLenient} (${(result.foundLenient / result.facts).toFixed(3)})`,
      `gold conflicts found as contradictions: ${result.conflictsFound} of ${result.conflicts}`,
      ...result.details.map((line) => `  ${line}`),
    ].join("\n");
    return Promise.resolve({
      name: "seeds-facts",
      metrics: {
        "seeds-facts.recall.strict": result.foundStrict / result.facts,
        "seeds-facts.recall.lenient": result.foundLenient / result.facts,
        "seeds-facts.conflicts-found": result.conflicts ? result.conflictsFound / result.conflicts : 0,
      },
      table,
      details: result,
    });
  },
};

const nerFr: Evaluation = {
  name: "ner-fr",
  run(sharedDir) {
    const { hipe, hipeWithRoles, wikineural } = evaluateNerFr(join(sharedDir, "data", "ner-fr-dev"));
    const row = (name: string, score: Score) => scoreRow(name, score, 22);
    const table = [
      `HIPE dev: ${hipe.documents} documents, ${hipe.gold} gold PER/LOC/ORG names, ${hipe.predicted} found`,
      "spans                  precision recall  F1",
      row("HIPE strict", hipe.strict),
      row("HIPE strict, names with adjacent titles and functions (HIPE's span convention)", hipeWithRoles.strict),
      row("HIPE overlap", hipe.overlap),
      ...Object.entries(hipe.overlapByType).map(([type, score]) => row(`  overlap ${type}`, score)),
      `WikiNEuRal val (silver): ${wikineural.documents} sentences, ${wikineural.gold} gold names, ${wikineural.predicted} found`,
      row("WikiNEuRal strict", wikineural.strict),
      row("WikiNEuRal overlap", wikineural.overlap),
      ...Object.entries(wikineural.overlapByType).map(([type, score]) => row(`  overlap ${type}`, score)),
    ].join("\n");
    return Promise.resolve({
      name: "ner-fr",
      metrics: {
        "ner-fr.hipe.strict.f1": hipe.strict.f1,
        "ner-fr.hipe.strict-with-roles.f1": hipeWithRoles.strict.f1,
        "ner-fr.hipe.overlap.f1": hipe.overlap.f1,
        "ner-fr.wikineural.overlap.f1": wikineural.overlap.f1,
      },
      table,
      details: { hipe, hipeWithRoles, wikineural },
    });
  },
};

const storiesEn: Evaluation = {
  name: "stories-en",
  run(sharedDir) {
    const result = evaluateStoriesEn(join(sharedDir, "data", "stories-en-dev"));
    return Promise.resolve({
      name: "stories-en",
      metrics: {
        "stories-en.b3.precision": result.stories.precision,
        "stories-en.b3.recall": result.stories.recall,
        "stories-en.b3.f1": result.stories.f1,
        "stories-en.entity-links.precision": result.links.precision,
        "stories-en.entity-links.recall": result.links.recall,
        "stories-en.name-detection.recall": result.names.detected / result.names.gold,
        "stories-en.topic-piles.b3.f1": result.topicPiles.f1,
        "stories-en.story-piles.b3.recall": result.storyPilesRecall,
        "stories-en.rejected": result.rejected.length,
        "stories-en.order-independent": result.sameStoriesInReverseOrder && result.sameEntitiesInReverseOrder ? 1 : 0,
      },
      table: formatStoriesEnTable(result),
      details: result,
    });
  },
};

const gvFr: Evaluation = {
  name: "gv-fr",
  run(sharedDir) {
    const result = evaluateGvFr(join(sharedDir, "gold", "gv-fr-dev"));
    const { events, quotes, times, entities } = result;
    const quotesDetected = quotes.direct.detected + quotes.reported.detected;
    return Promise.resolve({
      name: "gv-fr",
      metrics: {
        "gv-fr.events.recall": events.found / events.gold,
        "gv-fr.events.matched-share": events.predicted ? events.predictedMatching / events.predicted : 0,
        "gv-fr.events.actor-accuracy": events.found ? events.actorRight / events.found : 0,
        "gv-fr.events.strict-accuracy": events.found ? events.strictRight / events.found : 0,
        "gv-fr.events.negation-accuracy": events.found ? events.negationRight / events.found : 0,
        "gv-fr.quotes.recall": quotesDetected / (quotes.direct.gold + quotes.reported.gold),
        "gv-fr.quotes.speaker-accuracy": quotesDetected ? (quotes.direct.speakerRight + quotes.reported.speakerRight) / quotesDetected : 0,
        "gv-fr.times.recall": times.found / times.gold,
        "gv-fr.times.value-accuracy": times.found ? times.valueRight / times.found : 0,
        "gv-fr.entities.f1": entities.f1,
        "gv-fr.entities.generic-recall": entities.generic ? entities.genericFound / entities.generic : 0,
        "gv-fr.rejected": result.rejected.length,
      },
      table: formatGvFrTable(result),
      details: result,
    });
  },
};

const quotesEn: Evaluation = {
  name: "quotes-en",
  run(sharedDir) {
    const input = quotesEnInput(sharedDir);
    if (!input) return Promise.resolve({ name: "quotes-en", metrics: {}, table: "stories-en-dev is absent from ../shared/data: the English quote gold (eval/fixtures/quotes-en) is not scored.", details: null });
    const result = evaluateQuotesEn(input);
    return Promise.resolve({ name: "quotes-en", metrics: quotesEnMetrics(result), table: formatQuotesEnTable(result), details: result });
  },
};

export const evaluations: Evaluation[] = [seedsExtraction, extractionEn, metadata, timebankFr, seedsTimes, seedsEntities, seedsQuotes, seedsEvents, seedsStories, seedsFacts, nerFr, storiesEn, gvFr, quotesEn];
