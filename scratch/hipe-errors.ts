import { readFileSync } from "node:fs";
import { readHipe } from "../eval/ner-fr.js";
import { segmentSentences } from "../src/annotate/stages/sentences.js";
import { findTimeExpressions } from "../src/annotate/stages/time/find-time-expressions.js";
import { findEntities } from "../src/annotate/stages/entities/find-entities.js";
import { frenchEntityLexicon } from "../src/annotate/lang/fr/entity-lexicon.js";
const docs = readHipe(readFileSync("../shared/data/ner-fr-dev/HIPE-data-v1.4-dev-fr.tsv", "utf8"));
const fp = new Map<string, number>(); const fn = new Map<string, number>(); const wrongType = new Map<string, number>();
let fpN = 0, fnN = 0, wt = 0, bd = 0;
for (const d of docs) {
  const sentences = segmentSentences(d.text, "fr");
  const times = findTimeExpressions(d.text, { language: "fr", published: null, sentences });
  const pred = findEntities(d.text, frenchEntityLexicon, { language: "fr", sentences, times }).filter((e) => e.type !== "MISC").flatMap((e) => e.mentions.filter((m) => m.kind === "name").map((m) => ({ start: m.start, end: m.end, type: e.type, text: m.text })));
  for (const p of pred) {
    const exact = d.gold.find((g) => g.start === p.start && g.end === p.end);
    if (exact && exact.type === p.type) continue;
    if (exact) { wt++; const k = `${p.type}->${exact.type}`; wrongType.set(k, (wrongType.get(k) ?? 0) + 1); if (process.env.SHOW === k) console.log(k, JSON.stringify(p.text), JSON.stringify(d.text.slice(Math.max(0,p.start-40), p.end+20))); continue; }
    const overl = d.gold.find((g) => g.start < p.end && p.start < g.end);
    if (overl) { bd++; if (process.env.SHOW === "bd") console.log("pred", JSON.stringify(p.text), p.type, "gold", JSON.stringify(d.text.slice(overl.start, overl.end)), overl.type); continue; }
    fpN++; const k = `${p.type}`; fp.set(k, (fp.get(k) ?? 0) + 1);
  }
  for (const g of d.gold) if (!pred.some((p) => p.start < g.end && g.start < p.end)) { fnN++; fn.set(g.type, (fn.get(g.type) ?? 0) + 1); }
}
console.log({ fpN, fnN, wt, bd }, fp, fn, wrongType);
