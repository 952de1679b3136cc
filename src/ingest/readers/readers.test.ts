import { describe, expect, it } from "vitest";
import { readBytes } from "../read-bytes.js";
import type { IngestResult } from "../raw-document.js";

const read = (text: string, source = "input") => readBytes(Buffer.from(text, "utf8"), source);
const documents = (results: IngestResult[]) => results.flatMap((result) => (result.ok ? [result.document] : []));
const errors = (results: IngestResult[]) => results.flatMap((result) => (result.ok ? [] : [result.error]));

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Le Journal du Port</title>
<item><title>Le port agrandi</title><link>https://port.example/a</link><pubDate>Tue, 14 Oct 2025 08:00:00 +0200</pubDate>
<dc:creator>Anne Morel</dc:creator><content:encoded><![CDATA[<p>Les travaux d’agrandissement du port ont commencé lundi.</p>]]></content:encoded></item>
<item><title>Sans contenu</title><link>https://port.example/b</link></item>
<item><title>Les dockers en grève</title><link>https://port.example/c</link><description>Les dockers ont cessé le travail &amp; bloqué les quais mardi matin.</description></item>
<item><link>https://port.example/d</link></item>
</channel></rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Notes</title>
<entry><title>Crane arrives</title><link rel="alternate" href="https://harbour.example/1"/><published>2025-10-14T09:00:00Z</published>
<author><name>Tom Reyes</name></author><content type="html">&lt;p&gt;A new crane arrived at the harbour on Monday.&lt;/p&gt;</content></entry>
<entry><title>Night shift</title><link href="https://harbour.example/2"/><updated>2025-10-15T22:00:00Z</updated><summary>The night shift starts next week.</summary></entry>
</feed>`;

describe("feed reader", () => {
  it("turns each RSS item into a document with the item's metadata, a title-only item into its headline, and reports the empty one", () => {
    const results = read(rss, "port.xml");
    const [first, second, third] = documents(results);
    expect(first).toMatchObject({
      source: "port.xml#1",
      container: "rss",
      format: "html",
      metadata: { title: "Le port agrandi", url: "https://port.example/a", authors: ["Anne Morel"], outlet: "Le Journal du Port", published: "Tue, 14 Oct 2025 08:00:00 +0200" },
    });
    expect(first!.raw).toContain("<p>Les travaux d’agrandissement");
    expect(second).toMatchObject({ source: "port.xml#2", format: "text", raw: "Sans contenu" });
    expect(third).toMatchObject({ source: "port.xml#3", format: "text" });
    expect(third!.raw).toBe("Les dockers ont cessé le travail & bloqué les quais mardi matin.");
    expect(errors(results)).toEqual([expect.objectContaining({ ruleId: "feed-item-empty", reason: expect.stringContaining("port.xml#4") })]);
  });

  it("reads Atom entries, with their links, authors and dates", () => {
    const [first, second] = documents(read(atom, "harbour.atom"));
    expect(first).toMatchObject({ container: "atom", metadata: { url: "https://harbour.example/1", authors: ["Tom Reyes"], published: "2025-10-14T09:00:00Z", outlet: "Harbour Notes" } });
    expect(second).toMatchObject({ metadata: { url: "https://harbour.example/2", published: "2025-10-15T22:00:00Z" } });
    expect(second!.raw).toBe("The night shift starts next week.");
  });

  it("keeps an item's modification apart from its publication: Atom <updated> beside <published>, RSS atom:updated and dcterms:modified", () => {
    const updatedAtom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Notes</title>
<entry><title>Crane arrives</title><link href="https://harbour.example/1"/><published>2025-10-14T09:00:00Z</published><updated>2025-10-14T17:30:00Z</updated><summary>A new crane arrived at the harbour on Monday.</summary></entry>
<entry><title>Same stamp</title><link href="https://harbour.example/3"/><published>2025-10-16T08:00:00Z</published><updated>2025-10-16T08:00:00Z</updated><summary>Both stamps are one.</summary></entry>
</feed>`;
    const [changed, same] = documents(read(updatedAtom, "harbour.atom"));
    expect(changed!.metadata).toMatchObject({ published: "2025-10-14T09:00:00Z", modified: "2025-10-14T17:30:00Z" });
    expect(same!.metadata).not.toHaveProperty("modified");
    // An entry with <updated> alone is dated by it: its only date, read as the publication.
    const [, onlyUpdated] = documents(read(atom, "harbour.atom"));
    expect(onlyUpdated!.metadata).toMatchObject({ published: "2025-10-15T22:00:00Z" });
    expect(onlyUpdated!.metadata).not.toHaveProperty("modified");
    const updatedRss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dcterms="http://purl.org/dc/terms/">
