/** `recoupe ingest --queue <inputs...>`: put inputs on the PostgreSQL job queue for `recoupe worker` processes on any machine. */
import { Command } from "commander";
import { parsePositiveInteger } from "../parse-positive-integer.js";
import { RecoupeError } from "../../core/errors.js";
import type { QueuedInput } from "../../store/postgres/analysis-queue.js";
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE_OR_NOTHING } from "../exit-codes.js";
import { addDbOption } from "../open-store-option.js";
import { formatMessage, printJson } from "../output.js";
import { splitInputs } from "../split-inputs.js";
import { addWarcFilterOptions, warcFilterOf, type WarcFilterFlags } from "../warc-filter-options.js";

/** Jobs inserted per round trip. */
const ENQUEUE_BATCH = 100;

export function ingestCommand(setExitCode: (code: number) => void): Command {
  const command = new Command("ingest")
    .description("Queue files, folders, globs, URLs or stdin (-) for `recoupe worker` processes (needs a PostgreSQL --db)")
    .argument("[inputs...]", "files, folders (recursive), glob patterns, http(s) URLs, or - for stdin")
    .requiredOption("--queue", "queue the inputs instead of analyzing them here (the only mode of ingest; `recoupe analyze` works here)")
    .option("--urls <file>", "a file listing URLs to fetch, one per line (# for comments)")
    .option("--include-hidden", "also queue hidden files and folders (names starting with a dot) inside folders")
    .option("--job-timeout <seconds>", "seconds after which a job whose worker went silent is retried (default 900)", parsePositiveInteger)
    .option("--json", "print what was queued as JSON");
  addWarcFilterOptions(command);
  addDbOption(command);
  return command.action(async (inputs: string[], flags: WarcFilterFlags & { db: string; urls?: string; includeHidden?: boolean; jobTimeout?: number; json?: boolean }) => {
    if (!/^postgres(?:ql)?:\/\//iu.test(flags.db)) {
      throw new RecoupeError("usage", "ingest --queue needs a PostgreSQL database (--db postgres://… or RECOUPE_DATABASE_URL); with SQLite, use `recoupe analyze`.");
    }
    const { paths, urls, refused } = await splitInputs(inputs, flags.urls);
    if (paths.length === 0 && urls.length === 0 && refused.length === 0) throw new RecoupeError("usage", "nothing to queue: give files, folders, globs, URLs, - for stdin, or --urls <file>.");
    // Carried by each job, so the worker reads a queued WARC's records as `analyze` would with these flags.
    const filter = warcFilterOf(flags);
    const warc = Object.keys(filter).length > 0 ? { warc: filter } : {};
    const [{ readInputs }, { AnalysisQueue }] = await Promise.all([import("../../ingest/ingest-inputs.js"), import("../../store/postgres/analysis-queue.js")]);
    const queue = await AnalysisQueue.open(flags.db, flags.jobTimeout ? { expireInSeconds: flags.jobTimeout } : {});
    let queued = 0;
    const failed: string[] = [];
    const skipped: string[] = [];
    for (const input of refused) {
      failed.push(input.source);
      process.stderr.write(`${formatMessage(input.error)}\n`);
    }
    try {
      let batch: QueuedInput[] = urls.map((url) => ({ source: url, url }));
      for await (const input of readInputs(paths, { includeHidden: flags.includeHidden === true })) {
        if (!input.ok) {
          (input.skipped ? skipped : failed).push(input.source);
          process.stderr.write(`${formatMessage(input.error)}\n`);
          continue;
        }
        batch.push({ source: input.source, bytesBase64: Buffer.from(input.bytes).toString("base64"), ...warc });
        if (batch.length >= ENQUEUE_BATCH) {
          queued += await queue.enqueue(batch);
          batch = [];
        }
      }
      queued += await queue.enqueue(batch);
    } finally {
      await queue.stop();
    }
    if (flags.json) printJson({ queued, failed, skipped });
    else process.stdout.write(`${queued} input(s) queued${failed.length > 0 ? `, ${failed.length} unreadable` : ""}${skipped.length > 0 ? `, ${skipped.length} skipped` : ""}; start workers with \`recoupe worker --db …\`.\n`);
    setExitCode(failed.length === 0 ? EXIT_OK : queued > 0 ? EXIT_SOME_FAILED : EXIT_USAGE_OR_NOTHING);
  });
}
