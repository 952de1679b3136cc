/** `recoupe worker [--concurrency N]`: analyze queued inputs from the PostgreSQL job queue, on this machine, until stopped. */
import { defaultJobs, JOBS_HELP } from "../../analyze/default-jobs.js";
import { Command } from "commander";
import { parsePositiveInteger } from "../parse-positive-integer.js";
import type { DocumentOutcome } from "../../analyze.js";
import { RecoupeError } from "../../core/errors.js";
import type { AnalysisQueue, JobOutput } from "../../store/postgres/analysis-queue.js";
import type { WarcTally } from "../../ingest/readers/warc-reader.js";
import { addDbOption } from "../open-store-option.js";
import { describeArchive } from "./analyze.js";

/** Refused documents a job's output lists by name (the count covers them all). */
const LISTED_FAILURES = 20;

export function workerCommand(): Command {
  const command = new Command("worker")
    .description("Analyze inputs queued by `recoupe ingest --queue`, until SIGINT/SIGTERM (or, with --exit-when-idle, until the queue is empty)")
    .option("--jobs <n>", JOBS_HELP, parsePositiveInteger, defaultJobs())
    .option("--concurrency <n>", "jobs processed at once in this process (default: as many as --jobs)", parsePositiveInteger)
    .option("--exit-when-idle", "stop once no job is waiting or running")
    .option("--batch <n>", "jobs fetched at each poll, per concurrent loop", parsePositiveInteger, 100)
    .option("--poll <seconds>", "how often an idle worker looks for jobs", parsePositiveInteger, 1)
    .option("--maintenance-interval <seconds>", "how often this worker expires jobs of workers that went silent (pg-boss maintenance)", parsePositiveInteger);
  addDbOption(command);
  return command.action(async (flags: { db: string; jobs: number; concurrency?: number; batch: number; exitWhenIdle?: boolean; poll: number; maintenanceInterval?: number }) => {
    if (!/^postgres(?:ql)?:\/\//iu.test(flags.db)) throw new RecoupeError("usage", "worker needs a PostgreSQL database (--db postgres://… or RECOUPE_DATABASE_URL).");
    const [{ analyzeDocuments, analyzeUrl }, { readWholeInput }, { AnalysisQueue }, { openStore }, { AnnotatorPool }] = await Promise.all([import("../../analyze.js"), import("../../ingest/read-whole-input.js"), import("../../store/postgres/analysis-queue.js"), import("../../store/open-store.js"), import("../../analyze/annotator-pool.js")]);
    const concurrency = flags.concurrency ?? flags.jobs;
    // One pool for the process: the concurrent jobs share its threads, so every core works whatever a job holds. A pool even
    // of one: a document past its deadline is stopped with its thread, and the job goes on.
    const annotator = new AnnotatorPool(flags.jobs);
    const store = await openStore(flags.db);
    const queue = await AnalysisQueue.open(flags.db, { pollingIntervalSeconds: flags.poll, ...(flags.maintenanceInterval ? { maintenanceIntervalSeconds: flags.maintenanceInterval } : {}) });
    let stopping: Promise<void> | null = null;
    const stop = () => (stopping ??= queue.stop().finally(() => Promise.all([store.close(), annotator.close()]).then(() => undefined)));
    process.once("SIGINT", () => void stop().catch((error: Error) => process.stderr.write(`worker: ${error.message}\n`)));
    process.once("SIGTERM", () => void stop().catch((error: Error) => process.stderr.write(`worker: ${error.message}\n`)));
    queue.work(concurrency, flags.batch, async (input) => {
      // A queued WARC's records are selected as `analyze` selects a file's: the same reader, with the filter the job carries.
      const warc = { ...("warc" in input && input.warc ? { filter: input.warc } : {}), onArchiveRead: (tally: WarcTally) => process.stderr.write(`${describeArchive(tally)}\n`) };
      const outcomes = "url" in input ? await analyzeUrl(store, input.url, {}, annotator) : await analyzeDocuments(store, readWholeInput(Buffer.from(input.bytesBase64, "base64"), input.source, { warc }), annotator);
      for (const outcome of outcomes) process.stderr.write(outcome.ok ? `stored ${outcome.id} ${outcome.created ? "" : "(already) "}from ${outcome.source}\n` : `failed ${outcome.source}: ${outcome.error.reason}\n`);
      return jobOutput(outcomes);
    });
    process.stderr.write(`worker started (${concurrency} at once, ${flags.jobs} thread(s)) on ${flags.db.replace(/\/\/([^:/@]+):[^@/]*@/u, "//$1:***@")}\n`);
    if (flags.exitWhenIdle) {
      await waitUntilIdle(queue, flags.poll, () => stopping !== null);
      await stop();
    }
  });
}

/**
 * A job is done when each of its documents was stored or refused for what it is (a bad record); it
 * fails, to be retried (saves are idempotent), when the database could not store one, or when none
 * of its documents could be analyzed (then it ends in the dead-letter queue).
 */
function jobOutput(outcomes: DocumentOutcome[]): JobOutput {
  const failures = outcomes.flatMap((outcome) => (outcome.ok ? [] : [{ source: outcome.source, reason: outcome.error.reason, stage: outcome.error.stage }]));
  const storeFailure = failures.find((failure) => failure.stage === "store");
  if (storeFailure) throw new Error(storeFailure.reason);
  if (outcomes.length === 0 || failures.length === outcomes.length) throw new Error(failures.map((failure) => failure.reason).join("; ") || "no document found");
  return {
    stored: outcomes.length - failures.length,
    failed: failures.length,
    failures: failures.slice(0, LISTED_FAILURES).map(({ source, reason }) => ({ source, reason })),
  };
}

/** Idle twice in a row, a poll apart, so a job between fetch and start is not missed; a database that does not answer is not idle. */
async function waitUntilIdle(queue: AnalysisQueue, pollSeconds: number, stopped: () => boolean): Promise<void> {
  let idleChecks = 0;
  while (!stopped() && idleChecks < 2) {
    await new Promise((resolve) => setTimeout(resolve, pollSeconds * 1000));
    try {
      const status = await queue.status();
      idleChecks = status.waiting === 0 && status.active === 0 ? idleChecks + 1 : 0;
    } catch {
      idleChecks = 0; // the job loops report the outage and retry; so does this check, next poll
    }
  }
}
