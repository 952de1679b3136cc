/** Precision, recall and F1 from counts: the one place evaluations compute them. */
export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export function f1Score(truePositives: number, predicted: number, gold: number): PrecisionRecall {
  const precision = predicted ? truePositives / predicted : 0;
  const recall = gold ? truePositives / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
