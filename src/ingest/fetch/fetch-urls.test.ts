import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IngestResult } from "../raw-document.js";
import { fetchUrls, type FetchOptions } from "./fetch-urls.js";

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const article = "<html><head><title>Port</title></head><body><p>Les travaux du port ont commencé lundi matin.</p></body></html>";
const hits = new Map<string, number>();
let inFlight = 0;
let maxInFlight = 0;
let robotsBody: { status: number; body: string } = { status: 200, body: "User-agent: *\nDisallow: /private/\n" };

const routes: Record<string, Handler> = {
  "/robots.txt": (_, response) => {
    response.writeHead(robotsBody.status, { "content-type": "text/plain" }).end(robotsBody.body);
  },
  "/latin1": (_, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=ISO-8859-1" }).end(iconv.encode("<p>La Défense et la sécurité, l’œuvre d’une année entière de négociations.</p>", "windows-1252"));
  },
  "/old": (_, response) => response.writeHead(301, { location: "/older" }).end(),
  "/older": (_, response) => response.writeHead(302, { location: "/article" }).end(),
  "/article": (_, response) => response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(article),
  "/flaky": (request, response) => {
    if ((hits.get(request.url!) ?? 0) <= 2) response.writeHead(503).end();
    else response.writeHead(200, { "content-type": "text/plain" }).end("Le service est revenu, et l’article aussi.");
  },
  "/down": (_, response) => response.writeHead(503).end(),
  "/missing": (_, response) => response.writeHead(404).end(),
  "/silent": () => undefined,
  "/private/page": (_, response) => response.writeHead(200).end(article),
  "/huge": (_, response) => {
    response.writeHead(200, { "content-type": "text/plain" });
    response.end(Buffer.alloc(64 * 1024, 0x61));
  },
  "/feed": (_, response) =>
    response
      .writeHead(200, { "content-type": "application/rss+xml" })
      .end('<rss version="2.0"><channel><title>Port</title><item><title>Un</title><description>Premier article du flux.</description></item><item><title>Deux</title><description>Second article du flux.</description></item></channel></rss>'),
  "/slow": (_, response) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    setTimeout(() => {
      inFlight -= 1;
      response.writeHead(200, { "content-type": "text/plain" }).end("Une réponse lente mais complète.");
    }, 40);
  },
};

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url!.replace(/\?.*$/, "");
    hits.set(request.url!, (hits.get(request.url!) ?? 0) + 1);
    (routes[path] ?? ((_, r: ServerResponse) => r.writeHead(404).end()))(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const fast: FetchOptions = { retries: 2, backoffMs: 5, timeoutMs: 2000, minDelayMsPerHost: 0 };

async function fetchAll(paths: string[], options: FetchOptions = fast): Promise<IngestResult[]> {
  const results: IngestResult[] = [];
  for await (const result of fetchUrls(paths.map((path) => `${base}${path}`), options)) results.push(result);
  return results;
}

describe("fetchUrls", () => {
  it("decodes a page by the charset of its Content-Type header", async () => {
    const [result] = await fetchAll(["/latin1"]);
    expect(result).toMatchObject({ ok: true, document: { encoding: "windows-1252" } });
    if (result?.ok) expect(result.document.raw).toContain("La Défense et la sécurité, l’œuvre");
  });

  it("follows redirects and records the final URL", async () => {
    const [result] = await fetchAll(["/old"]);
    expect(result).toMatchObject({ ok: true, document: { source: `${base}/old`, metadata: { url: `${base}/article` } } });
  });

  it("retries a server error with backoff until it succeeds", async () => {
    const [result] = await fetchAll(["/flaky"]);
    expect(result).toMatchObject({ ok: true });
    expect(hits.get("/flaky")).toBe(3);
  });

  it("gives up on a server that stays down, with a clear error", async () => {
    const [result] = await fetchAll(["/down"]);
    expect(hits.get("/down")).toBe(3);
    expect(result).toMatchObject({ ok: false, error: { ruleId: "fetch-http-status", reason: expect.stringMatching(/HTTP 503 for .*\/down; check the URL or try again later\./) } });
  });

  it("does not retry a 404", async () => {
    const [result] = await fetchAll(["/missing"]);
    expect(hits.get("/missing")).toBe(1);
    expect(result).toMatchObject({ ok: false, error: { ruleId: "fetch-http-status" } });
  });

  it("times out on a server that never answers", async () => {
    const [result] = await fetchAll(["/silent"], { ...fast, retries: 0, timeoutMs: 200 });
    expect(result).toMatchObject({ ok: false, error: { ruleId: "fetch-timeout" } });
  });

  it("respects robots.txt, fetching it once per origin", async () => {
    const before = hits.get("/robots.txt") ?? 0;
    const results = await fetchAll(["/private/page", "/article"]);
    expect(results.find((result) => !result.ok)).toMatchObject({ source: `${base}/private/page`, error: { ruleId: "robots-disallowed" } });
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(hits.get("/private/page")).toBeUndefined();
    expect((hits.get("/robots.txt") ?? 0) - before).toBe(1);
  });

  it("does not crawl a site whose robots.txt fails with a server error", async () => {
    robotsBody = { status: 500, body: "" };
    const [result] = await fetchAll(["/article"], { ...fast, retries: 0 });
    robotsBody = { status: 200, body: "User-agent: *\nDisallow: /private/\n" };
    expect(result).toMatchObject({ ok: false, error: { ruleId: "robots-disallowed" } });
  });

  it("never exceeds the per-host concurrency", async () => {
    const results = await fetchAll(Array.from({ length: 10 }, (_, i) => `/slow?n=${i}`), { ...fast, perHostConcurrency: 2 });
    expect(results.every((result) => result.ok)).toBe(true);
    expect(maxInFlight).toBe(2);
  });

  it("aborts a body larger than the limit", async () => {
    const [result] = await fetchAll(["/huge"], { ...fast, maxBytes: 1024 });
    expect(result).toMatchObject({ ok: false, error: { ruleId: "input-too-large" } });
  });

  it("unpacks a feed served as application/rss+xml into its items", async () => {
    const results = await fetchAll(["/feed"]);
    expect(results.map((result) => (result.ok ? result.document.source : "✗"))).toEqual([`${base}/feed#1`, `${base}/feed#2`]);
  });
});
