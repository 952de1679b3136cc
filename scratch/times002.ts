import { readFileSync } from "node:fs";
import { annotateArticle } from "../src/annotate/annotate-article.js";
import { extractArticle } from "../src/extract/extract-article.js";
import { readBytes } from "../src/ingest/read-bytes.js";
for (const f of ["002_098ced50d1f8123c.txt", "003_64bc9f940663e16d.txt"]) {
const [first] = readBytes(readFileSync(`../shared/seeds/${f}`), "x");
const ex = extractArticle((first as any).document);
const a = annotateArticle((ex as any).article);
console.log(a.annotations.times.map((t) => `${t.text}=${t.value}`).join(" | "));
}
