import { readFileSync } from "node:fs";
import { readHipe } from "../eval/ner-fr.js";
import { segmentSentences } from "../src/annotate/stages/sentences.js";
import { findTimeExpressions } from "../src/annotate/stages/time/find-time-expressions.js";
import { findEntities } from "../src/annotate/stages/entities/find-entities.js";
import { frenchEntityLexicon } from "../src/annotate/lang/fr/entity-lexicon.js";
const docs = readHipe(readFileSync("../shared/data/ner-fr-dev/HIPE-data-v1.4-dev-fr.tsv", "utf8"));
for (const d of docs) {
  const sentences = segmentSentences(d.text, "fr");
  const times = findTimeExpressions(d.text, { language: "fr", published: null, sentences });
  for (const e of findEntities(d.text, frenchEntityLexicon, { language: "fr", sentences, times })) {
    if (e.type !== "PER") continue;
    for (const m of e.mentions) if (m.kind === "name" && !m.text.includes(" ")) {
      const g = d.gold.find((x) => x.start === m.start && x.end === m.end);
      console.log(m.text, "|", e.name, "| gold:", g?.type ?? "none");
    }
  }
}
