/**
 * What a web page the user visits can make their browser send to the loopback server, as real
 * HTTP requests (the Host header is what DNS rebinding forges): refused unless it is the
 * server's own page, or it carries the token.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { goodText } from "../../test/hostile/hostile-inputs.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { startServer } from "./serve.js";

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let store: Store;
let open: { url: string; close: () => Promise<void> };
let guarded: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  store = await openStore(":memory:");
  open = await startServer(store, { host: "127.0.0.1", port: 0 });
  guarded = await startServer(store, { host: "127.0.0.1", port: 0, token: "s3cret" });
});
afterAll(async () => {
  await open.close();
  await guarded.close();
  await store.close();
});

const portOf = (server: { url: string }) => Number(new URL(server.url).port);

function send(server: { url: string }, path: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: portOf(server), path, method: options.method ?? "GET", headers: options.headers ?? {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

/** A multipart body with one good article, as a page's form or fetch would send it. */
function upload(index: number): { headers: Record<string, string>; body: Buffer } {
  const boundary = "guard-test";
  const body = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="page-${index}.txt"\r\n\r\n${goodText(400 + index)}\r\n--${boundary}--\r\n`);
  return { headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` }, body };
}

describe("the loopback server without a token", () => {
  it("answers to its own names and port only (DNS rebinding forges the Host)", async () => {
    const port = portOf(open);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) expect({ host, status: (await send(open, "/api/articles", { headers: { Host: host } })).status }).toEqual({ host, status: 200 });
    for (const host of [`evil.example:${port}`, "evil.example", `127.0.0.1.evil.example:${port}`, `localhost:${port + 1}`]) {
      const answer = await send(open, "/api/articles", { headers: { Host: host } });
      expect({ host, status: answer.status }).toEqual({ host, status: 403 });
      expect(JSON.parse(answer.body)).toMatchObject({ error: "forbidden" });
    }
  });

  it("refuses a cross-site POST, stores nothing, and takes one from its own page or from curl", async () => {
    const port = portOf(open);
    const before = await store.countArticles();
    const crossSite: Array<Record<string, string>> = [{ Origin: "https://evil.example" }, { Origin: "null" }, { "Sec-Fetch-Site": "cross-site", Origin: "https://evil.example" }, { "Sec-Fetch-Site": "same-site", Origin: `http://localhost:${port + 1}` }];
    for (const headers of crossSite) {
      const { headers: form, body } = upload(1);
      const answer = await send(open, "/api/ingest", { method: "POST", headers: { ...form, ...headers }, body });
      expect({ headers, status: answer.status }).toEqual({ headers, status: 403 });
    }
    expect(await store.countArticles()).toBe(before);
    const ownPage = upload(2);
    expect((await send(open, "/api/ingest", { method: "POST", headers: { ...ownPage.headers, Origin: `http://127.0.0.1:${port}`, "Sec-Fetch-Site": "same-origin" }, body: ownPage.body })).status).toBe(200);
    const curl = upload(3);
    expect((await send(open, "/api/ingest", { method: "POST", headers: curl.headers, body: curl.body })).status).toBe(200);
    expect(await store.countArticles()).toBe(before + 2);
  });
});

describe("the server with a token", () => {
  it("gives the browser a cookie that is not the token, and takes it back", async () => {
    const login = await send(guarded, "/?token=s3cret");
    expect(login.status).toBe(303);
    const cookie = String(login.headers["set-cookie"]).split(";")[0]!;
    const value = cookie.slice(cookie.indexOf("=") + 1);
    expect(value).not.toContain("s3cret");
    expect(value.length).toBeGreaterThan(20);
    expect((await send(guarded, "/api/articles", { headers: { Cookie: cookie } })).status).toBe(200);
    expect((await send(guarded, "/api/articles", { headers: { Cookie: `${cookie.split("=")[0]}=s3cret` } })).status).toBe(401);
  });

  it("redirects /?token= only within the server, keeping the rest of the query", async () => {
    expect((await send(guarded, "//evil.example/path?token=s3cret")).headers.location).toBe("/evil.example/path");
    const backslash = await send(guarded, "/\\evil.example?token=s3cret");
    expect(backslash.headers.location ?? "/").not.toMatch(/^\/[/\\]/u);
    expect((await send(guarded, "/stories?entity=Oslo&token=s3cret")).headers.location).toBe("/stories?entity=Oslo");
  });

  it("serves any Host name to a token holder, and still refuses cross-site changes", async () => {
    expect((await send(guarded, "/api/articles", { headers: { Host: "recoupe.internal.example", Authorization: "Bearer s3cret" } })).status).toBe(200);
    expect((await send(guarded, "/api/articles", { headers: { Host: "recoupe.internal.example" } })).status).toBe(401);
    const { headers, body } = upload(4);
    expect((await send(guarded, "/api/ingest", { method: "POST", headers: { ...headers, Authorization: "Bearer s3cret", Origin: "https://evil.example" }, body })).status).toBe(403);
  });
});
