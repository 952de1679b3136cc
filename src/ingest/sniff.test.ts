import { describe, expect, it } from "vitest";
import { detectBinary, sniffContainer } from "./sniff.js";

describe("sniffContainer", () => {
  it.each([
    ["<!DOCTYPE html><html><body><p>x</p></body></html>", "page.txt", "html"],
    ['<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', "feed.html", "rss"],
    ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><channel/></rdf:RDF>', "x", "rss"],
    ['<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>', "x.xml", "atom"],
    ['{"url":"https://a.example","text":"Le texte."}', "one.json", "json"],
    ['[{"text":"a"},{"text":"b"}]', "many.json", "json"],
    ['{"text":"a"}\n{"text":"b"}\n', "lines.txt", "jsonl"],
    ["<div class=a><p>Texte</p><p>Suite</p></div>", "fragment.txt", "html"],
    [`<?xml version="1.0"?><!-- a --><!DOCTYPE r [${'<!ENTITY e "x">'.repeat(300)}]><rss version="2.0"><channel/></rss>`, "long-doctype.txt", "rss"],
    [`<!DOCTYPE feed [${'<!ENTITY e "x">'.repeat(300)}]><feed><entry/></feed>`, "x", "atom"],
    ['<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "x">\n<rss><channel></channel></rss>', "unclosed-doctype.rss", "rss"],
    ["<?xml version=\"1.0\"?><!-- never closed <rss>", "x", "rss"],
  ])("reads %s as %s", (head, name, expected) => {
    expect(sniffContainer(head, name)).toBe(expected);
  });

  it.each([
    ["<<ILH>> Le ministre a parlé. Il a dit que a < b et c > d.", "a dump that quotes angle brackets"],
    ["{Note de la rédaction} Le texte a été mis à jour.", "a dump that starts with a brace"],
    ["[Mis à jour] Le conseil a voté hier soir.", "a dump that starts with a bracket"],
    ["Par Jeanne Martin\nPublié le 14-10-2025\n\nLe conseil municipal a voté.", "a plain dump"],
  ])("does not take %s for anything but text (%s)", (head) => {
    expect(sniffContainer(head, "dump.txt")).toBe("text");
  });

  it("lets the HTTP media type settle a feed served without a declaration", () => {
    expect(sniffContainer("<channel><item></item></channel>", "u", "application/rss+xml")).toBe("rss");
  });
});

describe("detectBinary", () => {
  it.each([
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], "a PNG image"],
    [[0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], "a ZIP archive (or an Office document)"],
    [[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], "a PDF document"],
    [[0x1f, 0x8b, 0x08, 0x00], "gzip-compressed data"],
    [[0x00, 0x01, 0x00, 0x02, 0x00, 0x03, 0x41, 0x00], "binary data"],
  ])("names %j as %s", (bytes, label) => {
    expect(detectBinary(Uint8Array.from(bytes))).toBe(label);
  });

  it("takes a few stray NULs in otherwise readable text for text, and NULs among other control bytes for binary", () => {
    expect(detectBinary(Buffer.from("Le conseil a voté\0 le budget.\n", "utf8"))).toBeNull();
    expect(detectBinary(Buffer.from("a\0b\0c\0d\0", "utf8"))).toBeNull();
    expect(detectBinary(Buffer.from("a\0b\0c\0d\0e\0", "utf8"))).toBe("binary data");
    expect(detectBinary(Uint8Array.from([0x41, 0x00, 0x01, 0x02, 0x42, 0x43]))).toBe("binary data");
  });

  it("accepts text, including UTF-16 with its byte-order mark", () => {
    expect(detectBinary(Buffer.from("Le texte de l’article.", "utf8"))).toBeNull();
    expect(detectBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Texte", "utf16le")]))).toBeNull();
  });
});
