/**
 * The heap a connect may grow to before a full collection. Connecting 100,000 articles holds
 * about 0.8 GB live, and V8, given a heap limit above 2 GB (any machine with 8 GB or more), lets
 * the old generation grow to up to four times the live size before its next full collection,
 * by how fast it judged the last one: the peak moved between 1.9 and 2.3 GB from run to run with
 * the collector's timing, mostly garbage. A fixed growth keeps the peak near 1.5 times the live
 * heap whatever the timing, for a few more full collections (about 5 % more time collecting).
 */
import { setFlagsFromString } from "node:v8";

/** The old generation grows by half its live size between full collections (V8's own factor is 1.1 to 4). */
export const HEAP_GROWING_PERCENT = 50;

let bounded = false;

/**
 * Sets the growth for the whole process, once: V8 reads the flag each time it sets the next
 * collection's threshold, so it holds from the next full collection on, in every thread. A host
 * that chose its own (`node --heap-growing-percent=N`) keeps it.
 */
export function boundHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  if (bounded) return;
  bounded = true;
  if (process.execArgv.some((arg) => /^--heap[-_]growing[-_]percent/u.test(arg))) return;
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