<channel><title>Le Journal du Port</title>
<item><title>Le port agrandi</title><link>https://port.example/a</link><pubDate>Tue, 14 Oct 2025 08:00:00 +0200</pubDate><atom:updated>2025-10-14T16:45:00+02:00</atom:updated><description>Les travaux ont commencé lundi.</description></item>
<item><title>Grève levée</title><link>https://port.example/b</link><pubDate>Wed, 15 Oct 2025 07:00:00 +0200</pubDate><dcterms:modified>2025-10-15T12:00:00+02:00</dcterms:modified><description>Les dockers ont repris le travail.</description></item>
</channel></rss>`;
    expect(documents(read(updatedRss, "port.xml")).map((document) => document.metadata.modified)).toEqual(["2025-10-14T16:45:00+02:00", "2025-10-15T12:00:00+02:00"]);
  });

  it("reports a feed that is not well-formed XML, with where it breaks", () => {
    const results = read(rss.slice(0, 400), "cut.rss");
    expect(documents(results)).toEqual([]);
    expect(errors(results)[0]).toMatchObject({ ruleId: "feed-malformed", severity: "error", reason: expect.stringMatching(/^cut\.rss: not a valid RSS\/Atom feed \(.+ at line \d+:\d+\)/) });
  });
});

describe("JSON reader", () => {
  it("reads JSON Lines records, with their stated metadata", () => {
    const lines = [
      JSON.stringify({ url: "https://a.example/1", title: "Titre un", date: "2025-10-14", author: ["Ana Ruiz", { name: "Bo Lind" }], html: "<p>Premier.</p>" }),
      "{not json",
      JSON.stringify({ title: "Sans texte" }),
      JSON.stringify({ headline: "Titre quatre", published: "15/10/2025", body: "Quatrième article." }),
      JSON.stringify({ url: "https://a.example/5" }),
    ].join("\n");
    const results = read(lines, "records.jsonl");
    const docs = documents(results);
    expect(docs).toHaveLength(3);
    expect(docs[0]).toMatchObject({ source: "records.jsonl#1", container: "jsonl", format: "html", metadata: { title: "Titre un", authors: ["Ana Ruiz", "Bo Lind"], published: "2025-10-14" } });
    expect(docs[1]).toMatchObject({ source: "records.jsonl#3", format: "text", raw: "Sans texte", metadata: { title: "Sans texte" } });
    expect(docs[2]).toMatchObject({ source: "records.jsonl#4", format: "text", raw: "Quatrième article.", metadata: { title: "Titre quatre" } });
    expect(errors(results).map((error) => error.ruleId)).toEqual(["json-malformed", "json-record-empty"]);
    expect(errors(results)[0]!.reason).toMatch(/^records\.jsonl#2: not valid JSON/);
  });

  it("reads a JSON array, and a single record as the file itself", () => {
    expect(documents(read(JSON.stringify([{ text: "Un." }, { text: "Deux." }]), "list.json")).map((d) => d.source)).toEqual(["list.json#1", "list.json#2"]);
    expect(documents(read(JSON.stringify({ text: "Seul." }), "one.json")).map((d) => d.source)).toEqual(["one.json"]);
  });

  it("keeps a record's modification (dateModified, news-please's date_modify) apart from its publication, and a modification field that is no date out", () => {
    const lines = [
      JSON.stringify({ url: "https://a.example/1", datePublished: "2025-10-14T08:00:00Z", dateModified: "2025-10-14T18:20:00Z", text: "Premier." }),
      JSON.stringify({ url: "https://a.example/2", date_publish: "2025-10-15 07:00:00", date_modify: "2025-10-16 09:30:00", text: "Deuxième." }),
      JSON.stringify({ url: "https://a.example/3", date: "2025-10-17", updated: true, text: "Troisième." }),
    ].join("\n");
    const [first, second, third] = documents(read(lines, "records.jsonl"));
    expect(first!.metadata).toMatchObject({ published: "2025-10-14T08:00:00Z", modified: "2025-10-14T18:20:00Z" });
    expect(second!.metadata).toMatchObject({ published: "2025-10-15 07:00:00", modified: "2025-10-16 09:30:00" });
    expect(third!.metadata).toMatchObject({ published: "2025-10-17" });
    expect(third!.metadata).not.toHaveProperty("modified");
  });

  it("rejects records whose fields have the wrong types", () => {
    expect(errors(read(JSON.stringify([{ text: 42 }]), "bad.json"))[0]).toMatchObject({ ruleId: "json-record-invalid" });
  });
});

describe("readBytes", () => {
  it("refuses empty and blank inputs", () => {
    expect(errors(readBytes(new Uint8Array(), "empty.txt"))[0]).toMatchObject({ ruleId: "input-empty", reason: expect.stringContaining("empty.txt") });
    expect(errors(read(" \n\t\n", "blank.txt"))[0]).toMatchObject({ ruleId: "input-empty" });
  });

  it("refuses binary inputs and says what they are", () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(errors(readBytes(png, "photo.jpg"))[0]!.reason).toBe("photo.jpg: a PNG image, not an article; give HTML, plain text, JSON(L) or RSS/Atom.");
  });

  it("keeps the URL a document was fetched from", () => {
    expect(documents(readBytes(Buffer.from("Un texte."), "u", { url: "https://x.example/a" }))[0]!.metadata.url).toBe("https://x.example/a");
  });
});
