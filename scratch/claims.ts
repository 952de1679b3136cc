import { CorpusConnector } from "../src/connect/connect-corpus.js";
import { loadSeedCases } from "../eval/seed-articles.js";
const cases = loadSeedCases("../shared");
const c = new CorpusConnector();
for (const { article } of cases) c.add(article);
const r = c.result();
const label = new Map(cases.map((s) => [s.article.id, s.label]));
const name = new Map(r.entities.map((e) => [e.id, e.name]));
for (const s of r.stories) {
  console.log("STORY", s.id, s.articleIds.map((id) => label.get(id)));
  for (const cl of s.claims.filter((x) => x.kind === "event")) console.log(" ", cl.category, cl.mode, cl.date, "A:", (cl.actors ?? []).map((i) => name.get(i)).join("/"), "T:", (cl.targets ?? []).map((i) => name.get(i)).join("/"), "P:", cl.place && name.get(cl.place), "src:", [...new Set(cl.supportedBy.map((x) => label.get(x.articleId)))].join(","));
}
