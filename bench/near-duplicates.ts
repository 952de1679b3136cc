/**
 * Worst case of the connect stage (issue 15): one dispatch copied n times (n = 1,000 by default),
 * each copy annotated, then connected. Reports the connect time, the stories, the near-duplicate
 * pairs listed and the dossier's size. `npx tsx bench/near-duplicates.ts [n]`.
 */
import { annotateArticle } from "../src/annotate/annotate-article.js";
import { CorpusConnector } from "../src/connect/connect-corpus.js";
import { makeArticle } from "../test/make-article.js";

const DISPATCH =
  "La Norvège et le Danemark ont signé mardi à Oslo un accord de défense. Le ministre norvégien de la Défense Jonas Berg a rencontré son homologue danoise Mette Lund. « C'est un jour historique », a déclaré Jonas Berg. Les deux pays coopéreront sur la surveillance de la mer du Nord et l'achat de frégates.";

const copies = Number(process.argv[2] ?? 1000);
const articles = Array.from({ length: copies }, (_, index) => {
  const { article } = makeArticle(`${DISPATCH} Reprise ${index}.`, { published: "2024-05-15", outlet: `Journal ${index}`, title: "Accord de défense" });
  return annotateArticle({ ...article, language: "fr" });
});
const started = performance.now();
const connector = new CorpusConnector();
for (const article of articles) connector.add(article);
const { stories } = connector.result();
const seconds = (performance.now() - started) / 1000;
const dossier = JSON.stringify(stories);
process.stdout.write(
  `${JSON.stringify({ copies, stories: stories.length, nearDuplicatePairs: stories.reduce((sum, story) => sum + story.nearDuplicates.length, 0), connectSeconds: Number(seconds.toFixed(2)), storiesMegabytes: Number((dossier.length / 1e6).toFixed(1)), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }, null, 2)}\n`,
);
