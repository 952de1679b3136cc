/**
 * Command-line inputs → a deterministic list of sources: files as given, folders walked
 * recursively, glob patterns expanded (tinyglobby), "-" for stdin. Nothing is read here.
 */
import { readdir, stat } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
import { glob } from "tinyglobby";
import { message, type Message } from "../core/message.js";

export type ExpandedInput = { source: string } | { source: string; error: Message };

/** Tool folders that never hold articles and can be huge. */
const SKIPPED_FOLDERS = new Set([".git", "node_modules", ".svn", ".hg"]);
const GLOB_CHARACTERS = /[*?[\]{}]/;

export async function* expandInputs(inputs: string[]): AsyncIterable<ExpandedInput> {
  const seen = new Set<string>();
  for (const input of inputs) {
    for await (const expanded of expandOne(input)) {
      const key = expanded.source === "-" ? "-" : resolve(expanded.source);
      if (seen.has(key)) continue;
      seen.add(key);
      yield expanded;
    }
  }
}

async function* expandOne(input: string): AsyncIterable<ExpandedInput> {
  if (input === "-") {
    yield { source: "-" };
    return;
  }
  const info = await stat(input).catch(() => null);
  if (info?.isFile()) {
    yield { source: input };
  } else if (info?.isDirectory()) {
    yield* walkFolder(input);
  } else if (GLOB_CHARACTERS.test(input)) {
    // Sources are reported the way the user wrote the pattern: absolute stays absolute.
    const matches = (await glob(input, { onlyFiles: true, dot: false, absolute: isAbsolute(input) })).sort();
    if (matches.length === 0) yield notFound(input, `no file matches the pattern ${input}`);
    for (const match of matches) yield { source: match };
  } else {
    yield notFound(input, `no such file or folder: ${input}`);
  }
}

async function* walkFolder(folder: string): AsyncIterable<ExpandedInput> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue; // hidden files: editor swap files, .DS_Store
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) yield* walkFolder(path);
    } else if (entry.isFile()) {
      yield { source: path };
    }
  }
}

function notFound(source: string, reason: string): ExpandedInput {
  return { source, error: message("ingest", "input-not-found", `${reason}; check the path.`, "error") };
}
