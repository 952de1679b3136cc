/** A --urls file → the http(s) URLs it lists: one a line, blank lines and # comments skipped. */
import { message, type Message } from "../../core/message.js";

export function readUrlList(text: string): { urls: string[]; errors: Message[] } {
  const urls: string[] = [];
  const errors: Message[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line.length === 0 || line.startsWith("#")) return;
    let url: URL;
    try {
      url = new URL(line);
    } catch {
      errors.push(message("fetch", "url-invalid", `line ${index + 1}: "${line}" is not a URL.`, "error"));
      return;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      errors.push(message("fetch", "url-scheme-unsupported", `line ${index + 1}: only http and https URLs can be fetched, not ${url.protocol}.`, "error"));
      return;
    }
    url.hash = "";
    const normalized = url.toString(); // WHATWG URL lowercases the scheme and host
    if (seen.has(normalized)) return;
    seen.add(normalized);
    urls.push(normalized);
  });
  return { urls, errors };
}
