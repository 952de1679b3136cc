/** Runs the real CLI from the sources in a child process, as a user would. */
import { spawn } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Starts the CLI from the sources as a long-running child (a worker), for tests that signal it. */
export function spawnCli(args: string[]) {
  return spawn(process.execPath, ["--import", "tsx", resolve(repositoryRoot, "src/cli/run.ts"), ...args], { cwd: repositoryRoot, env: withoutDatabaseUrl(process.env) });
}

export function runCli(args: string[], options: { stdin?: string | Buffer; cwd?: string } = {}): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", resolve(repositoryRoot, "src/cli/run.ts"), ...args], {
      cwd: options.cwd ?? repositoryRoot,
      env: withoutDatabaseUrl(process.env),
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      resolvePromise({ code: code ?? -1, stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") }),
    );
    child.stdin.end(options.stdin ?? "");
  });
}

/** A developer's own RECOUPE_DATABASE_URL must not leak into the tests. */
function withoutDatabaseUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  delete copy.RECOUPE_DATABASE_URL;
  return copy;
}
