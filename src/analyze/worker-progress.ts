/** What an annotator worker is on, shared with its pool through a SharedArrayBuffer, so the pool's deadlines read the worker's own account. */

/**
 * The task started last (by its order among the worker's tasks) and when (ms since the epoch given), and the task finished last: set
 * before its answer is sent, so a deadline passing while the answer waits in the pool's queue was
 * met. Written and read atomically, the start's time before its task id.
 */
export const PROGRESS = { started: 0, startedAt: 1, finished: 2 } as const;
export const PROGRESS_FIELDS = 3;

/** Milliseconds since the epoch, the same clock in every thread (each thread's performance.now() has its own origin). */
export function now(): number {
  return performance.timeOrigin + performance.now();
}
