/**
 * The evaluation gate: scores reached are pinned in eval/pinned.json and a drop fails CI.
 * Lowering a floor is a deliberate, explained change to that file.
 */
import { readFileSync } from "node:fs";

export interface PinnedMetric {
  value: number;
  /** "higher" for scores, "lower" for counts of errors such as leaked boilerplate. */
  better: "higher" | "lower";
}

export type Metrics = Record<string, number>;

/** Scores are averages over small sets; a change in the fourth decimal is noise, not a regression. */
const TOLERANCE = 0.0005;

export function readPinned(path: string): Record<string, PinnedMetric> {
  return JSON.parse(readFileSync(path, "utf8")) as Record<string, PinnedMetric>;
}

export interface Regression {
  metric: string;
  pinned: number;
  reached: number | undefined;
}

export function findRegressions(pinned: Record<string, PinnedMetric>, reached: Metrics): Regression[] {
  const regressions: Regression[] = [];
  for (const [metric, floor] of Object.entries(pinned)) {
    const value = reached[metric];
    const dropped =
      value === undefined ||
      Number.isNaN(value) ||
      (floor.better === "higher" ? value < floor.value - TOLERANCE : value > floor.value + TOLERANCE);
    if (dropped) regressions.push({ metric, pinned: floor.value, reached: value });
  }
  return regressions;
}
