import { gazetteerFor } from "../src/annotate/stages/entities/gazetteer.js";
import { englishEntityLexicon } from "../src/annotate/lang/en/entity-lexicon.js";
const g = gazetteerFor(englishEntityLexicon, "en");
console.log(["mette","jonas","chaux-de-fonds","karel","benny"].map((n) => [n, g.firstNames.has(n)]));
