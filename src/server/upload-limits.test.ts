/**
 * Uploads against a real Node server, streamed as a browser or curl would send them: a file
 * past its limit is cut without the server holding it, and a request past its limit is
 * answered before the client has sent it all.
 */
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { goodText } from "../../test/hostile/hostile-inputs.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { createApp } from "./create-app.js";

const BOUNDARY = "recoupe-test-boundary";
const CHUNK = Buffer.alloc(64 * 1024, "a");

let store: Store;
let server: ServerType;
let port: number;

beforeAll(async () => {
  store = await openStore(":memory:");
  const app = createApp(store, { uiRoot: null, maxUploadBytes: 1_000_000, maxRequestBytes: 600_000_000 });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  // The first analysis loads the language resources; measured requests come after it.
  const form = new FormData();
  form.append("file", new File([goodText(300)], "warm-up.txt"));
  await app.request("/api/ingest", { method: "POST", body: form });
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await store.close();
});

const partHeader = (name: string) => Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`);

interface Sent {
  status: number;
  body: { results: Array<{ file: string; ok: boolean; error?: string }> };
  /** Body bytes the client had written when the answer came. */
  sentWhenAnswered: number;
  /** The server process's largest resident size during the request, less the one before it. */
  peakRssGrowth: number;
}

/** Sends [good file, `bigBytes` of one file, good file] as a chunked multipart body, with backpressure. */
function sendWithBigFile(bigBytes: number, path = "/api/ingest"): Promise<Sent> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let sentWhenAnswered = -1;
    const req = request({ host: "127.0.0.1", port, path, method: "POST", headers: { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}`, "Transfer-Encoding": "chunked" } });
    req.on("response", (response) => {
      sentWhenAnswered = sent;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        clearInterval(sampler);
        resolve({ status: response.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as Sent["body"], sentWhenAnswered, peakRssGrowth: peak - before });
      });
    });
    // The server may close the connection while the client still writes: that is the point.
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (sentWhenAnswered < 0) reject(error);
    });
    const write = async (bytes: Buffer) => {
      if (sentWhenAnswered >= 0 || req.destroyed) return false;
      sent += bytes.length;
      if (!req.write(bytes)) {
        await new Promise<void>((done) => {
          const settle = () => {
            req.off("drain", settle).off("close", settle);
            done();
          };
          req.on("drain", settle).on("close", settle);
        });
      }
      return true;
    };
    void (async () => {
      await write(Buffer.concat([partHeader("first.txt"), Buffer.from(goodText(301)), Buffer.from("\r\n"), partHeader("big.txt")]));
      for (let left = bigBytes; left > 0; left -= CHUNK.length) if (!(await write(left >= CHUNK.length ? CHUNK : CHUNK.subarray(0, left)))) return;
      if (!(await write(Buffer.concat([Buffer.from("\r\n"), partHeader("last.txt"), Buffer.from(goodText(302)), Buffer.from(`\r\n--${BOUNDARY}--\r\n`)])))) return;
      req.end();
    })();
  });
}

describe("POST /api/ingest streams its uploads", () => {
  it("cuts a file past the per-file limit without holding it, and analyzes the files around it", async () => {
    const sent = await sendWithBigFile(300 * 1024 * 1024);
    expect(sent.status).toBe(200);
    expect(sent.body.results.map((result) => [result.file, result.ok])).toEqual([
      ["first.txt", true],
      ["big.txt", false],
      ["last.txt", true],
    ]);
    expect(sent.body.results[1]!.error).toMatch(/^big\.txt: more than 1000000 bytes, over the 1000000-byte limit/u);
    // 300 MB went through; a server reading it whole would grow by at least that.
    expect(sent.peakRssGrowth).toBeLessThan(120 * 1024 * 1024);
  }, 120_000);

  it("answers a request past the request limit before the client has sent it, with the files read so far", async () => {
    const app = createApp(store, { uiRoot: null, maxUploadBytes: 100_000, maxRequestBytes: 2_000_000 });
    const small = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 });
    await new Promise((resolve) => small.once("listening", resolve));
    const saved = port;
    port = (small.address() as AddressInfo).port;
    try {
      const total = 1024 * 1024 * 1024;
      const sent = await sendWithBigFile(total);
      expect(sent.status).toBe(200);
      expect(sent.body.results.map((result) => [result.file, result.ok])).toEqual([
        ["first.txt", true],
        ["big.txt", false],
      ]);
      expect(sent.body.results[1]!.error).toMatch(/passed its 2000000-byte limit/u);
      expect(sent.sentWhenAnswered).toBeLessThan(100 * 1024 * 1024);
    } finally {
      port = saved;
      await new Promise((resolve) => small.close(resolve));
    }
  }, 120_000);

  it("refuses a body that is not multipart with a 400, not a 500", async () => {
    const app = createApp(store, { uiRoot: null });
    for (const init of [{ body: "hello", headers: { "Content-Type": "text/plain" } }, { body: "--x\r\nbroken", headers: { "Content-Type": "multipart/form-data; boundary=x" } }, { body: new FormData() }]) {
      const response = await app.request("/api/ingest", { method: "POST", ...init });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: "usage" });
    }
  });
});
