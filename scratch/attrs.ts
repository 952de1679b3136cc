import { loadSeedCases } from "../eval/seed-articles.js";
for (const c of loadSeedCases("../shared")) {
  console.log("==", c.label);
  for (const a of c.article.annotations.attributes ?? []) console.log(" ", a.slot, a.subject, a.value.slice(0, 60), "|", a.slot === "first" ? "" : a.text);
}
