import { availableParallelism } from "node:os";

/**
 * Worker threads for extraction and annotation: one per core but the one the main thread needs
 * to read inputs and store articles. On 2 cores one worker analyzed 254 articles/s at 534 MB
 * and two 266/s at 1,016 MB (npm run bench -- --only e2e --size 10000): the second worker
 * competed with storing for a core and doubled the memory.
 */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}
