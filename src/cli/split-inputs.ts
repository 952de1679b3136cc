/**
 * The positional inputs of `analyze` and `ingest --queue`, plus a --urls list → paths to read,
 * URLs to fetch, and the inputs refused before anything is read (a malformed URL argument, a bad
 * line of the list), which the batch reports and counts like any other failure.
 */
import { readFile } from "node:fs/promises";
import { RecoupeError } from "../core/errors.js";
import { message } from "../core/message.js";
import { parseFetchableUrl, readUrlList } from "../ingest/fetch/url-list.js";
import type { IngestFailure } from "../ingest/raw-document.js";

/** Anything written like an address (scheme://) is meant as one, even a malformed or ftp:// one. */
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//iu;

export interface SplitInputs {
  paths: string[];
  urls: string[];
  refused: IngestFailure[];
}

export async function splitInputs(inputs: string[], urlListPath: string | undefined): Promise<SplitInputs> {
  const split: SplitInputs = { paths: [], urls: [], refused: [] };
  for (const input of inputs) {
    if (!URL_LIKE.test(input)) {
      split.paths.push(input);
      continue;
    }
    const parsed = parseFetchableUrl(input);
    if ("url" in parsed) split.urls.push(parsed.url);
    else split.refused.push({ ok: false, source: input, error: message("fetch", "url-invalid", `${input}: ${parsed.reason}; check the URL.`, "error") });
  }
  if (urlListPath !== undefined) {
    let text: string;
    try {
      text = await readFile(urlListPath, "utf8");
    } catch (error) {
      throw new RecoupeError("usage", `cannot read the URL list ${urlListPath} (${(error as NodeJS.ErrnoException).code ?? String(error)}): check the path.`, urlListPath);
    }
    const list = readUrlList(text, urlListPath);
    split.urls.push(...list.urls);
    split.refused.push(...list.errors);
  }
  return split;
}
