/** What every container reader receives and returns. */
import type { Message } from "../../core/message.js";
import type { IngestResult } from "../raw-document.js";

export interface DecodedInput {
  text: string;
  source: string;
  byteLength: number;
  encoding: string;
  /** Messages from decoding (encoding doubts), carried onto every document read from the input. */
  messages: Message[];
  url?: string;
}

export type ContainerReader = (input: DecodedInput) => IngestResult[];
