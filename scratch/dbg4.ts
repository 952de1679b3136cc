import { gazetteerFor, fold } from "../src/annotate/stages/entities/gazetteer.js";
import { frenchEntityLexicon } from "../src/annotate/lang/fr/entity-lexicon.js";
const g = gazetteerFor(frenchEntityLexicon, "fr");
for (const n of ["Zurich", "Brooklyn", "Bologne", "Tessin", "Majorque"]) console.log(n, g.places.get(fold(n)), g.firstNames.has(fold(n)), g.words.has(n.toLowerCase()));
