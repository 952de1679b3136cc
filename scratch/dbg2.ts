import { entityTokens } from "../src/annotate/stages/entities/entity-tokens.js";
import { findNameMentions, lexiconSets } from "../src/annotate/stages/entities/find-name-mentions.js";
import { gazetteerFor } from "../src/annotate/stages/entities/gazetteer.js";
import { englishEntityLexicon } from "../src/annotate/lang/en/entity-lexicon.js";
import { segmentSentences } from "../src/annotate/stages/sentences.js";
const text = "Jonas Berg met his Danish counterpart, Mette Lund, at the fortress. Lund told reporters that Copenhagen would not comment. Berg said no.";
const g = gazetteerFor(englishEntityLexicon, "en");
const tokens = entityTokens(text, segmentSentences(text, "en"));
for (const n of findNameMentions(tokens, g, lexiconSets(englishEntityLexicon), [])) console.log(text.slice(n.start, n.end), n.type, n.weak, n.place?.kind);
