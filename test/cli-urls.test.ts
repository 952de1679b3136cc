/** `recoupe analyze --urls <file>` and URL arguments, against a server on 127.0.0.1. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const page = (title: string) =>
  `<html lang="fr"><head><title>${title}</title><meta property="og:site_name" content="La Voix du Quai"></head><body><h1>${title}</h1>
  <p>${title} : les travaux du nouveau quai ont commencé lundi matin, sous la surveillance des services de l’État et des élus de la ville.</p>
  <p>Le chantier doit durer deux ans et mobilisera près de deux cents ouvriers, selon la direction du port de la ville.</p></body></html>`;

let server: Server;
let base: string;
let dir: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === "/a") response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page("Le quai en travaux"));
    else if (request.url === "/b") response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page("Deux ans de chantier"));
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), "recoupe-urls-"));
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

it("fetches a URL list and URL arguments, reports the one that fails, and exits 1", async () => {
  const list = join(dir, "urls.txt");
  writeFileSync(list, `# sources\n${base}/a\n${base}/missing\nnot a url\n`);
  const run = await runCli(["analyze", "--urls", list, `${base}/b`, "--db", join(dir, "urls.db"), "--json"]);
  expect(run.code).toBe(1);
  const summary = JSON.parse(run.stdout) as { stored: number; failed: number; outcomes: Array<{ ok: boolean; source: string; title?: string; outlet?: string; error?: { ruleId: string; reason: string } }> };
  expect(summary.stored).toBe(2);
  expect(summary.outcomes.filter((outcome) => outcome.ok).map((outcome) => outcome.title).sort()).toEqual(["Deux ans de chantier", "Le quai en travaux"]);
  // The list's bad line is counted with the batch, named by the list and its line.
  expect(summary.failed).toBe(2);
  expect(summary.outcomes.filter((outcome) => !outcome.ok).map((outcome) => [outcome.source, outcome.error?.ruleId])).toEqual([
    [`${list}:4`, "url-invalid"],
    [`${base}/missing`, "fetch-http-status"],
  ]);
  expect(summary.outcomes[0]!.error!.reason).toBe(`${list} line 4: "not a url" is not a valid URL; fix or remove the line.`);
});
