/** A stated modification is kept apart from the publication, and only when later than it. */
import { describe, expect, it } from "vitest";
import { readBytes } from "../ingest/read-bytes.js";
import { extractArticle } from "./extract-article.js";
import { isLaterThan, statedModification } from "./modification-date.js";

describe("isLaterThan", () => {
  it.each([
    ["2024-02-08T08:10", "2024-02-07", true],
    ["2024-02-07T16:43", "2024-02-07", true],
    ["2024-02-07", "2024-02-07T19:45", false],
    ["2024-02-07T08:00", "2024-02-07T08:00", false],
    ["2024-02-06T23:00", "2024-02-07", false],
  ])("%s after %s: %s", (modified, published, later) => expect(isLaterThan(modified, published)).toBe(later));
});

describe("statedModification", () => {
  const feed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Notes</title>
<entry><title>Crane arrives</title><link href="https://harbour.example/1"/><published>2025-10-14T09:00:00Z</published><updated>2025-10-14T17:30:00Z</updated><summary>A new crane arrived at the harbour on Monday.</summary></entry>
</feed>`;

  it("normalises a feed item's <updated> as the publication is, with the words it was read from", () => {
    const [result] = readBytes(Buffer.from(feed), "harbour.atom");
    if (!result?.ok) throw new Error("the feed should read");
    expect(statedModification(result.document.metadata, "2025-10-14T09:00")).toEqual({
      modified: "2025-10-14T17:30",
      modifiedSource: { kind: "container", inferred: false, evidence: "2025-10-14T17:30:00Z" },
    });
    expect(statedModification(result.document.metadata, "2025-10-15")).toBeNull();
  });

  it("gives nothing for a record that states no modification, or one that is no date", () => {
    expect(statedModification({ published: "2025-10-14" }, "2025-10-14")).toBeNull();
    expect(statedModification({ modified: "soon" }, null)).toBeNull();
  });
});

describe("an article read from a feed item", () => {
  it("carries the item's <updated> as its modification, apart from its publication", () => {
    const feed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Notes</title>
<entry><title>Crane arrives</title><link href="https://harbour.example/1"/><published>2025-10-14T09:00:00Z</published><updated>2025-10-15T07:45:00Z</updated>
<content type="html">&lt;p&gt;A new crane arrived at the harbour on Monday, the port authority said. It will unload container ships from next week.&lt;/p&gt;</content></entry>
</feed>`;
    const [read] = readBytes(Buffer.from(feed), "harbour.atom");
    if (!read?.ok) throw new Error("the feed should read");
    const extracted = extractArticle(read.document);
    if (!extracted.ok) throw new Error(extracted.error.reason);
    expect(extracted.article).toMatchObject({ published: "2025-10-14T09:00", modified: "2025-10-15T07:45", modifiedSource: { kind: "container" } });
  });
});
