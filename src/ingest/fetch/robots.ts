/**
 * robots.txt, fetched once per origin per run and matched with robots-parser. Per RFC 9309:
 * a robots.txt that is missing (4xx) allows everything; one that cannot be fetched
 * (5xx, network error) means the site is unreachable for crawling, so nothing is fetched.
 */
import robotsParserModule from "robots-parser";
import { FetchFailure, httpGet, type HttpGetOptions } from "./http-get.js";

export interface RobotsVerdict {
  allowed: boolean;
  reason?: string;
  /** Crawl-delay asked by the site, in milliseconds. */
  crawlDelayMs: number;
}

interface Robots {
  isAllowed(url: string, userAgent?: string): boolean | undefined;
  getCrawlDelay(userAgent?: string): number | undefined;
}

// robots-parser is CommonJS (module.exports = fn) while its types declare an ES default export.
const robotsParser = robotsParserModule as unknown as (url: string, content: string) => Robots;

export class RobotsCache {
  private readonly byOrigin = new Map<string, Promise<Robots | { unreachable: string }>>();

  constructor(private readonly http: HttpGetOptions) {}

  async check(url: string): Promise<RobotsVerdict> {
    const origin = new URL(url).origin;
    let entry = this.byOrigin.get(origin);
    if (!entry) {
      entry = this.load(origin);
      this.byOrigin.set(origin, entry);
    }
    const robots = await entry;
    if ("unreachable" in robots) return { allowed: false, reason: robots.unreachable, crawlDelayMs: 0 };
    const agent = this.http.userAgent;
    const allowed = robots.isAllowed(url, agent) ?? true;
    const crawlDelayMs = (robots.getCrawlDelay(agent) ?? 0) * 1000;
    return allowed ? { allowed, crawlDelayMs } : { allowed, reason: `${origin}/robots.txt disallows ${new URL(url).pathname} for our user agent`, crawlDelayMs };
  }

  private async load(origin: string): Promise<Robots | { unreachable: string }> {
    const robotsUrl = `${origin}/robots.txt`;
    try {
      const response = await httpGet(robotsUrl, { ...this.http, maxBytes: 512 * 1024 });
      return robotsParser(robotsUrl, Buffer.from(response.bytes).toString("utf8"));
    } catch (error) {
      if (error instanceof FetchFailure && /^HTTP 4\d\d/.test(error.message)) return robotsParser(robotsUrl, "");
      return { unreachable: `${robotsUrl} could not be fetched (${(error as Error).message}), so ${origin} is not crawled` };
    }
  }
}
