/**
 * Which connect algorithm built a stored corpus: a stored build made by other code is rebuilt,
 * never served. The constant is bumped by hand when connect's output changes through something
 * outside this folder (a lexicon, the stemmer); the digest of this folder's code catches every
 * change made here without anyone remembering to bump it, at the price of a rebuild after an
 * edit that changes nothing (a comment).
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const CONNECT_VERSION = 2;

let version: string | null = null;

export function connectAlgorithmVersion(): string {
  if (version !== null) return version;
  const folder = dirname(fileURLToPath(import.meta.url));
  // .ts from the sources (tsx, vitest), .js from dist/: a build made by one is rebuilt by the other.
  const files = readdirSync(folder).filter((name) => /\.(?:ts|js)$/u.test(name) && !/\.test\.|\.d\.ts$/u.test(name)).sort();
  const digest = createHash("sha256");
  for (const name of files) digest.update(name).update("\0").update(readFileSync(`${folder}/${name}`)).update("\0");
  version = `${CONNECT_VERSION}-${digest.digest("hex").slice(0, 16)}`;
  return version;
}
