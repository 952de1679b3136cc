/**
 * A PostgreSQL connection can end under a process at any time: a server restart, a failover,
 * pg_terminate_backend, an idle timeout on the way. node-postgres then emits "error" on the
 * pool (idle client) or on the client itself (checked out, between queries); an "error" event
 * nobody listens to ends the process. What needs the connection fails on its own (a query
 * rejects, the pool drops the dead client and connects afresh next time), so these listeners
 * only hand the error to whoever reports it.
 */
import type pg from "pg";

export function survivePoolErrors(pool: pg.Pool, report: (error: Error) => void = () => undefined): pg.Pool {
  pool.on("error", report);
  pool.on("connect", (client) => client.on("error", report));
  return pool;
}

/** Doubling pauses for retrying while the database is unreachable, capped so recovery is noticed soon. */
export function backoffMs(attempt: number, firstMs = 500, maxMs = 30_000): number {
  const base = Math.min(maxMs, firstMs * 2 ** Math.max(0, attempt - 1));
  return base / 2 + Math.random() * (base / 2);
}

/** Waits `ms`, or less if `signal` aborts (a worker being stopped does not sit out its backoff). */
export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
