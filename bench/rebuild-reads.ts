/**
 * Reads while `recoupe serve` rebuilds its connected corpus in the background: the stored build
 * is made stale (another connect algorithm, as after an upgrade), the server is started as the
 * CLI starts it, in a child process, and while it connects every article again a client asks it
 * over loopback every 50 ms for the article listing, the story listing, one story and a search.
 * Reported: each route's p50 / p95 / max latency during the rebuild and after it, how long the
 * rebuild took until the server answered from it, the server process's peak RSS (its thread and the connect worker's), and how
 * long the process took to exit after SIGTERM in the middle of a rebuild.
 *
 * `node --expose-gc --import tsx bench/rebuild-reads.ts <store.db>` on a store holding a build
 * (`npm run bench -- --only stored` makes one and runs this phase on it).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

export interface RouteLatency {
  requests: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface RebuildReads {
  articles: number;
  stories: number;
  /** From the server's start (which starts the rebuild) until it answers from the new build. */
  rebuildSeconds: number;
  /** The first story listing: answered once the stale stored build is read (in the worker, posted in parts). */
  firstStoriesMs: number;
  /** Each route while the rebuild ran, then in the seconds after the server answered from it. */
  duringRebuild: Record<string, RouteLatency>;
  afterRebuild: Record<string, RouteLatency>;
  /** The server process's peak resident memory (VmHWM: its main thread, the connect worker, everything). */
  serverPeakRssMb: number | null;
  /** CPU seconds the server spent from its start to the end of the reads, in its main thread and in the others (the worker's build). */
  serverCpuSeconds: { mainThread: number; otherThreads: number } | null;
  /** SIGTERM sent some seconds into a rebuild: until the process exited, and its exit code. */
  exitAfterSigtermMs: number;
  exitCode: number | null;
  /** The machine's load while this ran (2 cores shared with other work inflate every latency). */
  loadAverage: number;
}

const TICK_MS = 50;
/** Requests keep going this long after the new build is answered from: what follows the swap is timed too. */
const AFTER_PUBLISH_MS = 5000;
/** A listing limit past any corpus's story count: `/api/stories` answers a page of 50 unless asked for more. */
const WHOLE_LISTING = 1_000_000;
/** How far into the rebuild (after the server says it connects the articles) the SIGTERM comes. */
const SIGTERM_AFTER_MS = 5000;
const repository = fileURLToPath(new URL("..", import.meta.url));

/** Makes the stored build stale as a new connect algorithm would: the server must rebuild, not resume it. */
function markBuildStale(location: string): number {
  const db = new Database(location);
  try {
    const changed = db.prepare("UPDATE corpus_build SET algorithm_version = 'bench-stale' WHERE id = 1").run().changes;
    if (changed !== 1) throw new Error(`${location}: no stored build to make stale; build one first (npm run bench -- --only stored)`);
    return (db.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

interface Server {
  child: ChildProcess;
  url: string;
  /** Resolves when the server says it connects the articles, then when its connected corpus is current again (its stderr lines). */
  connecting: Promise<number>;
  published: Promise<number>;
  /** When the process exited, and its exit code. */
  exited: Promise<{ at: number; code: number | null }>;
}

async function startServer(location: string): Promise<Server> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/run.ts", "serve", "--db", location, "--port", "0", "--json"], { cwd: repository, stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<{ at: number; code: number | null }>((resolve) => child.once("exit", (code) => resolve({ at: performance.now(), code })));
  let onPublished: (at: number) => void = () => {};
  let onConnecting: (at: number) => void = () => {};
  const published = new Promise<number>((resolve) => (onPublished = resolve));
  const connecting = new Promise<number>((resolve) => (onConnecting = resolve));
  createInterface({ input: child.stderr! }).on("line", (line) => {
    if (/connecting \d+ articles/u.test(line)) onConnecting(performance.now());
    if (line.startsWith("the connected corpus is current")) onPublished(performance.now());
    process.stderr.write(`  server: ${line}\n`);
  });
  const [first] = await Promise.race([
    (async () => {
      for await (const line of createInterface({ input: child.stdout! })) return [line];
      return [];
    })(),
    exited.then(() => []),
  ]);
  if (!first) throw new Error(`the server on ${location} did not start`);
  return { child, url: (JSON.parse(first) as { url: string }).url, connecting, published, exited };
}

function peakRssMb(pid: number | undefined): number | null {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((entry) => entry.startsWith("VmHWM:"));
    return line ? Math.round(Number(/\d+/u.exec(line)![0]) / 1024) : null;
  } catch {
    return null;
  }
}

/**
 * CPU seconds of the server's main thread and of its other threads (the connect worker, libuv's
 * pool, V8's): on a shared machine the wall times follow the load, this says what each thread did.
 */
function threadCpuSeconds(pid: number | undefined): { mainThread: number; otherThreads: number } | null {
  try {
    const ticks = (tid: string) => {
      // utime and stime are fields 14 and 15, counted after the command name's closing parenthesis.
      const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8").split(") ")[1]!.split(" ");
      return Number(fields[11]) + Number(fields[12]);
    };
    const tids = readdirSync(`/proc/${pid}/task`);
    const main = ticks(String(pid));
    const others = tids.filter((tid) => tid !== String(pid)).reduce((sum, tid) => sum + ticks(tid), 0);
    // Linux counts in clock ticks of 1/100 s on every common configuration.
    return { mainThread: main / 100, otherThreads: others / 100 };
  } catch {
    return null;
  }
}

