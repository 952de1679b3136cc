#!/usr/bin/env node
// Runs the compiled CLI; `npm run build` (or `npm ci`, through "prepare") produces dist/.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/cli/run.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write("recoupe is not built yet: run `npm run build` in its folder first.\n");
  process.exit(2);
}
await import(entry.href);
