/**
 * What `recoupe --help` loads: the commands and their options, none of the pipeline's heavy
 * modules (stemmer, lexicons, country names, XML and schema parsers, the database driver), so the
 * help answers in about a tenth of a second.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "./run-cli.js";

/** Registered after tsx: every module the run imports (an ESM load hook) or requires (CommonJS's loader), one per line on stderr. */
const LIST_LOADS = `data:text/javascript,${encodeURIComponent(
  `import Module, { register } from "node:module";
  register("data:text/javascript," + encodeURIComponent('export async function load(url, context, next) { process._rawDebug("loaded " + url); return next(url, context); }'));
  const load = Module._load;
  Module._load = function (request, ...rest) { process._rawDebug("loaded node_modules/" + request + "/"); return load.call(this, request, ...rest); };`,
)}`;

const HEAVY = /node_modules\/(?:snowball-stemmers|zod|fast-xml-parser|world-countries|better-sqlite3|linkedom|chrono-node)\/|\/(?:annotate|extract)\/|\/connect\/(?!claim-polarity\.)|describe-claim|core\/terms/u;

function modulesLoadedBy(args: string[]): string[] {
  const run = spawnSync(process.execPath, ["--import", "tsx", "--import", LIST_LOADS, resolve(repositoryRoot, "src/cli/run.ts"), ...args], { cwd: repositoryRoot, encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  return run.stderr.split("\n").flatMap((line) => (line.startsWith("loaded ") ? [line.slice("loaded ".length)] : []));
}

describe("recoupe --help", () => {
  it("loads the commands, not the pipeline", () => {
    const loaded = modulesLoadedBy(["--help"]);
    expect(loaded.some((url) => url.endsWith("/cli/main.ts"))).toBe(true);
    expect(loaded.filter((url) => HEAVY.test(url))).toEqual([]);
  }, 60_000);
});

describe("recoupe analyze <one page>", () => {
  it("loads the readers of other formats' parsers (zod for JSON, fast-xml-parser for feeds) only for inputs that need them", () => {
    const dir = mkdtempSync(join(tmpdir(), "recoupe-startup-"));
    try {
      const page = modulesLoadedBy(["analyze", "examples/html/kostrana-herald-water-deal.html", "--db", join(dir, "page.db"), "--jobs", "1"]);
      expect(page.some((url) => url.includes("/extract/extract-article."))).toBe(true);
      expect(page.filter((url) => /node_modules\/(?:zod|fast-xml-parser)\//u.test(url))).toEqual([]);
      const feed = modulesLoadedBy(["analyze", resolve(repositoryRoot, "examples/feeds", readdirSync(resolve(repositoryRoot, "examples/feeds"))[0]!), "--db", join(dir, "feed.db"), "--jobs", "1"]);
      expect(feed.some((url) => url.includes("node_modules/fast-xml-parser/"))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
