/**
 * Work shared by processes on any number of machines, through pg-boss (a maintained job queue
 * on PostgreSQL, in the same database as the store). One job per input: its bytes (so a
 * worker elsewhere needs no shared disk) or its URL. A job that fails is retried with backoff;
 * one that keeps failing goes to a dead-letter queue. A worker killed mid-job loses nothing: the
 * job expires and is retried, and the store's save is idempotent on the content hash, so a
 * retried article is never stored twice.
 *
 * Stories stay consistent because workers do not cluster: they only store annotated articles;
 * stories are built by the connect stage over the stored corpus (export, report), a single
 * consumer that does not depend on the order in which workers stored the articles.
 */
import PgBoss from "pg-boss";
import { RecoupeError } from "../../core/errors.js";
import type { WarcFilter } from "../../ingest/warc/warc-filter.js";
import { backoffMs, pause } from "./connection-loss.js";

export const ANALYZE_QUEUE = "recoupe-analyze";
export const DEAD_LETTER_QUEUE = "recoupe-analyze-dead";

/** `warc`: which records to read when the bytes are a WARC archive (ingest --queue --filter-host/--from/--to). */
export type QueuedInput = { source: string; bytesBase64: string; warc?: WarcFilter } | { source: string; url: string };

/** What a done job records about its documents (pg-boss keeps it as the job's output), for `recoupe status`. */
export interface JobOutput {
  /** Documents stored (or found already stored). */
  stored: number;
  /** Documents refused (bad records, empty items): the job is done, these are not retried. */
  failed: number;
  /** The first failures, each naming its document. */
  failures: Array<{ source: string; reason: string }>;
}

export interface QueueTiming {
  /** Seconds before a job whose worker went silent (killed, lost) is retried. */
  expireInSeconds?: number;
  /** Seconds between the checks that expire such jobs. */
  maintenanceIntervalSeconds?: number;
  /** How often an idle worker polls, in seconds. */
  pollingIntervalSeconds?: number;
}

export interface QueueStatus {
  /** Jobs waiting (created or waiting for a retry). */
  waiting: number;
  active: number;
  completed: number;
  /** Jobs that failed for good (also copied to the dead-letter queue). */
  failed: number;
  deadLetters: number;
  completedLastMinute: number;
  /** Documents stored by done jobs, and documents those jobs refused (a feed's bad item, a JSONL file's bad line). */
  documentsStored: number;
  documentsFailed: number;
  /** The latest refused documents of done jobs, newest first. */
  recentDocumentFailures: Array<{ source: string; reason: string }>;
}

/** A failing input is tried three more times, 2 s, 4 s, 8 s later. */
const RETRY = { retryLimit: 3, retryDelay: 2, retryBackoff: true };
const DEFAULT_EXPIRE_SECONDS = 15 * 60;
/** Attempts to record a job done or failed while the database is unreachable; after them the job expires and is retried. */
const SETTLE_ATTEMPTS = 8;
/** Refused documents listed by `recoupe status`. */
const RECENT_FAILURES = 10;

export class AnalysisQueue {
  private readonly stopping = new AbortController();
  private loops: Array<Promise<void>> = [];

  private constructor(
    private readonly boss: PgBoss,
    private readonly timing: QueueTiming,
    private readonly notify: (line: string) => void,
  ) {}

