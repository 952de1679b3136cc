/**
 * Writes a folder of hostile inputs (XML attacks, binary, empty, bad encodings, deep nesting, links,
 * pipes, hidden and unreadable entries) mixed with good articles, and says what the batch must
 * make of each. Used by hostile-batch.test.ts; run it alone to get the corpus for probing by hand:
 * `npx tsx test/hostile/hostile-inputs.ts /tmp/hostile`.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, lchownSync, lstatSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { deflateSync, gzipSync } from "node:zlib";

/** What one input must become: its documents' outcomes in order ("stored", "failed", "skipped"). */
export interface HostileCase {
  /** Path relative to the folder, or a command-line argument (a URL) when `argument` is set. */
  name: string;
  outcomes: Array<"stored" | "failed" | "skipped">;
  /** The rule the (first) failure or skip must carry. */
  ruleId?: string;
  argument?: true;
}

/** Good articles differ in their words so none is a duplicate of another. */
const CITIES = ["Lyon", "Nantes", "Rennes", "Dijon", "Brest", "Metz", "Nancy", "Tours", "Reims", "Caen", "Pau", "Nîmes"];

export function goodText(index: number): string {
  const city = CITIES[index % CITIES.length]!;
  return `Le conseil municipal de ${city} vote le budget ${index}\n\nLe conseil municipal de ${city} s'est réuni mardi soir pour la séance numéro ${index}. Les élus ont adopté le budget après un long débat sur les transports, les écoles et la gestion de l'eau. « Nous avançons enfin », a déclaré la maire à l'issue du vote numéro ${index}.\n`;
}

const rss = (prolog: string, items: string) => `<?xml version="1.0" encoding="utf-8"?>\n${prolog}<rss version="2.0"><channel><title>Le Courrier</title>${items}</channel></rss>\n`;
const item = (body: string, title = "Dépêche") => `<item><title>${title}</title><description>${body}</description></item>`;
const atom = (prolog: string, entries: string) => `<?xml version="1.0"?>\n${prolog}<feed xmlns="http://www.w3.org/2005/Atom"><title>Le Courrier</title>${entries}</feed>\n`;

