/**
 * One polite GET with undici: timeout, capped body, redirects followed by hand (to cap them
 * and report the final URL), retries with exponential backoff and jitter (p-retry) on
 * network errors, 429 and 5xx, honouring Retry-After.
 */
import pRetry, { AbortError } from "p-retry";
import type { ReadableStream } from "node:stream/web";
import { fetch } from "undici";

export interface HttpGetOptions {
  userAgent: string;
  timeoutMs: number;
  retries: number;
  maxBytes: number;
  /** First backoff delay; doubles each retry. Tests make it tiny. */
  backoffMs: number;
  maxRedirects: number;
}

export interface HttpResponse {
  bytes: Uint8Array;
  finalUrl: string;
  mediaType: string | undefined;
  charset: string | undefined;
}

/** A failure with the rule id the user sees; `retryable` decides whether p-retry tries again. */
export class FetchFailure extends Error {
  constructor(
    readonly ruleId: "fetch-failed" | "fetch-timeout" | "fetch-http-status" | "input-too-large",
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** A server asking us to wait an hour is not waited for inside one run. */
const MAX_RETRY_AFTER_MS = 60_000;

export async function httpGet(url: string, options: HttpGetOptions): Promise<HttpResponse> {
  return pRetry(
    async () => {
      try {
        return await attempt(url, options);
      } catch (error) {
        if (error instanceof FetchFailure && !error.retryable) throw new AbortError(error);
        throw error;
      }
    },
    {
      retries: options.retries,
      minTimeout: options.backoffMs,
      factor: 2,
      randomize: true,
      onFailedAttempt: async (error) => {
        const retryAfter = error instanceof FetchFailure ? error.retryAfterMs : undefined;
        if (retryAfter && error.retriesLeft > 0) await new Promise((resolve) => setTimeout(resolve, retryAfter));
      },
    },
  ).catch((error: unknown) => {
    throw error instanceof FetchFailure ? error : new FetchFailure("fetch-failed", String((error as Error).message ?? error), false);
  });
}

async function attempt(url: string, options: HttpGetOptions): Promise<HttpResponse> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let current = url;
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(current, { redirect: "manual", signal, headers: { "user-agent": options.userAgent, accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/json,text/plain;q=0.9,*/*;q=0.5" } });
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (redirects >= options.maxRedirects) throw new FetchFailure("fetch-failed", `more than ${options.maxRedirects} redirects from ${url}`, false);
        current = new URL(location, current).toString();
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        const retryable = response.status === 429 || response.status >= 500;
        throw new FetchFailure("fetch-http-status", `HTTP ${response.status} for ${current}`, retryable, retryAfterMs(response.headers.get("retry-after")));
      }
      const contentType = response.headers.get("content-type") ?? "";
      const bytes = await readCapped(response.body, options.maxBytes, current);
      const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
      const mediaType = contentType.split(";")[0]?.trim() || undefined;
      return { bytes, finalUrl: current, mediaType, charset };
    }
  } catch (error) {
    if (error instanceof FetchFailure) throw error;
    if (signal.aborted) throw new FetchFailure("fetch-timeout", `no complete answer from ${current} within ${options.timeoutMs} ms`, true);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new FetchFailure("fetch-failed", `${current}: ${cause?.code ?? cause?.message ?? (error as Error).message}`, true);
  }
}

async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number, url: string): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > maxBytes) {
      await body.cancel().catch(() => undefined);
      throw new FetchFailure("input-too-large", `${url} is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB limit; raise --max-bytes to fetch it.`, false);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, MAX_RETRY_AFTER_MS) : undefined;
}
