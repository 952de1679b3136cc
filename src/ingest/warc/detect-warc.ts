/** Is this a WARC file? By its first bytes ("WARC/1.", or a gzip member holding them), whatever its name. */
import { startsWarcMember } from "./gzip-members.js";

/** Names WARC files go by: a file named so is expected to be one. */
export const WARC_FILE_NAME = /\.warc(?:\.gz)?$/iu;

export function isWarcHead(head: Uint8Array): boolean {
  if (head[0] === 0x1f && head[1] === 0x8b) return startsWarcMember(head);
  return Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, 7)).toString("latin1") === "WARC/1.";
}