/** Writes the inputs into `dir` (created) and returns the cases, in no particular order. */
export function writeHostileInputs(dir: string): HostileCase[] {
  mkdirSync(dir, { recursive: true });
  const cases: HostileCase[] = [];
  let good = 0;
  const write = (name: string, content: string | Uint8Array, outcomes: HostileCase["outcomes"], ruleId?: string) => {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
    cases.push({ name, outcomes, ...(ruleId ? { ruleId } : {}) });
  };
  const goodFile = (name: string) => write(name, goodText(good++), ["stored"]);
  const refusedFeed = (name: string, content: string) => write(name, content, ["failed"], "feed-refused");

  // Good articles, spread through the batch so a stop anywhere would lose some.
  for (const name of ["00-good.txt", "20-good.txt", "40-good.txt", "60-good.txt", "80-good.txt", "sub/good.txt", "zz-good.txt"]) goodFile(name);
  write("10-good.html", `<!DOCTYPE html><html><head><title>Budget voté</title></head><body><article><h1>Budget voté</h1>${goodText(good++).split("\n\n").map((p) => `<p>${p}</p>`).join("")}</article></body></html>`, ["stored"]);
  write("30-good.json", JSON.stringify({ title: "Budget", text: goodText(good++) }), ["stored"]);
  write("50-good.rss", rss("", item(goodText(good++)) + item(goodText(good++))), ["stored", "stored"]);

  // XML attacks: the parser refuses each; the feed is one failure, the batch goes on.
  refusedFeed("xml/external-entity.rss", rss('<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', item("&xxe; texte")));
  refusedFeed("xml/external-public-entity.rss", rss('<!DOCTYPE rss [<!ENTITY xxe PUBLIC "-//x//y" "http://127.0.0.1:9/e">]>', item("&xxe; texte")));
  refusedFeed("xml/parameter-entity.rss", rss('<!DOCTYPE rss [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;]>', item("texte")));
  refusedFeed("xml/two-doctypes.rss", rss('<!DOCTYPE rss [<!ENTITY a "x">]><!DOCTYPE rss [<!ENTITY b "y">]>', item("&a; texte")));
  refusedFeed("xml/entity-flood.rss", rss(`<!DOCTYPE rss [${Array.from({ length: 1001 }, (_, i) => `<!ENTITY e${i} "x">`).join("")}]>`, item("&e1; texte")));
  refusedFeed("xml/entity-flood-other-root.xml", rss(`<!DOCTYPE r [${Array.from({ length: 1500 }, (_, i) => `<!ENTITY e${i} "x">`).join("")}]>`, item("texte")));
  refusedFeed("xml/huge-entity.rss", rss(`<!DOCTYPE rss [<!ENTITY big "${"x".repeat(10_001)}">]>`, item("&big; texte")));
  refusedFeed("xml/deep-nesting.rss", rss("", `<item><description>t</description>${"<x>".repeat(150)}y${"</x>".repeat(150)}</item>`));
  refusedFeed("xml/proto-tag.rss", rss("", `<item><__proto__><polluted>1</polluted></__proto__><description>texte</description></item>`));
  refusedFeed("xml/constructor-tag.rss", rss("", `<item><constructor>x</constructor><description>texte</description></item>`));
  refusedFeed("xml/atom-external-entity.atom", atom('<!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/hostname">]>', "<entry><title>t</title><content>&x;</content></entry>"));
  refusedFeed("xml/rdf-proto.rdf", `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><channel><title>c</title></channel><item><__proto__>1</__proto__><description>t</description></item></rdf:RDF>`);
  write("xml/truncated.rss", rss("", item(goodText(99))).slice(0, 200), ["failed"], "feed-malformed");
  write("xml/unclosed-doctype.rss", '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "x">\n<rss><channel><item><description>t</description></item></channel></rss>', ["failed"]);
  write("xml/no-items.rss", rss("", ""), ["failed"], "feed-empty");
  write("xml/item-without-content.rss", rss("", "<item><link>http://127.0.0.1/a</link><guid>a</guid></item>"), ["failed"], "feed-item-empty");
  write("xml/mixed-items.rss", rss("", item(goodText(good++)) + "<item><link>http://127.0.0.1/b</link></item>"), ["stored", "failed"]);
  // Entities that do not expand recursively: the parser reads them literally, harmless.
  write("xml/laughs.rss", rss('<!DOCTYPE rss [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;">]>', item(`&c;&c;&c; ${goodText(good++)}`)), ["stored"]);

  // Binary files, by signature and by content.
  write("bin/image.png", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), ["failed"], "input-binary");
  write("bin/photo.jpg", Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]), ["failed"], "input-binary");
  write("bin/archive.zip", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), ["failed"], "input-binary");
  write("bin/article.txt.gz", gzipSync(goodText(98)), ["failed"], "input-binary");
  write("bin/doc.pdf", Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"), ["failed"], "input-binary");
  write("bin/program", Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), ["failed"], "input-binary");
  write("bin/database.db", Buffer.from("SQLite format 3\0\x10\0\x01\x01\0@  "), ["failed"], "input-binary");
  write("bin/random.dat", Uint8Array.from({ length: 4096 }, (_, i) => (i % 7 === 0 ? 0 : (i * 31) % 256)), ["failed"], "input-binary");
  write("bin/deflate.raw", Buffer.concat([Buffer.alloc(64), deflateSync(Buffer.alloc(4096, 0))]), ["failed"], "input-binary");

  // Empty inputs in every disguise.
  write("empty/zero-bytes.txt", "", ["failed"], "input-empty");
  write("empty/whitespace.txt", " \n\t\r\n  ", ["failed"], "input-empty");
  write("empty/bom-only.txt", Uint8Array.from([0xef, 0xbb, 0xbf]), ["failed"], "input-empty");
  write("empty/utf16-spaces.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("   \n", "utf16le")]), ["failed"], "input-empty");
  write("empty/empty-array.json", "[]", ["failed"], "json-empty");

  // Encodings: wrong, unknown or broken declarations are decoded with a warning, and stored.
  write("enc/declared-utf8-is-latin1.html", Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"><title>Élection</title></head><body><p>'), Buffer.from(goodText(good++).replace(/\n/g, " "), "latin1"), Buffer.from("</p></body></html>")]), ["stored"]);
  write("enc/unknown-charset.html", `<html><head><meta charset="x-no-such-charset"><title>Vote</title></head><body><p>${goodText(good++)}</p></body></html>`, ["stored"]);
  write("enc/utf16le-bom.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(goodText(good++), "utf16le")]), ["stored"]);
  write("enc/broken-utf8.txt", Buffer.concat([Buffer.from(goodText(good++)), Buffer.from([0xc3, 0x28, 0xa0, 0xa1])]), ["stored"]);

  // JSON and JSON Lines.
  write("json/malformed.json", '{"title": "x", "text": "coupé', ["failed"]);
  write("json/no-content.json", JSON.stringify({ url: "http://127.0.0.1/x", published: "2024-01-01" }), ["failed"], "json-record-empty");
  write("json/wrong-types.json", JSON.stringify({ title: 42, text: ["pas", "une", "chaîne"] }), ["failed"], "json-record-invalid");
  write("json/deep-array.json", `${"[".repeat(100_000)}${"]".repeat(100_000)}`, ["failed"]);
  write("json/deep-object.json", `${'{"a":'.repeat(20_000)}1${"}".repeat(20_000)}`, ["failed"]);
  write("json/proto-key.json", `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}, "text": ${JSON.stringify(goodText(good++))}}`, ["stored"]);
  write("json/lines-some-bad.jsonl", [JSON.stringify({ text: goodText(good++) }), "{not json", JSON.stringify({ url: "http://127.0.0.1/y" }), JSON.stringify({ text: goodText(good++) })].join("\n"), ["stored", "failed", "failed", "stored"]);

  // Links, pipes, hidden, tool and unreadable entries: listed, never silent.
  symlinkSync(resolve(dir, "00-good.txt"), join(dir, "link-to-good.txt"));
  cases.push({ name: "link-to-good.txt", outcomes: ["skipped"], ruleId: "input-skipped" });
  symlinkSync("loop-b", join(dir, "loop-a"));
  symlinkSync("loop-a", join(dir, "loop-b"));
  cases.push({ name: "loop-a", outcomes: ["skipped"], ruleId: "input-skipped" }, { name: "loop-b", outcomes: ["skipped"], ruleId: "input-skipped" });
  symlinkSync(join(dir, "no-such-target"), join(dir, "dangling-link.txt"));
  cases.push({ name: "dangling-link.txt", outcomes: ["skipped"], ruleId: "input-skipped" });
  symlinkSync(dir, join(dir, "sub", "link-to-parent"));
  cases.push({ name: "sub/link-to-parent", outcomes: ["skipped"], ruleId: "input-skipped" });
  execFileSync("mkfifo", [join(dir, "pipe.txt")]);
  cases.push({ name: "pipe.txt", outcomes: ["skipped"], ruleId: "input-skipped" });
  write(".hidden.txt", goodText(90), ["skipped"], "input-skipped");
  mkdirSync(join(dir, ".cache"));
  writeFileSync(join(dir, ".cache", "article.txt"), goodText(91));
  cases.push({ name: ".cache", outcomes: ["skipped"], ruleId: "input-skipped" });
  mkdirSync(join(dir, "node_modules"));
  cases.push({ name: "node_modules", outcomes: ["skipped"], ruleId: "input-skipped" });
  write("locked/unreadable.txt", goodText(92), ["failed"], "input-unreadable");
  chmodSync(join(dir, "locked", "unreadable.txt"), 0o000);
  mkdirSync(join(dir, "locked", "closed-folder"));
  writeFileSync(join(dir, "locked", "closed-folder", "article.txt"), goodText(93));
  chmodSync(join(dir, "locked", "closed-folder"), 0o000);
  cases.push({ name: "locked/closed-folder", outcomes: ["failed"], ruleId: "input-unreadable" });
  // Names that are not valid UTF-8 cannot be opened through the replaced name Node gives: a failure, named.
  writeFileSync(Buffer.concat([Buffer.from(join(dir, "name-")), Buffer.from([0xff, 0xfe]), Buffer.from(".txt")]), goodText(94));
  cases.push({ name: "name-\uFFFD\uFFFD.txt", outcomes: ["failed"], ruleId: "input-unreadable" });

  // Command-line arguments that are not inputs.
  cases.push(
    { name: "http://[::1", outcomes: ["failed"], ruleId: "url-invalid", argument: true },
    { name: "ftp://127.0.0.1/article.txt", outcomes: ["failed"], ruleId: "url-invalid", argument: true },
    { name: "http://exa mple.org/", outcomes: ["failed"], ruleId: "url-invalid", argument: true },
  );
  return cases;
}

/** The bad lines of a --urls list written beside the folder; each must be one counted failure. */
export function writeHostileUrlList(path: string): HostileCase[] {
  writeFileSync(path, ["# sources", "", "not a url", "http://[::1", "ftp://127.0.0.1/x", "javascript:alert(1)", "https://exa mple.org/"].join("\n"));
  return [3, 4, 5, 6, 7].map((line) => ({ name: `${path}:${line}`, outcomes: ["failed"], ruleId: "url-invalid", argument: true }));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const target = process.argv[2] ?? "hostile-inputs";
  const cases = writeHostileInputs(target);
  process.stdout.write(`${cases.length} inputs written to ${target}\n`);
}

/** Who runs the CLI on the corpus when the tests run as root: permissions bite only for someone else. */
export const NOBODY = { uid: 65534, gid: 65534 };
export const runsAsRoot = process.getuid?.() === 0;

/** Hands the corpus and its URL list to `NOBODY` (chown -R, without following the links the corpus holds). */
export function handToNobody(work: string, dir: string, urlList: string): void {
  chmodSync(work, 0o777);
  chownSync(urlList, NOBODY.uid, NOBODY.gid);
  const walk = (path: string) => {
    lchownSync(path, NOBODY.uid, NOBODY.gid);
    if (lstatSync(path).isDirectory()) for (const name of readdirSync(path)) if (!name.includes("\uFFFD")) walk(join(path, name));
  };
  walk(dir);
}
