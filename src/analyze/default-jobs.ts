import { availableParallelism } from "node:os";

/**
 * `--jobs`, the cores `analyze` and `worker` use, by default: all of them. With N ≥ 2, N worker
 * threads extract and annotate (and prepare each article's rows and search terms) while the
 * main thread reads the inputs and writes to the database, a small share of one core beside
 * them; with 1, each document is read, analyzed and stored in turn.
 */
export function defaultJobs(): number {
  return availableParallelism();
}

/** What `--jobs` means, for the commands' help. */
export const JOBS_HELP = "cores to use, every one by default: with N ≥ 2, N worker threads analyze while the main thread reads and stores; with 1, one document at a time";
