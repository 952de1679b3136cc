/** `recoupe analyze <inputs...>`: ingest, extract and store; print what was found. */
import { defaultJobs, JOBS_HELP } from "../../analyze/default-jobs.js";
import { Command, InvalidArgumentError } from "commander";
import type { AnalyzeSummary, DocumentOutcome } from "../../analyze.js";
import { RecoupeError } from "../../core/errors.js";
import type { WarcTally } from "../../ingest/readers/warc-reader.js";
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE_OR_NOTHING } from "../exit-codes.js";
import { addDbOption, withStore } from "../open-store-option.js";
import { formatMessage, orDash, printJson, printTable } from "../output.js";
import { parsePositiveInteger as parseJobs } from "../parse-positive-integer.js";
import { createProgress } from "../progress.js";
import { splitInputs } from "../split-inputs.js";
import { addWarcFilterOptions, warcFilterOf, type WarcFilterFlags } from "../warc-filter-options.js";

interface AnalyzeFlags extends WarcFilterFlags {
  db: string;
  urls?: string;
  maxBytes?: number;
  includeHidden?: boolean;
  jobs: number;
  docTimeout?: number;
  json?: boolean;
  progress: boolean;
}

export function analyzeCommand(setExitCode: (code: number) => void): Command {
  const command = new Command("analyze")
    .description("Analyze files, folders, globs, URLs or stdin (-) and store the articles found")
    .argument("[inputs...]", "files, folders (recursive), glob patterns, http(s) URLs, or - for stdin")
    .option("--urls <file>", "a file listing URLs to fetch, one per line (# for comments)")
    .option("--max-bytes <n>", "largest input accepted, in bytes (default 50 MiB)", parsePositiveInteger)
    .option("--jobs <n>", JOBS_HELP, parseJobs, defaultJobs())
    .option("--doc-timeout <seconds>", "longest one document may take before it is skipped as an error (default 60; a lone document is analyzed in this thread, unbounded, unless this flag is given)", parseJobs)
    .option("--include-hidden", "also read hidden files and folders (names starting with a dot) inside folders")
    .option("--json", "print the outcome of every document as JSON")
    .option("--no-progress", "hide the progress bar");
  addWarcFilterOptions(command);
  addDbOption(command);
  return command.action(async (inputs: string[], flags: AnalyzeFlags) => {
    const { paths, urls, refused } = await splitInputs(inputs, flags.urls);
    if (paths.length === 0 && urls.length === 0 && refused.length === 0) {
      throw new RecoupeError("usage", "nothing to analyze: give files, folders, globs, URLs, - for stdin, or --urls <file>.");
    }
    const showProgress = flags.progress && !flags.json && process.stderr.isTTY === true;
    const progress = createProgress(showProgress, showProgress ? (await countInputs(paths, flags.includeHidden === true)) + urls.length + refused.length : 0);
    const filter = warcFilterOf(flags);
    const archives: WarcTally[] = [];
    // The pipeline is imported here, not at the top: `recoupe --help` should not load it.
    const { analyze } = await import("../../analyze.js");
    const summary = await withStore(flags.db, (store) =>
      analyze(store, {
        jobs: flags.jobs,
        ...(flags.docTimeout ? { docTimeoutMs: flags.docTimeout * 1000 } : {}),
        inputs: paths,
        urls,
        refused,
        ...(flags.includeHidden ? { includeHidden: true } : {}),
        ...(flags.maxBytes ? { maxBytes: flags.maxBytes } : {}),
        warc: { filter, onArchiveRead: (tally) => archives.push(tally) },
        onDocument: (outcome) => progress.tick(outcome.source),
      }),
    );
    progress.stop();
    if (Object.keys(filter).length > 0 && archives.length === 0) {
      process.stderr.write("note: --filter-host, --from and --to select WARC records; no WARC file was read, so they changed nothing.\n");
    }
    if (flags.json) printJson(archives.length > 0 ? { ...summary, archives } : summary);
    else printSummary(summary, flags.db, archives);
    setExitCode(exitCodeFor(summary));
  });
}

export function exitCodeFor(summary: AnalyzeSummary): number {
  if (summary.failed === 0) return EXIT_OK;
  return summary.stored + summary.alreadyStored > 0 ? EXIT_SOME_FAILED : EXIT_USAGE_OR_NOTHING;
}

/** Counting first costs one directory walk and gives the bar its end. */
async function countInputs(paths: string[], includeHidden: boolean): Promise<number> {
  const { expandInputs } = await import("../../ingest/expand-inputs.js");
  let count = 0;
  for await (const input of expandInputs(paths, { includeHidden })) if (!("error" in input)) count += 1;
  return count;
}

function printSummary(summary: AnalyzeSummary, db: string, archives: WarcTally[]): void {
  const articles = summary.outcomes.filter((outcome): outcome is Extract<DocumentOutcome, { ok: true }> => outcome.ok);
  if (articles.length > 0) {
    printTable(
      ["id", "published", "lang", "outlet", "title", "source"],
      articles.map((a) => [a.id, orDash(a.published), orDash(a.language), orDash(a.outlet), orDash(a.title), a.source]),
      48,
    );
  }
  for (const outcome of summary.outcomes) {
    if (!outcome.ok && outcome.skipped) process.stdout.write(`– ${outcome.error.reason}\n`);
    else if (!outcome.ok) process.stdout.write(`✗ ${formatMessage(outcome.error)}\n`);
    else for (const warning of outcome.warnings.filter((w) => w.severity !== "info")) {
      process.stdout.write(`! ${outcome.source}: ${formatMessage(warning)}\n`);
    }
  }
  for (const archive of archives) process.stdout.write(`${describeArchive(archive)}\n`);
  process.stdout.write(
    `\n${summary.stored} new article(s), ${summary.alreadyStored} already stored, ${summary.failed} failed, ${summary.skipped} skipped; database: ${db}\n`,
  );
}

/** "crawl.warc.gz: 26 records read, 8 documents, 16 skipped (8 request, 2 metadata, 1 redirect…), 1 broken". */
export function describeArchive(archive: WarcTally): string {
  const reasons = Object.entries(archive.skipped).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const skipped = reasons.reduce((sum, [, count]) => sum + count, 0);
  const why = reasons.length > 0 ? ` (${reasons.map(([reason, count]) => `${count} ${reason}`).join(", ")})` : "";
  return `${archive.source}: ${archive.records} records read, ${archive.documents} documents, ${skipped} skipped${why}${archive.broken > 0 ? `, ${archive.broken} broken` : ""}`;
}

function parsePositiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new InvalidArgumentError("expected a positive whole number of bytes.");
  return parsed;
}