function latency(times: number[]): RouteLatency {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (share: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!.toFixed(1));
  return { requests: sorted.length, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: Number(sorted.at(-1)!.toFixed(1)) };
}

async function timed(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return performance.now() - started;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a server (which reads the stale build, then rebuilds it), then SIGTERM a few seconds into the rebuild: how long until the process is gone. */
async function exitDuringRebuild(location: string): Promise<{ exitAfterSigtermMs: number; exitCode: number | null }> {
  const server = await startServer(location);
  await server.connecting;
  await sleep(SIGTERM_AFTER_MS);
  const sent = performance.now();
  server.child.kill("SIGTERM");
  const exited = await Promise.race([server.exited, sleep(60_000).then(() => null)]);
  if (exited === null) {
    server.child.kill("SIGKILL");
    throw new Error("the server was still running a minute after SIGTERM");
  }
  return { exitAfterSigtermMs: Math.round(exited.at - sent), exitCode: exited.code };
}

/** Reads every 50 ms while the server rebuilds the stored build of `location`; the build is left current (rebuilt) afterwards. */
export async function readsDuringRebuild(location: string): Promise<RebuildReads> {
  const articles = markBuildStale(location);
  const { exitAfterSigtermMs, exitCode } = await exitDuringRebuild(location);
  markBuildStale(location);
  const started = performance.now();
  const server = await startServer(location);
  const during: Record<string, number[]> = { articles: [], storiesWhole: [], storiesPage: [], story: [], search: [] };
  const after: Record<string, number[]> = Object.fromEntries(Object.keys(during).map((route) => [route, []]));
  try {
    // The server starts the rebuild at once; the first listing waits for the stale stored build only.
    const firstStarted = performance.now();
    const { stories } = (await (await fetch(`${server.url}/api/stories?limit=${WHOLE_LISTING}`)).json()) as { stories: Array<{ id: string }> };
    const firstStoriesMs = Math.round(performance.now() - firstStarted);
    let publishedAt: number | null = null;
    void server.published.then((at) => (publishedAt = at));
    for (let tick = 0; publishedAt === null || performance.now() < publishedAt + AFTER_PUBLISH_MS; tick += 1) {
      const tickStart = performance.now();
      const times = publishedAt === null ? during : after;
      times.articles!.push(await timed(`${server.url}/api/articles?limit=20&offset=${(tick * 37) % 1000}`));
      // The whole listing (what the web UI asked for before it paged) every tenth tick: megabytes at 100,000 articles.
      if (tick % 10 === 0) times.storiesWhole!.push(await timed(`${server.url}/api/stories?limit=${WHOLE_LISTING}`));
      times.storiesPage!.push(await timed(`${server.url}/api/stories?limit=50`));
      times.story!.push(await timed(`${server.url}/api/stories/${stories[(tick * 7919) % stories.length]!.id}`));
      times.search!.push(await timed(`${server.url}/api/search?q=${tick % 2 ? "accord%20ministre" : "r%C3%A9union"}&limit=20`));
      await sleep(Math.max(0, TICK_MS - (performance.now() - tickStart)));
      if (server.child.exitCode !== null) throw new Error("the server exited during the rebuild");
    }
    const summary = (times: Record<string, number[]>) => Object.fromEntries(Object.entries(times).filter(([, list]) => list.length > 0).map(([route, list]) => [route, latency(list)]));
    return {
      articles,
      stories: stories.length,
      rebuildSeconds: Number((((publishedAt as number | null)! - started) / 1000).toFixed(1)),
      firstStoriesMs,
      duringRebuild: summary(during),
      afterRebuild: summary(after),
      serverPeakRssMb: peakRssMb(server.child.pid),
      serverCpuSeconds: threadCpuSeconds(server.child.pid),
      exitAfterSigtermMs,
      exitCode,
      loadAverage: Number(loadavg()[0]!.toFixed(1)),
    };
  } finally {
    server.child.kill("SIGTERM");
    await server.exited;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const location = process.argv[2];
  if (!location) throw new Error("usage: bench/rebuild-reads.ts <store.db>");
  process.stdout.write(`${JSON.stringify(await readsDuringRebuild(location), null, 2)}\n`);
}
