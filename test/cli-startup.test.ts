/**
 * What `recoupe --help` loads: the commands and their options, none of the pipeline's heavy
 * modules (stemmer, lexicons, country names, XML and schema parsers, the database driver), so the
 * help answers in about a tenth of a second.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "./run-cli.js";

/** Registered after tsx: every module the run loads, one URL per line on stderr. */
const LIST_LOADS = `data:text/javascript,${encodeURIComponent(
  `import { register } from "node:module"; register("data:text/javascript," + encodeURIComponent('export async function load(url, context, next) { process._rawDebug("loaded " + url); return next(url, context); }'));`,
)}`;

function modulesLoadedBy(args: string[]): string[] {
  const run = spawnSync(process.execPath, ["--import", "tsx", "--import", LIST_LOADS, resolve(repositoryRoot, "src/cli/run.ts"), ...args], { cwd: repositoryRoot, encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  return run.stderr.split("\n").flatMap((line) => (line.startsWith("loaded ") ? [line.slice("loaded ".length)] : []));
}

describe("recoupe --help", () => {
  it("loads the commands, not the pipeline", () => {
    const loaded = modulesLoadedBy(["--help"]);
    expect(loaded.some((url) => url.endsWith("/cli/main.ts"))).toBe(true);
    const heavy = loaded.filter((url) => /node_modules\/(?:snowball-stemmers|zod|fast-xml-parser|world-countries|better-sqlite3|linkedom|chrono-node)\/|\/(?:annotate|extract)\/|\/connect\/(?!claim-polarity\.)|describe-claim|core\/terms/u.test(url));
    expect(heavy).toEqual([]);
  }, 60_000);
});
