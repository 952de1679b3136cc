import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repositoryRoot } from "../../test/run-cli.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { startServer } from "./serve.js";

let dir: string;
let store: Store;
let served: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "recoupe-serve-uploads-"));
  const location = join(dir, "served.db");
  store = await openStore(location);
  served = await startServer(store, { host: "127.0.0.1", port: 0, location });
});
afterAll(async () => {
  await served.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("recoupe serve", () => {
  it("answers a read while an upload is being analyzed, and stores the upload", async () => {
    // A long French dump: seconds of extraction and annotation, off the server's thread.
    const dump = readFileSync(resolve(repositoryRoot, "examples/dumps/valmeria-matin-hache-de-guerre.txt"), "utf8");
    const long = Array.from({ length: 60 }, (_, index) => dump.replace(/Valmeria/gu, `Valmeria ${index}`)).join("\n\n");
    const form = new FormData();
    form.append("file", new File([long], "long.txt"));
    const order: string[] = [];
    const upload = fetch(`${served.url}/api/ingest`, { method: "POST", body: form }).then(async (response) => {
      order.push("upload");
      return (await response.json()) as { results: Array<{ ok: boolean }> };
    });
    // Let the upload reach the server before reading.
    await new Promise((done) => setTimeout(done, 200));
    const read = await fetch(`${served.url}/api/articles`).then((response) => {
      order.push("read");
      return response.status;
    });
    const { results } = await upload;
    expect(read).toBe(200);
    expect(results.some((result) => result.ok)).toBe(true);
    expect(order).toEqual(["read", "upload"]);
  }, 120_000);
});
