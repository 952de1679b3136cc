/** `recoupe worker [--concurrency N]`: analyze queued inputs from the PostgreSQL job queue, on this machine, until stopped. */
import { Command } from "commander";
import { parsePositiveInteger } from "../parse-positive-integer.js";
import { analyzeBytes, analyzeUrl } from "../../analyze.js";
import { RecoupeError } from "../../core/errors.js";
import { AnalysisQueue } from "../../store/postgres/analysis-queue.js";
import { openStore } from "../../store/open-store.js";
import { addDbOption } from "../open-store-option.js";

export function workerCommand(): Command {
  const command = new Command("worker")
    .description("Analyze inputs queued by `recoupe ingest --queue`, until SIGINT/SIGTERM (or, with --exit-when-idle, until the queue is empty)")
    .option("--concurrency <n>", "jobs processed at once in this process", parsePositiveInteger, 1)
    .option("--exit-when-idle", "stop once no job is waiting or running")
    .option("--batch <n>", "jobs fetched at each poll, per concurrent loop (pg-boss waits a poll interval after each fetch, so a batch should outlast it)", parsePositiveInteger, 100)
    .option("--poll <seconds>", "how often a worker looks for jobs", parsePositiveInteger, 1)
    .option("--maintenance-interval <seconds>", "how often this worker expires jobs of workers that went silent (pg-boss maintenance)", parsePositiveInteger);
  addDbOption(command);
  return command.action(async (flags: { db: string; concurrency: number; batch: number; exitWhenIdle?: boolean; poll: number; maintenanceInterval?: number }) => {
    if (!/^postgres(?:ql)?:\/\//iu.test(flags.db)) throw new RecoupeError("usage", "worker needs a PostgreSQL database (--db postgres://… or RECOUPE_DATABASE_URL).");
    const store = await openStore(flags.db);
    const queue = await AnalysisQueue.open(flags.db, { pollingIntervalSeconds: flags.poll, ...(flags.maintenanceInterval ? { maintenanceIntervalSeconds: flags.maintenanceInterval } : {}) });
    let stopping = false;
    const stop = async () => {
      if (stopping) return;
      stopping = true;
      await queue.stop();
      await store.close();
    };
    process.once("SIGINT", () => void stop());
    process.once("SIGTERM", () => void stop());
    await queue.work(flags.concurrency, flags.batch, async (input) => {
      const outcomes = "url" in input ? await analyzeUrl(store, input.url) : await analyzeBytes(store, input.source, Buffer.from(input.bytesBase64, "base64"));
      for (const outcome of outcomes) process.stderr.write(outcome.ok ? `stored ${outcome.id} ${outcome.created ? "" : "(already) "}from ${outcome.source}\n` : `failed ${outcome.source}: ${outcome.error.reason}\n`);
      // An input none of whose documents could be analyzed fails its job: retried, then dead-lettered.
      const failures = outcomes.filter((outcome) => !outcome.ok);
      if (outcomes.length === 0 || failures.length === outcomes.length) throw new Error(failures.map((failure) => (failure.ok ? "" : failure.error.reason)).join("; ") || "no document found");
    });
    process.stderr.write(`worker started (${flags.concurrency} at once) on ${flags.db.replace(/\/\/([^:/@]+):[^@/]*@/u, "//$1:***@")}\n`);
    if (flags.exitWhenIdle) {
      // Idle twice in a row, a poll apart, so a job between fetch and start is not missed.
      let idleChecks = 0;
      while (!stopping && idleChecks < 2) {
        await new Promise((resolve) => setTimeout(resolve, flags.poll * 1000));
        const status = await queue.status();
        idleChecks = status.waiting === 0 && status.active === 0 ? idleChecks + 1 : 0;
      }
      await stop();
    }
  });
}
