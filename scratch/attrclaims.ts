import { CorpusConnector } from "../src/connect/connect-corpus.js";
import { loadSeedCases } from "../eval/seed-articles.js";
const cases = loadSeedCases("../shared");
const c = new CorpusConnector();
for (const { article } of cases) c.add(article);
const r = c.result();
const label = new Map(cases.map((s) => [s.article.id, s.label]));
for (const s of r.stories) {
  console.log("STORY", s.id);
  for (const cl of s.claims.filter((x) => x.kind === "attribute")) console.log(" ", cl.statement.slice(0, 250), "| src:", [...new Set(cl.supportedBy.map((x) => label.get(x.articleId)))].join(","));
}
