/**
 * Each annotation stage timed alone over precomputed upstream annotations, in µs per article:
 * a quicker, steadier signal than the pipeline prefixes of `npm run bench`, whose later prefixes
 * also carry the collection of the earlier stages' garbage.
 * `npx tsx bench/stage-costs.ts [articles=500] [rounds=7] [stage,stage…]`
 */
import { annotateArticle } from "../src/annotate/annotate-article.js";
import { attributeLexiconFor, eventLexiconFor, quoteLexiconFor } from "../src/annotate/lang/index.js";
import { segmentSentences } from "../src/annotate/stages/sentences.js";
import { findTimeExpressions } from "../src/annotate/stages/time/find-time-expressions.js";
import { findQuotes } from "../src/annotate/stages/quotes/find-quotes.js";
import { findReportedSpeech } from "../src/annotate/stages/quotes/find-reported-speech.js";
import { linkSpeakers } from "../src/annotate/stages/quotes/link-speakers.js";
import { findEntities } from "../src/annotate/stages/entities/find-entities.js";
import { frenchEntityLexicon } from "../src/annotate/lang/fr/entity-lexicon.js";
import { findEvents } from "../src/annotate/stages/events/find-events.js";
import { findAttributes } from "../src/annotate/stages/attributes/find-attributes.js";
import { makeArticle } from "../test/make-article.js";
import { frenchArticle } from "./annotation.js";

const count = Number(process.argv[2] ?? 500);
const rounds = Number(process.argv[3] ?? 7);
const only = process.argv[4];
const articles = Array.from({ length: count }, (_, i) => {
  const article = { ...makeArticle(frenchArticle(i), { published: "2024-05-15" }).article, language: "fr" };
  return { article, annotations: annotateArticle(article).annotations };
});
const quoteLexicon = quoteLexiconFor("fr")!;
const eventLexicon = eventLexiconFor("fr")!;
const attributeLexicon = attributeLexiconFor("fr")!;
const stages: Record<string, (item: (typeof articles)[number]) => unknown> = {
  sentences: ({ article }) => segmentSentences(article.text, "fr"),
  times: ({ article, annotations }) => findTimeExpressions(article.text, { language: "fr", published: article.published, sentences: annotations.sentences }),
  entities: ({ article, annotations }) => findEntities(article.text, frenchEntityLexicon, { language: "fr", sentences: annotations.sentences, times: annotations.times }),
  quotes: ({ article, annotations }) => {
    const direct = findQuotes(article.text, quoteLexicon);
    const reported = findReportedSpeech(article.text, quoteLexicon, annotations.entities, direct);
    return linkSpeakers([...direct, ...reported].sort((a, b) => a.start - b.start), annotations.entities, article.text, quoteLexicon);
  },
  events: ({ article, annotations }) => findEvents(article.text, eventLexicon, { sentences: annotations.sentences, entities: annotations.entities, times: annotations.times, published: article.published }),
  attributes: ({ article, annotations }) => findAttributes(article.text, attributeLexicon, { sentences: annotations.sentences, entities: annotations.entities }),
};
const results: Record<string, number[]> = {};
for (let round = 0; round < rounds; round += 1) {
  for (const [name, run] of Object.entries(stages)) {
    if (only && !only.split(",").includes(name)) continue;
    const started = performance.now();
    for (const item of articles) run(item);
    (results[name] ??= []).push(((performance.now() - started) * 1000) / count);
  }
}
for (const [name, times] of Object.entries(results)) {
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`${name.padEnd(11)} median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1).padStart(7)} µs/article  min ${sorted[0]!.toFixed(1)}`);
}
