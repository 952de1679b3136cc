/**
 * Command-line inputs → a deterministic list of sources: files as given, folders walked
 * recursively, glob patterns expanded (tinyglobby), "-" for stdin. Nothing is read here. Every
 * entry left out is listed (skipped) or reported (unreadable), never dropped silently.
 */
import type { Dirent, Stats } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
import { glob } from "tinyglobby";
import { message, type Message } from "../core/message.js";

export type ExpandedInput = { source: string } | { source: string; error: Message; skipped?: true };

export interface ExpandOptions {
  /** Read hidden files and folders (names starting with a dot) met inside folders too. */
  includeHidden?: boolean;
}

/** Tool folders that never hold articles and can be huge. */
const SKIPPED_FOLDERS = new Set([".git", "node_modules", ".svn", ".hg"]);
const GLOB_CHARACTERS = /[*?[\]{}]/;

export async function* expandInputs(inputs: string[], options: ExpandOptions = {}): AsyncIterable<ExpandedInput> {
  const seen = new Set<string>();
  for (const input of inputs) {
    for await (const expanded of expandOne(input, options)) {
      const key = expanded.source === "-" ? "-" : resolve(expanded.source);
      if (seen.has(key)) continue;
      seen.add(key);
      yield expanded;
    }
  }
}

async function* expandOne(input: string, options: ExpandOptions): AsyncIterable<ExpandedInput> {
  if (input === "-") {
    yield { source: "-" };
    return;
  }
  // A path the user names is followed even when it is a symbolic link: they chose it.
  const info = await stat(input).catch((error: NodeJS.ErrnoException) => error);
  if (!(info instanceof Error)) {
    if (info.isDirectory()) yield* walkFolder(input, options);
    else if (info.isFile()) yield { source: input };
    else yield skipped(input, `${specialFileKind(info)}, not a file of articles`);
  } else if (info.code !== "ENOENT" && info.code !== "ENOTDIR") {
    yield unreadable(input, info);
  } else if (GLOB_CHARACTERS.test(input)) {
    // Sources are reported the way the user wrote the pattern: absolute stays absolute.
    const matches = await glob(input, { onlyFiles: true, dot: options.includeHidden === true, absolute: isAbsolute(input) })
      .then((found) => found.sort())
      .catch((error: NodeJS.ErrnoException) => error);
    if (matches instanceof Error) {
      yield unreadable(input, matches);
      return;
    }
    if (matches.length === 0) yield notFound(input, `no file matches the pattern ${input}`);
    for (const match of matches) yield { source: match };
  } else {
    yield notFound(input, `no such file or folder: ${input}`);
  }
}

async function* walkFolder(folder: string, options: ExpandOptions): AsyncIterable<ExpandedInput> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    yield unreadable(folder, error as NodeJS.ErrnoException);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && SKIPPED_FOLDERS.has(entry.name)) yield skipped(path, "a tool's folder (version control or packages), never articles");
    else if (entry.name.startsWith(".") && options.includeHidden !== true) yield skipped(path, "hidden (editor and system files live there); add --include-hidden to read hidden files");
    else if (entry.isSymbolicLink()) yield skipped(path, "a symbolic link, not followed inside a folder (it may leave the folder or loop); give it as an argument to read its target");
    else if (entry.isDirectory()) yield* walkFolder(path, options);
    else if (entry.isFile()) yield { source: path };
    else yield skipped(path, `${specialFileKind(entry)}, not a file of articles`);
  }
}

function specialFileKind(entry: Dirent | Stats): string {
  if (entry.isFIFO()) return "a named pipe (FIFO)";
  if (entry.isSocket()) return "a socket";
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return "a device";
  return "a special file";
}

function skipped(source: string, reason: string): ExpandedInput {
  return { source, skipped: true, error: message("ingest", "input-skipped", `${source}: skipped, ${reason}.`, "info") };
}

function unreadable(source: string, error: NodeJS.ErrnoException): ExpandedInput {
  const hint = error.code === "EACCES" || error.code === "EPERM" ? "check its permissions" : "check the path";
  return { source, error: message("ingest", "input-unreadable", `${source}: cannot be read (${error.code ?? error.message}); ${hint}.`, "error") };
}

function notFound(source: string, reason: string): ExpandedInput {
  return { source, error: message("ingest", "input-not-found", `${reason}; check the path.`, "error") };
}
