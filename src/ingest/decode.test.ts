import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes, normalizeCharset, prescanDeclaredCharset } from "./decode.js";

const french = "La ministre de la Défense a signé l’accord ; sécurité, coopération, œuvre commune.";

function page(charset: string, body: string): string {
  return `<html><head><meta charset="${charset}"><title>t</title></head><body><p>${body}</p></body></html>`;
}

describe("decodeBytes", () => {
  it("reads UTF-8 with and without a byte-order mark", () => {
    const plain = Buffer.from(french, "utf8");
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
    expect(decodeBytes(plain, "a.txt")).toMatchObject({ text: french, encoding: "utf-8", messages: [] });
    expect(decodeBytes(withBom, "b.txt")).toMatchObject({ text: french, encoding: "utf-8", messages: [] });
  });

  it("reads UTF-16LE with a byte-order mark", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(french, "utf16le")]);
    expect(decodeBytes(bytes, "c.txt")).toMatchObject({ text: french, encoding: "utf-16le" });
  });

  it("follows a correct windows-1252 declaration", () => {
    const bytes = iconv.encode(page("windows-1252", french), "windows-1252");
    const decoded = decodeBytes(bytes, "page.html");
    expect(decoded.encoding).toBe("windows-1252");
    expect(decoded.text).toContain(french);
    expect(decoded.messages).toEqual([]);
  });

  it("reads ISO-8859-1 declarations as windows-1252, as browsers do (’ and œ live in 0x80–0x9F)", () => {
    const bytes = iconv.encode(page("ISO-8859-1", french), "windows-1252");
    expect(decodeBytes(bytes, "page.html").text).toContain("l’accord ; sécurité, coopération, œuvre");
  });

  it("warns when a page declares UTF-8 but holds windows-1252 bytes, and decodes them right", () => {
    const bytes = iconv.encode(page("utf-8", french), "windows-1252");
    const decoded = decodeBytes(bytes, "wrong.html");
    expect(decoded.text).toContain("Défense");
    expect(decoded.messages.map((m) => m.ruleId)).toEqual(["encoding-declaration-wrong"]);
    expect(decoded.messages[0]!.reason).toMatch(/wrong\.html: declared utf-8, but the bytes are/);
  });

  it("warns when a page declares latin-1 but holds UTF-8", () => {
    const decoded = decodeBytes(Buffer.from(page("iso-8859-1", french), "utf8"), "utf8.html");
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.text).toContain(french);
    expect(decoded.messages.map((m) => m.ruleId)).toEqual(["encoding-declaration-wrong"]);
  });

  it("guesses undeclared latin-1 text and says so", () => {
    const long = `${french} Les négociations ont duré trois années entières, à Genève et à Zürich.`;
    const decoded = decodeBytes(iconv.encode(long, "windows-1252"), "dump.txt");
    expect(decoded.text).toBe(long);
    expect(decoded.messages.map((m) => m.ruleId)).toContain("encoding-guessed");
  });

  it("counts invalid bytes in mostly valid UTF-8", () => {
    const bytes = Buffer.concat([Buffer.from(`${french} `.repeat(20), "utf8"), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(" fin.", "utf8")]);
    const decoded = decodeBytes(bytes, "broken.txt");
    expect(decoded.text).toContain("fin.");
    expect(decoded.messages.map((m) => m.ruleId)).toContain("encoding-guessed");
  });
});

describe("prescanDeclaredCharset", () => {
  it.each([
    ['<meta charset="windows-1252">', "windows-1252"],
    ['<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "ISO-8859-1"],
    ['<?xml version="1.0" encoding="iso-8859-15"?><rss>', "iso-8859-15"],
    ["<p>charset is a word in this sentence</p>", undefined],
  ])("%s → %s", (head, expected) => {
    expect(prescanDeclaredCharset(Buffer.from(head))).toBe(expected);
  });
});

describe("normalizeCharset", () => {
  it.each([
    ["UTF8", "utf-8"],
    ["latin1", "windows-1252"],
    ["us-ascii", "windows-1252"],
    ["Shift_JIS", "shift_jis"],
    [undefined, undefined],
  ])("%s → %s", (label, expected) => {
    expect(normalizeCharset(label)).toBe(expected);
  });
});
