/**
 * URLs → documents, politely: robots.txt, bounded concurrency per host and overall
 * (p-queue), a minimum delay between requests to one host, retries with backoff.
 * Results come out as they complete; each failure names its URL and what to do.
 */
import { readFileSync } from "node:fs";
import PQueue from "p-queue";
import { message } from "../../core/message.js";
import type { IngestResult } from "../raw-document.js";
import { readBytes } from "../read-bytes.js";
import { FetchFailure, httpGet, type HttpGetOptions } from "./http-get.js";
import { RobotsCache } from "./robots.js";
import { parseFetchableUrl } from "./url-list.js";

export interface FetchOptions {
  perHostConcurrency?: number;
  totalConcurrency?: number;
  timeoutMs?: number;
  retries?: number;
  userAgent?: string;
  respectRobots?: boolean;
  maxBytes?: number;
  minDelayMsPerHost?: number;
  /** First retry delay in ms (doubles each time). */
  backoffMs?: number;
}

export const DEFAULT_USER_AGENT = `recoupe/${packageVersion()} (offline news cross-checking; +https://recoupe.example/bot)`;

export async function* fetchUrls(urls: Iterable<string>, options: FetchOptions = {}): AsyncIterable<IngestResult> {
  const http: HttpGetOptions = {
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    timeoutMs: options.timeoutMs ?? 20_000,
    retries: options.retries ?? 3,
    maxBytes: options.maxBytes ?? 50 * 1024 * 1024,
    backoffMs: options.backoffMs ?? 500,
    maxRedirects: 5,
  };
  const robots = options.respectRobots === false ? null : new RobotsCache(http);
  const total = new PQueue({ concurrency: options.totalConcurrency ?? 8 });
  const hosts = new Map<string, PQueue>();
  const hostQueue = (url: string) => {
    const host = new URL(url).host;
    let queue = hosts.get(host);
    if (!queue) {
      queue = new PQueue({ concurrency: options.perHostConcurrency ?? 2 });
      hosts.set(host, queue);
    }
    return queue;
  };
  const minDelay = options.minDelayMsPerHost ?? 250;
  const lastStart = new Map<string, number>();

  const fetchOne = async (url: string): Promise<IngestResult[]> => {
    // Callers may pass any text (a queued job, a library user): a malformed URL is its own outcome.
    const parsed = parseFetchableUrl(url);
    if ("reason" in parsed) return [failure(url, "url-invalid", `${url}: ${parsed.reason}; check the URL.`)];
    const verdict = robots ? await robots.check(url) : { allowed: true, crawlDelayMs: 0 };
    if (!verdict.allowed) return [failure(url, "robots-disallowed", `${url}: not fetched, ${verdict.reason}.`)];
    return hostQueue(url).add(
      () =>
        total.add(async () => {
          await waitTurn(lastStart, new URL(url).host, Math.max(minDelay, verdict.crawlDelayMs));
          try {
            const response = await httpGet(url, http);
            const hints = { url: response.finalUrl, ...(response.charset ? { declaredCharset: response.charset } : {}), ...(response.mediaType ? { contentType: response.mediaType } : {}) };
            return readBytes(response.bytes, url, hints);
          } catch (error) {
            const failed = error instanceof FetchFailure ? error : new FetchFailure("fetch-failed", String(error), false);
            return [failure(url, failed.ruleId, `${failed.message}; check the URL or try again later.`)];
          }
        }) as Promise<IngestResult[]>,
    ) as Promise<IngestResult[]>;
  };

  const pending = new Map<number, Promise<{ key: number; results: IngestResult[] }>>();
  let key = 0;
  for (const url of urls) {
    const id = key++;
    const guarded = fetchOne(url).catch((error: unknown) => [failure(url, "fetch-failed", `${url}: could not be fetched (${error instanceof Error ? error.message : String(error)}); check the URL or try again later.`)]);
    pending.set(id, guarded.then((results) => ({ key: id, results })));
  }
  while (pending.size > 0) {
    const settled = await Promise.race(pending.values());
    pending.delete(settled.key);
    yield* settled.results;
  }
}

/** Spaces the starts of requests to one host by at least `delayMs`. */
async function waitTurn(lastStart: Map<string, number>, host: string, delayMs: number): Promise<void> {
  const previous = lastStart.get(host);
  const now = Date.now();
  const startAt = previous === undefined ? now : Math.max(now, previous + delayMs);
  lastStart.set(host, startAt);
  if (startAt > now) await new Promise((resolve) => setTimeout(resolve, startAt - now));
}

function failure(source: string, ruleId: string, reason: string): IngestResult {
  return { ok: false, source, error: message("fetch", ruleId, reason, "error") };
}

function packageVersion(): string {
  for (const candidate of ["../../../package.json", "../../../../package.json"]) {
    try {
      return (JSON.parse(readFileSync(new URL(candidate, import.meta.url), "utf8")) as { version: string }).version;
    } catch {
      // Sources (tsx) and dist/ sit at different depths.
    }
  }
  return "0";
}
