/**
 * A PostgreSQL cluster of the test's own, as .ci/postgres.sh starts one (Debian's binaries, initdb
 * in a temporary folder, a free loopback port, trust for the test role), so a fault test can stop
 * and restart the server without disturbing the other test files that share CI's server. As root,
 * the server runs as the "postgres" user (it refuses to run as root).
 */
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { queryRows } from "../postgres-query.js";

const POSTGRES_ROOT = "/usr/lib/postgresql";

export interface OwnPostgres {
  /** A database of the cluster, for the test. */
  url: string;
  /** Stops the server as a crash would (immediate: no checkpoint, every connection cut), waits `downMs`, starts it again. */
  restart(downMs: number): Promise<void>;
  stop(): void;
}

/** Debian's newest PostgreSQL binaries, or null when none is installed. */
export function postgresBinaries(): string | null {
  if (!existsSync(POSTGRES_ROOT)) return null;
  const versions = readdirSync(POSTGRES_ROOT).filter((version) => existsSync(join(POSTGRES_ROOT, version, "bin", "initdb")));
  const newest = versions.sort((a, b) => Number(a) - Number(b)).at(-1);
  return newest ? join(POSTGRES_ROOT, newest, "bin") : null;
}

export async function startOwnPostgres(bin: string, database: string): Promise<OwnPostgres> {
  const dir = mkdtempSync(join(tmpdir(), "recoupe-fault-pg-"));
  const asRoot = userInfo().uid === 0;
  if (asRoot) chownSync(dir, Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim()), Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim()));
  const run = (program: string, args: string[]) => {
    const command = [join(bin, program), ...args];
    if (asRoot) execFileSync("su", ["postgres", "-s", "/bin/sh", "-c", command.map((part) => `'${part.replaceAll("'", "'\\''")}'`).join(" ")], { stdio: "ignore" });
    else execFileSync(command[0]!, command.slice(1), { stdio: "ignore" });
  };
  const port = await freePort();
  const data = join(dir, "data");
  run("initdb", ["-D", data, "--auth=trust", "-U", "recoupe", "-E", "UTF8"]);
  const start = () => run("pg_ctl", ["-D", data, "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, "-l", join(dir, "log"), "-w", "start"]);
  const stop = () => run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
  start();
  const server = `postgres://recoupe@127.0.0.1:${port}`;
  await queryRows(`${server}/postgres`, `CREATE DATABASE ${database}`);
  return {
    url: `${server}/${database}`,
    restart: async (downMs) => {
      stop();
      await new Promise((resolve) => setTimeout(resolve, downMs));
      start();
    },
    stop: () => {
      try {
        stop();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once("error", reject);
  });
}
