/** A single page or dump is one document; its content is read by extraction as it is. */
import type { ContentFormat, IngestResult } from "../raw-document.js";
import type { DecodedInput } from "./reader.js";

function readSingle(input: DecodedInput, format: ContentFormat): IngestResult[] {
  return [
    {
      ok: true,
      document: {
        source: input.source,
        container: format,
        format,
        raw: input.text,
        encoding: input.encoding,
        byteLength: input.byteLength,
        metadata: input.url ? { url: input.url } : {},
        messages: input.messages,
      },
    },
  ];
}

export const readHtmlPage = (input: DecodedInput): IngestResult[] => readSingle(input, "html");
export const readTextDump = (input: DecodedInput): IngestResult[] => readSingle(input, "text");
