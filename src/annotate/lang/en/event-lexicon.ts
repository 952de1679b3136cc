/**
 * English event triggers for PLOVER categories: data only; the event stage reads it. The list is
 * kept as it was: English story clustering dates undated articles by their events, and the wider
 * French list of crowd protests, repression and violence moved stories-en's B³ (0.891 → 0.884).
 */
import type { EventLexicon } from "../event-lexicon.js";

const AGREEMENT = "(?:agreements?|accords?|deals?|treat(?:y|ies)|memorand(?:um|a)|conventions?|contracts?|pacts?|framework)";

export const englishEventLexicon: EventLexicon = {
  triggers: [
    { pattern: "(?:spoke|talked|speaks|talks)\\s+(?:by|on\\s+the)\\s+(?:tele)?phone|phone\\s+(?:call|conversation)s?|called", category: "CONSULT", mode: "phone-call" },
    { pattern: "sign(?:ed|s|ing|ature|atories?)?", category: "AGREE", mode: "sign-agreement", requires: AGREEMENT },
    { pattern: "(?:concluded|sealed|initialled|initialed|struck)", category: "AGREE", mode: "sign-agreement", requires: AGREEMENT },
    { pattern: "normali[sz](?:e|ed|es|ing|ation)|(?:resum(?:ed|ption\\s+of)|restor(?:ed|ation\\s+of)|re-?establish(?:ed|ment\\s+of))\\s+(?:full\\s+|diplomatic\\s+)*(?:ties|relations)", category: "AGREE", mode: "normalize-relations" },
    { pattern: "(?:approved|authori[sz]ed|cleared)", category: "AGREE", mode: "approve", requires: "(?:sales?|purchases?|requests?|deliver(?:y|ies)|exports?)" },
    { pattern: "(?:agreed|decided|accepted)", category: "AGREE", mode: "agree" },
    { pattern: "(?:visit(?:ed|s|ing)?|tour(?:ed)?|trip|travel(?:l)?ed\\s+to|arrived\\s+in|landed\\s+in)", category: "CONSULT", mode: "visit", placeIsTarget: true },
    { pattern: "(?:met|meet(?:s|ing)?|talks\\s+with|held\\s+talks)", category: "CONSULT", mode: "meet" },
    { pattern: "(?:negotiat(?:e|ed|es|ing|ions?))", category: "CONSULT", mode: "negotiate" },
    { pattern: "(?:cooperat(?:e|ed|es|ing|ion)|co-operation|collaborat(?:e|ed|ion)|partnership)", category: "COOPERATE", mode: "cooperate" },
    { pattern: "joint\\s+(?:military\\s+)?(?:exercises?|drills?|training|manoeuvres|maneuvers)", category: "COOPERATE", mode: "joint-exercises" },
    { pattern: "(?:aid|assistance|support(?:ed)?|deliver(?:ed|y))", category: "AID", mode: "aid" },
    { pattern: "(?:denied|denies|deny)", category: "REJECT", mode: "deny" },
    { pattern: "(?:refused|rejected|refuses|rejects)", category: "REJECT", mode: "refuse" },
    { pattern: "(?:withdr(?:ew|awn|aw)|pulled\\s+out)", category: "REJECT", mode: "withdraw", requires: AGREEMENT },
    { pattern: "(?:requested|asked\\s+for|demanded|called\\s+for)", category: "REQUEST", mode: "request" },
    { pattern: "(?:accus(?:ed|es|ation)|blamed)", category: "ACCUSE", mode: "accuse" },
    { pattern: "(?:sued|lawsuits?|complaints?)", category: "ACCUSE", mode: "sue" },
    { pattern: "(?:threat(?:en|ened|ens)?|use\\s+of\\s+force)", category: "THREATEN", mode: "threaten" },
    { pattern: "(?:protest(?:s|ed|ers)?|demonstrat(?:ion|ors|ed)|strike)", category: "PROTEST", mode: "protest" },
    { pattern: "(?:sanction(?:s|ed)?|embargo|severed|expelled)", category: "SANCTION", mode: "sanction" },
    { pattern: "(?:deploy(?:ed|ment)?|mobili[sz](?:ed|ation))", category: "MOBILIZE", mode: "mobilize" },
    { pattern: "(?:arrest(?:ed|s)?|detained)", category: "COERCE", mode: "arrest", genitive: "target" },
    { pattern: "(?:attack(?:ed|s)?|strikes|bomb(?:ed|ing)|killed|assassinat(?:ed|ion))", category: "ASSAULT", mode: "attack", genitive: "target" },
    { pattern: "(?:withdrew\\s+(?:its|their)\\s+troops|ceasefire|cease-fire|truce)", category: "RETREAT", mode: "de-escalate" },
  ],
  targetPrepositions: ["with", "to", "against", "toward", "towards"],
  agentPrepositions: ["by"],
  placePrepositions: ["in", "at"],
  passiveMarkers: ["been", "was", "were", "is", "are", "felt", "feel", "feels"],
  backgroundPrepositions: ["since", "after", "before", "until"],
  clause: {
    prepositions: [
      "to", "with", "against", "of", "by", "for", "on", "in", "at", "into", "from", "toward", "towards", "between", "among", "during", "after", "before", "since",
      "without", "under", "despite", "near", "about", "over", "through", "via", "like", "as", "than", "according",
    ],
    contractedPrepositions: [],
    determiners: ["all", "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "new"],
    prenominalAdjectives: ["violent", "brutal", "bloody", "deadly", "double", "first", "last", "latest", "recent", "massive", "mass", "large", "huge", "major", "fresh", "renewed", "alleged", "planned", "possible"],
    possessiveDeterminers: ["his", "her", "its", "their"],
    undergoVerbs: ["suffered", "suffers", "received", "receives", "underwent", "victim", "victims"],
    genitivePrepositions: ["of"],
    betweenPrepositions: ["between"],
    complementizers: ["that", "when", "because", "whether", "if", "where"],
    relativePronouns: ["who", "whom", "whose", "which", "that", "where"],
    quantityPhrases: ["up to", "more than", "fewer than", "less than", "as many as", "at least"],
    clauseConjunctions: ["but", "yet", "while", "whereas", "although", "though"],
    coordinators: ["and", "or", "as well as"],
    subjectPronouns: ["he", "she", "they", "it"],
    progressiveEnding: "ing",
    singularPronouns: ["he", "she", "it"],
    weakPassiveMarkers: ["is", "are", "was", "were", "be", "being", "get", "got"],
    negations: ["not", "never", "no", "n't", "neither", "nor", "without", "refused to", "refuses to", "refusing to", "declined to", "failed to"],
    reportCues: ["according to", "said that", "says that", "claimed that", "claims that", "reported that", "reports that", "alleged that", "alleges that"],
    hearsayCues: ["reportedly", "allegedly", "alleged", "purportedly", "suspected"],
    plannedCues: ["will", "would", "shall", "'ll", "going to", "plans to", "plan to", "planned", "is to", "are to", "is due to", "are due to", "expected to", "set to", "intends to", "called for", "calls for", "calling for", "urged", "urges"],
    responsibilityPhrases: ["responsible for", "guilty of", "author of", "authors of", "to blame for", "behind the"],
    allegingVerbStems: ["accus", "blam", "attribut"],
    presentParticipleEnding: "ing",
    indefiniteDeterminers: ["a", "an"],
    conditionCues: ["if", "unless", "in case of", "provided that", "in the event of"],
  },
};
