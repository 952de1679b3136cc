/**
 * Bytes → text. Order of trust: a byte-order mark, then a declared charset (HTTP header,
 * <meta>, <?xml?>), checked against the bytes; with no declaration, valid UTF-8 is UTF-8
 * and anything else is guessed with chardet. Doubts become warnings on the document.
 */
import chardet from "chardet";
import iconv from "iconv-lite";
import { message, type Message } from "../core/message.js";

export interface DecodedText {
  text: string;
  /** WHATWG-style label of the encoding used, e.g. "utf-8", "windows-1252". */
  encoding: string;
  messages: Message[];
}

/** Charset declarations sit in the head of a page; browsers prescan 1024 bytes, pages in the wild need more. */
const DECLARATION_PRESCAN_BYTES = 4096;

export function decodeBytes(bytes: Uint8Array, source: string, hints: { declaredCharset?: string } = {}): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return finish(decodeWith(bytes.subarray(bom.length), bom.encoding), bom.encoding, []);

  const declared = normalizeCharset(hints.declaredCharset ?? prescanDeclaredCharset(bytes));
  const validUtf8 = isValidUtf8(bytes);
  const messages: Message[] = [];

  if (declared) {
    if (declared === "utf-8" && !validUtf8) {
      const guessed = guessEncoding(bytes);
      messages.push(wrongDeclaration(source, declared, guessed));
      return finish(decodeWith(bytes, guessed), guessed, messages);
    }
    if (isSingleByteLatin(declared) && validUtf8 && hasMultiByteSequences(bytes)) {
      messages.push(wrongDeclaration(source, declared, "utf-8"));
      return finish(decodeWith(bytes, "utf-8"), "utf-8", messages);
    }
    if (iconv.encodingExists(declared)) return finish(decodeWith(bytes, declared), declared, messages);
    messages.push(message("ingest", "encoding-unknown", `${source}: declared charset "${declared}" is unknown; decoding by inspection.`));
  }

  if (validUtf8) return finish(decodeWith(bytes, "utf-8"), "utf-8", messages);
  const guessed = guessEncoding(bytes);
  messages.push(message("ingest", "encoding-guessed", `${source}: no charset declared and the bytes are not UTF-8; guessed ${guessed}.`));
  return finish(decodeWith(bytes, guessed), guessed, messages);
}

function finish(text: string, encoding: string, messages: Message[]): DecodedText {
  const replaced = countReplacementCharacters(text);
  if (replaced > 0) {
    messages.push(
      message("ingest", "invalid-bytes-replaced", `${replaced} byte sequence(s) invalid in ${encoding} were replaced by U+FFFD.`),
    );
  }
  return { text, encoding, messages };
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/** Finds <meta charset>, <meta http-equiv … charset=> or <?xml encoding=""> in the head of the bytes. */
export function prescanDeclaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, DECLARATION_PRESCAN_BYTES)).toString("latin1");
  const xml = /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1];
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta?.[1];
}

/** Maps labels to the names iconv-lite knows; latin-1 is read as windows-1252, as every browser does. */
export function normalizeCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const lower = label.trim().toLowerCase();
  if (lower === "utf8" || lower === "utf-8" || lower === "unicode-1-1-utf-8") return "utf-8";
  if (["iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252"].includes(lower)) {
    return "windows-1252";
  }
  return lower;
}

function isSingleByteLatin(encoding: string): boolean {
  return encoding === "windows-1252" || /^iso-?8859-/.test(encoding);
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasMultiByteSequences(bytes: Uint8Array): boolean {
  return bytes.some((byte) => byte >= 0x80);
}

function guessEncoding(bytes: Uint8Array): string {
  const guess = normalizeCharset(chardet.detect(bytes) ?? undefined);
  // chardet's guess may be UTF-8 for text with a few broken bytes: then decode as UTF-8 with replacements.
  return guess && iconv.encodingExists(guess) ? guess : "windows-1252";
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === "utf-8") return new TextDecoder("utf-8").decode(bytes);
  return iconv.decode(Buffer.from(bytes), encoding);
}

function wrongDeclaration(source: string, declared: string, actual: string): Message {
  return message(
    "ingest",
    "encoding-declaration-wrong",
    `${source}: declared ${declared}, but the bytes are ${actual}; decoded as ${actual}.`,
  );
}

function countReplacementCharacters(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) count += 1;
  return count;
}
