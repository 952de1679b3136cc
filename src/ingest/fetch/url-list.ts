/** A --urls file → the http(s) URLs it lists: one a line, blank lines and # comments skipped. */
import { message } from "../../core/message.js";
import type { IngestFailure } from "../raw-document.js";

/** A normalised http(s) URL, or why the text is not one (a sentence ending without a period). */
export function parseFetchableUrl(text: string): { url: string } | { reason: string } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { reason: `"${text}" is not a valid URL` };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { reason: `only http and https URLs can be fetched, not ${url.protocol}` };
  url.hash = "";
  return { url: url.toString() }; // WHATWG URL lowercases the scheme and host
}

/** Every line that is not a URL is an outcome naming the list and the line, so it is counted with the batch. */
export function readUrlList(text: string, listName = "URL list"): { urls: string[]; errors: IngestFailure[] } {
  const urls: string[] = [];
  const errors: IngestFailure[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line.length === 0 || line.startsWith("#")) return;
    const parsed = parseFetchableUrl(line);
    if ("reason" in parsed) {
      const source = `${listName}:${index + 1}`;
      errors.push({ ok: false, source, error: message("fetch", "url-invalid", `${listName} line ${index + 1}: ${parsed.reason}; fix or remove the line.`, "error") });
      return;
    }
    if (seen.has(parsed.url)) return;
    seen.add(parsed.url);
    urls.push(parsed.url);
  });
  return { urls, errors };
}
