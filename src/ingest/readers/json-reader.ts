/**
 * JSON and JSON Lines records: `{ url, title, date, dateModified, html | text, … }`, one article each.
 * Field names vary between scrapers, so the common aliases are accepted.
 */
import { createRequire } from "node:module";
import type * as Zod from "zod";
import { message } from "../../core/message.js";
import type { IngestResult, StatedMetadata } from "../raw-document.js";
import type { DecodedInput } from "./reader.js";

/**
 * Built on the first record, zod required then rather than imported: loading zod costs ~40 ms,
 * which every run would pay, one reading only HTML pages too (read-bytes imports every reader).
 */
function buildRecordSchema({ z }: typeof Zod) {
  const optionalText = z.string().trim().min(1).optional();
  const authorsField = z.union([z.string(), z.array(z.union([z.string(), z.object({ name: z.string() })]))]).optional();
  return z
    .object({
      url: optionalText,
      link: optionalText,
      title: optionalText,
      headline: optionalText,
      date: optionalText,
      published: optionalText,
      pubDate: optionalText,
      datePublished: optionalText,
      date_publish: optionalText,
      // Scrapers give modification fields other types too (`updated: true`): such a value is no date, not a bad record.
      dateModified: optionalText.catch(undefined),
      modified: optionalText.catch(undefined),
      updated: optionalText.catch(undefined),
      date_modify: optionalText.catch(undefined),
      author: authorsField,
      authors: authorsField,
      outlet: optionalText,
      source: optionalText,
      site_name: optionalText,
      language: optionalText,
      lang: optionalText,
      html: optionalText,
      text: optionalText,
      content: optionalText,
      body: optionalText,
    })
    .loose();
}

let recordSchema: ReturnType<typeof buildRecordSchema> | undefined;
const schema = () => (recordSchema ??= buildRecordSchema(createRequire(import.meta.url)("zod") as typeof Zod));

type ArticleRecord = Zod.infer<ReturnType<typeof buildRecordSchema>>;

export function readJsonRecords(input: DecodedInput): IngestResult[] {
  const whole = parseWhole(input.text);
  if (whole === undefined) {
    const lines = input.text.split(/\r?\n/).filter((line) => line.trim().length > 0);
    if (lines.length === 0) return [failure(input.source, "json-empty", `${input.source}: the JSON holds no record; nothing to analyze.`)];
    return lines.map((line, index) => readJsonLine(line, `${input.source}#${index + 1}`, input));
  }
  const values = Array.isArray(whole) ? whole : [whole];
  if (values.length === 0) return [failure(input.source, "json-empty", `${input.source}: the JSON holds no record; nothing to analyze.`)];
  return values.map((value, index) => recordToResult(value, Array.isArray(whole) ? `${input.source}#${index + 1}` : input.source, input, "json"));
}

/** One non-blank line of a JSON Lines input, read whole or streamed (json-lines-stream.ts) alike. */
export function readJsonLine(line: string, source: string, input: DecodedInput): IngestResult {
  let value: unknown;
  try {
    value = JSON.parse(line) as unknown;
  } catch (error) {
    return failure(source, "json-malformed", `${source}: not valid JSON (${(error as Error).message}); fix or remove that line.`);
  }
  return recordToResult(value, source, input, "jsonl");
}

function recordToResult(value: unknown, source: string, input: DecodedInput, container: "json" | "jsonl"): IngestResult {
  const parsed = schema().safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return failure(source, "json-record-invalid", `${source}: not an article record (${issue?.path.join(".") || "record"}: ${issue?.message}); give objects with a "text" or "html" string.`);
  }
  const record = parsed.data;
  const html = record.html;
  // A headline-only record is read as what it is: its headline (extraction says so in a warning).
  const text = record.text ?? record.content ?? record.body ?? record.title ?? record.headline;
  if (!html && !text) {
    return failure(source, "json-record-empty", `${source}: the record has no "html", "text" or "title" field; add the article's content.`);
  }
  return {
    ok: true,
    document: {
      source,
      container,
      format: html ? "html" : "text",
      raw: (html ?? text)!,
      encoding: input.encoding,
      byteLength: input.byteLength,
      metadata: statedMetadata(record, input.url),
      messages: input.messages,
    },
  };
}

function statedMetadata(record: ArticleRecord, fallbackUrl: string | undefined): StatedMetadata {
  const metadata: StatedMetadata = {};
  const url = record.url ?? record.link ?? fallbackUrl;
  const title = record.title ?? record.headline;
  const published = record.published ?? record.date ?? record.datePublished ?? record.pubDate ?? record.date_publish;
  const modified = record.dateModified ?? record.modified ?? record.updated ?? record.date_modify;
  const outlet = record.outlet ?? record.site_name ?? record.source;
  const language = record.language ?? record.lang;
  const authors = authorNames(record.authors ?? record.author);
  if (url) metadata.url = url;
  if (title) metadata.title = title;
  if (published) metadata.published = published;
  if (modified && modified !== published) metadata.modified = modified;
  if (outlet) metadata.outlet = outlet;
  if (language) metadata.language = language;
  if (authors.length > 0) metadata.authors = authors;
  return metadata;
}

function authorNames(field: ArticleRecord["author"]): string[] {
  if (!field) return [];
  const list = Array.isArray(field) ? field : [field];
  return list.map((entry) => (typeof entry === "string" ? entry : entry.name).trim()).filter(Boolean);
}

function parseWhole(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function failure(source: string, ruleId: string, reason: string): IngestResult {
  return { ok: false, source, error: message("ingest", ruleId, reason, "error") };
}
