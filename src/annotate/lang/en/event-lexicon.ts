/** English event triggers for PLOVER categories: data only; the event stage reads it. */
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
    { pattern: "(?:visit(?:ed|s|ing)?|tour(?:ed)?|trip|travel(?:l)?ed\\s+to|arrived\\s+in|landed\\s+in)", category: "CONSULT", mode: "visit" },
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
    { pattern: "(?:arrest(?:ed|s)?|detained)", category: "COERCE", mode: "arrest" },
    { pattern: "(?:attack(?:ed|s)?|strikes|bomb(?:ed|ing)|killed|assassinat(?:ed|ion))", category: "ASSAULT", mode: "attack" },
    { pattern: "(?:withdrew\\s+(?:its|their)\\s+troops|ceasefire|cease-fire|truce)", category: "RETREAT", mode: "de-escalate" },
  ],
  targetPrepositions: ["with", "to", "against", "toward", "towards"],
  agentPrepositions: ["by"],
  placePrepositions: ["in", "at"],
  passiveMarkers: ["been", "was", "were", "is", "are"],
  backgroundPrepositions: ["since", "after", "before", "until"],
};
