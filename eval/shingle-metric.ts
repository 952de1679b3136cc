/**
 * The article-extraction-benchmark metric (Scrapinghub, MIT): per document, counts of
 * word 4-gram shingles shared (tp), extra (fp) and missing (fn), normalised so long texts
 * weigh no more than short ones; precision and recall are averaged over documents and F1
 * is computed from those averages. Implemented here from its published definition.
 */

export type Counts = [tp: number, fp: number, fn: number];

const SHINGLE_SIZE = 4;

export function shingleCounts(truth: string, prediction: string): Counts {
  const truthShingles = shingles(truth);
  const predictedShingles = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...truthShingles.keys(), ...predictedShingles.keys()])) {
    const t = truthShingles.get(key) ?? 0;
    const p = predictedShingles.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

export function scoreFromCounts(all: Counts[]): { precision: number; recall: number; f1: number } {
  const precisions = all.filter(([tp, fp]) => tp + fp > 0).map(([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp / (tp + fp)));
  const recalls = all.filter(([tp, , fn]) => tp + fn > 0).map(([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp / (tp + fn)));
  const precision = mean(precisions);
  const recall = mean(recalls);
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - SHINGLE_SIZE + 1); i++) {
    const shingle = tokens.slice(i, i + SHINGLE_SIZE);
    if (shingle.length === 0) continue;
    const key = shingle.join("\u0001");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
