/** The evaluations `npm run eval` runs, each turning ../shared data into named metrics and a table. */
import { join } from "node:path";
import { evaluateExtractionEn } from "./extraction-en.js";
import { evaluateSeedsExtraction, formatSeedsTable } from "./seeds-extraction.js";
import { evaluateSeedsQuotes } from "./seeds-quotes.js";
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
    const result = evaluateSeedsQuotes(sharedDir);
    const table = [`${result.gold} gold direct quotes in the seeds; detected ${result.detected}, speaker right ${result.speakerRight}`, ...result.errors.map((error) => `  ${error}`)].join("\n");
    return Promise.resolve({
      name: "seeds-quotes",
      metrics: { "seeds-quotes.recall": result.detected / result.gold, "seeds-quotes.speaker-accuracy": result.detected ? result.speakerRight / result.detected : 0 },
      table,
      details: result,
    });
  },
};

export const evaluations: Evaluation[] = [seedsExtraction, extractionEn, timebankFr, seedsTimes, seedsQuotes];
