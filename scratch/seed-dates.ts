import { readFileSync, readdirSync } from "node:fs";
import { annotateArticle } from "../src/annotate/annotate-article.js";
import { extractArticle } from "../src/extract/extract-article.js";
import { readBytes } from "../src/ingest/read-bytes.js";
import { articleFeatures } from "../src/connect/article-features.js";
for (const file of readdirSync("../shared/seeds").sort()) {
  const [first] = readBytes(readFileSync(`../shared/seeds/${file}`), file);
  const extracted = first?.ok ? extractArticle(first.document) : null;
  if (!extracted?.ok) continue;
  const article = annotateArticle(extracted.article);
  const f = articleFeatures(article);
  console.log(file.slice(0, 3), article.published, f.mainDate, article.annotations.events.map((e) => e.date).join(","));
}
