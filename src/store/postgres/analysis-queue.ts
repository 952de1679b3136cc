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

export const ANALYZE_QUEUE = "recoupe-analyze";
export const DEAD_LETTER_QUEUE = "recoupe-analyze-dead";

export type QueuedInput = { source: string; bytesBase64: string } | { source: string; url: string };

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
}

/** A failing input is tried three more times, 2 s, 4 s, 8 s later. */
const RETRY = { retryLimit: 3, retryDelay: 2, retryBackoff: true };
const DEFAULT_EXPIRE_SECONDS = 15 * 60;

export class AnalysisQueue {
  private constructor(
    private readonly boss: PgBoss,
    private readonly timing: QueueTiming,
  ) {}

  static async open(url: string, timing: QueueTiming = {}): Promise<AnalysisQueue> {
    const boss = new PgBoss({
      connectionString: url,
      max: 4,
      ...(timing.maintenanceIntervalSeconds ? { maintenanceIntervalSeconds: timing.maintenanceIntervalSeconds } : {}),
    });
    boss.on("error", (error) => process.stderr.write(`queue: ${error.message}\n`));
    try {
      await boss.start();
    } catch (error) {
      throw new RecoupeError("store-failed", `cannot start the job queue in the PostgreSQL database (${(error as Error).message}).`);
    }
    const expireInSeconds = timing.expireInSeconds ?? DEFAULT_EXPIRE_SECONDS;
    if (!(await boss.getQueue(DEAD_LETTER_QUEUE))) await boss.createQueue(DEAD_LETTER_QUEUE);
    if (!(await boss.getQueue(ANALYZE_QUEUE))) await boss.createQueue(ANALYZE_QUEUE, { name: ANALYZE_QUEUE, deadLetter: DEAD_LETTER_QUEUE, expireInSeconds, ...RETRY });
    else await boss.updateQueue(ANALYZE_QUEUE, { name: ANALYZE_QUEUE, deadLetter: DEAD_LETTER_QUEUE, expireInSeconds, ...RETRY });
    return new AnalysisQueue(boss, timing);
  }

  async enqueue(inputs: readonly QueuedInput[]): Promise<number> {
    if (inputs.length === 0) return 0;
    await this.boss.insert(inputs.map((data) => ({ name: ANALYZE_QUEUE, data, ...RETRY, deadLetter: DEAD_LETTER_QUEUE, expireInSeconds: this.timing.expireInSeconds ?? DEFAULT_EXPIRE_SECONDS })));
    return inputs.length;
  }

  /**
   * Runs `concurrency` job loops in this process until `stop`. Each loop fetches up to
   * `batchSize` jobs per poll (pg-boss 10 waits a polling interval after every fetch, so one job
   * per fetch would cap a loop at one job per interval), and completes or fails each job as soon
   * as it is done, so a killed worker leaves only its current job to be retried.
   */
  async work(concurrency: number, batchSize: number, handle: (input: QueuedInput) => Promise<void>): Promise<void> {
    const options = { batchSize, pollingIntervalSeconds: this.timing.pollingIntervalSeconds ?? 2 };
    for (let loop = 0; loop < concurrency; loop += 1) {
      await this.boss.work<QueuedInput>(ANALYZE_QUEUE, options, async (jobs) => {
        for (const job of jobs) {
          try {
            await handle(job.data);
            await this.boss.complete(ANALYZE_QUEUE, job.id);
          } catch (error) {
            await this.boss.fail(ANALYZE_QUEUE, job.id, { reason: error instanceof Error ? error.message : String(error) });
          }
        }
      });
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
    };
  }

  /** Stops taking jobs and waits for the running ones to finish. */
  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
  }
}