  /** `notify` receives one line per problem met (a lost connection, a retry): stderr by default. */
  static async open(url: string, timing: QueueTiming = {}, notify: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Promise<AnalysisQueue> {
    const boss = new PgBoss({
      connectionString: url,
      max: 4,
      ...(timing.maintenanceIntervalSeconds ? { maintenanceIntervalSeconds: timing.maintenanceIntervalSeconds } : {}),
    });
    // pg-boss reports its pool's and its maintenance's errors here; it reconnects by itself on the next query.
    boss.on("error", (error) => notify(`queue: ${error.message}`));
    try {
      await boss.start();
    } catch (error) {
      throw new RecoupeError("store-failed", `cannot start the job queue in the PostgreSQL database (${(error as Error).message}).`);
    }
    const expireInSeconds = timing.expireInSeconds ?? DEFAULT_EXPIRE_SECONDS;
    if (!(await boss.getQueue(DEAD_LETTER_QUEUE))) await boss.createQueue(DEAD_LETTER_QUEUE);
    if (!(await boss.getQueue(ANALYZE_QUEUE))) await boss.createQueue(ANALYZE_QUEUE, { name: ANALYZE_QUEUE, deadLetter: DEAD_LETTER_QUEUE, expireInSeconds, ...RETRY });
    else await boss.updateQueue(ANALYZE_QUEUE, { name: ANALYZE_QUEUE, deadLetter: DEAD_LETTER_QUEUE, expireInSeconds, ...RETRY });
    return new AnalysisQueue(boss, timing, notify);
  }

  async enqueue(inputs: readonly QueuedInput[]): Promise<number> {
    if (inputs.length === 0) return 0;
    await this.boss.insert(inputs.map((data) => ({ name: ANALYZE_QUEUE, data, ...RETRY, deadLetter: DEAD_LETTER_QUEUE, expireInSeconds: this.timing.expireInSeconds ?? DEFAULT_EXPIRE_SECONDS })));
    return inputs.length;
  }

  /**
   * Starts `concurrency` job loops in this process, until `stop`. Each fetches up to `batchSize`
   * jobs, handles them one by one and records each done (with the handler's output) or failed as
   * soon as it is handled, so a killed worker leaves only its current job to be retried. The loops
   * are recoupe's rather than pg-boss's `work`, which does not await its own completion call (a
   * lost connection there is an unhandled rejection that ends the process) and polls at a fixed
   * pace: here a database that cannot be reached is retried with growing pauses, and the loop
   * carries on once it is back.
   */
  work(concurrency: number, batchSize: number, handle: (input: QueuedInput) => Promise<JobOutput>): void {
    for (let loop = 0; loop < concurrency; loop += 1) this.loops.push(this.runLoop(batchSize, handle));
  }

  private async runLoop(batchSize: number, handle: (input: QueuedInput) => Promise<JobOutput>): Promise<void> {
    const pollMs = (this.timing.pollingIntervalSeconds ?? 2) * 1000;
    let outage = 0;
    while (!this.stopping.signal.aborted) {
      let jobs: Array<PgBoss.Job<QueuedInput>>;
      try {
        jobs = await this.boss.fetch<QueuedInput>(ANALYZE_QUEUE, { batchSize });
      } catch (error) {
        outage += 1;
        const waitMs = backoffMs(outage);
        this.notify(`queue: cannot fetch jobs (${messageOf(error)}); retrying in ${(waitMs / 1000).toFixed(1)} s`);
        await pause(waitMs, this.stopping.signal);
        continue;
      }
      if (outage > 0) this.notify("queue: the database answers again; fetching jobs");
      outage = 0;
      if (jobs.length === 0) await pause(pollMs, this.stopping.signal);
      // A fetched batch is handled whole, even when stopping: its jobs are already marked active.
      for (const job of jobs) {
        try {
          const output = await handle(job.data);
          await this.settle(job.id, "complete", { ...output });
        } catch (error) {
          await this.settle(job.id, "fail", { reason: messageOf(error) });
        }
      }
    }
  }

  /** Records a job's end, retrying while the database is unreachable; if it never answers, the job expires and is retried (saves are idempotent). */
  private async settle(id: string, how: "complete" | "fail", data: object): Promise<void> {
    for (let attempt = 1; attempt <= SETTLE_ATTEMPTS; attempt += 1) {
      try {
        await (how === "complete" ? this.boss.complete(ANALYZE_QUEUE, id, data) : this.boss.fail(ANALYZE_QUEUE, id, data));
        return;
      } catch (error) {
        this.notify(`queue: cannot record job ${id} as ${how === "complete" ? "done" : "failed"} (${messageOf(error)}); attempt ${attempt} of ${SETTLE_ATTEMPTS}`);
        await pause(backoffMs(attempt));
      }
    }
  }

  async status(): Promise<QueueStatus> {
    const counts = await this.boss.getDb().executeSql(
      `SELECT name, state, count(*)::int AS n, count(*) FILTER (WHERE completed_on > now() - interval '1 minute')::int AS recent
       FROM pgboss.job WHERE name IN ($1, $2) GROUP BY name, state`,
      [ANALYZE_QUEUE, DEAD_LETTER_QUEUE],
    );
    const rows = counts.rows as Array<{ name: string; state: string; n: number; recent: number }>;
    const count = (states: string[], name = ANALYZE_QUEUE) => rows.filter((row) => row.name === name && states.includes(row.state)).reduce((sum, row) => sum + row.n, 0);
    return {
      waiting: count(["created", "retry"]),
      active: count(["active"]),
      completed: count(["completed"]),
      failed: count(["failed"]),
      deadLetters: rows.filter((row) => row.name === DEAD_LETTER_QUEUE).reduce((sum, row) => sum + row.n, 0),
      completedLastMinute: rows.filter((row) => row.name === ANALYZE_QUEUE && row.state === "completed").reduce((sum, row) => sum + row.recent, 0),
      ...(await this.documentFigures()),
    };
  }

  /** Sums the outputs of done jobs: documents stored and refused inside jobs that as a whole succeeded. */
  private async documentFigures(): Promise<Pick<QueueStatus, "documentsStored" | "documentsFailed" | "recentDocumentFailures">> {
    const db = this.boss.getDb();
    const sums = await db.executeSql(
      `SELECT coalesce(sum((output->>'stored')::int), 0)::int AS stored, coalesce(sum((output->>'failed')::int), 0)::int AS failed
       FROM pgboss.job WHERE name = $1 AND state = 'completed' AND jsonb_typeof(output) = 'object'`,
      [ANALYZE_QUEUE],
    );
    const recent = await db.executeSql(
      `SELECT failure->>'source' AS source, failure->>'reason' AS reason
       FROM pgboss.job, jsonb_array_elements(CASE WHEN jsonb_typeof(output->'failures') = 'array' THEN output->'failures' ELSE '[]'::jsonb END) AS failure
       WHERE name = $1 AND state = 'completed' ORDER BY completed_on DESC LIMIT $2`,
      [ANALYZE_QUEUE, RECENT_FAILURES],
    );
    const totals = (sums.rows as Array<{ stored: number; failed: number }>)[0] ?? { stored: 0, failed: 0 };
    return { documentsStored: totals.stored, documentsFailed: totals.failed, recentDocumentFailures: recent.rows as Array<{ source: string; reason: string }> };
  }

  /** Stops taking jobs, waits for the fetched ones to be handled, then closes the queue. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await Promise.all(this.loops);
    await this.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
