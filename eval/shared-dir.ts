/**
 * Where the development data lives: ../shared beside the repository (CI puts it there),
 * or RECOUPE_SHARED. It is read at run time and never copied into the repository.
 */
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export function findSharedDir(): string | null {
  const candidate = process.env.RECOUPE_SHARED ?? resolve(repositoryRoot, "..", "shared");
  return existsSync(resolve(candidate, "gold")) || existsSync(resolve(candidate, "data")) ? candidate : null;
}

export const SHARED_ABSENT_NOTICE = "../shared is absent (a user's machine): evaluations against the development data are skipped.";
