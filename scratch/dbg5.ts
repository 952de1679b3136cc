import { frenchEntityLexicon } from "../src/annotate/lang/fr/entity-lexicon.js";
import { segmentSentences } from "../src/annotate/stages/sentences.js";
import { findEntities } from "../src/annotate/stages/entities/find-entities.js";
for (const text of ["Le navire est parti d'Alexandrie mardi.", "Trois soldats de Tsahal sont arrivés mardi.", "La réunion s'est tenue à Berne, puis Zurich a accueilli les délégués."]) {
  const sentences = segmentSentences(text, "fr");
  console.log(findEntities(text, frenchEntityLexicon, { language: "fr", sentences, times: [] }).map((e) => `${e.type} ${e.name}: ${e.mentions.map((m) => m.text).join("|")}`));
}
