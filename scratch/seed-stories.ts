import { readFileSync, readdirSync } from "node:fs";
import { annotateArticle } from "../src/annotate/annotate-article.js";
import { extractArticle } from "../src/extract/extract-article.js";
import { readBytes } from "../src/ingest/read-bytes.js";
import { CorpusConnector } from "../src/connect/connect-corpus.js";
const arts = [];
for (const file of readdirSync("../shared/seeds").sort()) {
  const [first] = readBytes(readFileSync(`../shared/seeds/${file}`), file);
  const extracted = first?.ok ? extractArticle(first.document) : null;
  if (!extracted?.ok) continue;
  arts.push([file.slice(0, 3), annotateArticle(extracted.article)] as const);
}
for (const order of [arts, [...arts].reverse()]) {
  const c = new CorpusConnector();
  for (const [, a] of order) c.add(a);
  const r = c.result();
  const label = new Map(arts.map(([l, a]) => [a.id, l]));
  console.log(r.stories.map((s) => `${s.id}: ${s.articleIds.map((id) => label.get(id)).join(",")} related ${s.relatedStories}`).join(" | "));
}
import { articleFeatures } from "../src/connect/article-features.js";
const feats = arts.map(([l, a]) => [l, articleFeatures(a)] as const);
const norm = (t: Map<string, number>) => Math.sqrt([...t.values()].reduce((s, c) => s + c * c, 0));
for (let i = 0; i < feats.length; i++) for (let j = i + 1; j < feats.length; j++) {
  const [la, fa] = feats[i]!; const [lb, fb] = feats[j]!;
  let dot = 0; for (const [t, c] of fa.terms) dot += c * (fb.terms.get(t) ?? 0);
  const cos = dot / (norm(fa.terms) * norm(fb.terms));
  const w = (k: string) => (k.startsWith("LOC:") ? 0.5 : 1);
  const setB = new Set(fb.entityKeys); let sh = 0, tot = 0;
  for (const k of new Set([...fa.entityKeys, ...fb.entityKeys])) { tot += w(k); if (setB.has(k) && fa.entityKeys.includes(k)) sh += w(k); }
  console.log(la, lb, "terms", cos.toFixed(3), "ent", (sh / tot).toFixed(3));
}
