import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readBytes } from "./read-bytes.js";

/** Pieces of feeds and their attacks, shuffled by fast-check into inputs no one wrote by hand. */
const XML_PIECES = ['<?xml version="1.0"?>', "<!DOCTYPE rss [", '<!ENTITY a "x">', '<!ENTITY b SYSTEM "file:///etc/passwd">', "<!ENTITY % p 'x'>", "]>", "<rss>", "<channel>", "<item>", "<description>", "&a;", "&b;", "texte", "</description>", "</item>", "<__proto__>", "<constructor>", "<!--", "-->", "<![CDATA[", "]]>", "</channel>", "</rss>", "<feed>", "</feed>", "{", "[", '"text":', "}", "]"];

describe("readBytes", () => {
  it("reads a short text with a stray NUL, the NUL as U+FFFD with a warning naming the file", () => {
    const result = readBytes(Buffer.from("Le conseil municipal a voté le budget\0 mardi soir.\n", "utf8"), "note.txt")[0]!;
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.raw).toBe("Le conseil municipal a voté le budget\uFFFD mardi soir.\n");
    expect(result.document.messages).toContainEqual(expect.objectContaining({ ruleId: "nul-bytes", severity: "warning", reason: expect.stringMatching(/^note\.txt: 1 NUL byte /u) }));
  });

  it("never throws and always gives the input an outcome, whatever the bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const results = readBytes(bytes, "random.bin");
        expect(results.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on feed-like text built from attack pieces", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...XML_PIECES), { maxLength: 40 }), (pieces) => {
        const results = readBytes(Buffer.from(pieces.join("")), "feed.rss");
        expect(results.length).toBeGreaterThan(0);
        for (const result of results) if (!result.ok) expect(result.error.reason).not.toContain("\n");
      }),
      { numRuns: 500 },
    );
  });
});
