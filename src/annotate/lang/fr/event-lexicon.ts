/** French event triggers for PLOVER categories: data only; the event stage reads it. */
import type { EventLexicon } from "../event-lexicon.js";

const AGREEMENT = "(?:accords?|protocoles?|trait[ée]s?|m[ée]morandum|conventions?|contrats?|accord-cadre|entente)";

export const frenchEventLexicon: EventLexicon = {
  triggers: [
    { pattern: "(?:entretenus?|entretenue?s?|appel(?:é|s)?|parl[ée]|échang[ée])\\s+(?:au|par)\\s+t[ée]l[ée]phone|appels?\\s+t[ée]l[ée]phoniques?|entretien\\s+t[ée]l[ée]phonique", category: "CONSULT", mode: "phone-call" },
    { pattern: "sign(?:é|ée|és|ées|er|era|eront|erait|ent|e|ant|ature|ataires?)", category: "AGREE", mode: "sign-agreement", requires: AGREEMENT },
    { pattern: "(?:conclu|concluent|conclure|paraph[ée]s?)", category: "AGREE", mode: "sign-agreement", requires: AGREEMENT },
    { pattern: "normalis(?:er|é|ée|ation|ent)|(?:reprise|rétablissement|rétabli(?:ssent|r)?|repris)(?:,[^,]{1,30},)?\\s+(?:de\\s+(?:leurs|ses)|des)\\s+relations", category: "AGREE", mode: "normalize-relations" },
    { pattern: "(?:consenti|approuv[ée]e?s?|autoris[ée]e?s?)", category: "AGREE", mode: "approve", requires: "(?:vente|acquisition|achat|demande|livraison|exportation)s?" },
    { pattern: "(?:convenu|décidé|accept[ée]e?s?)", category: "AGREE", mode: "agree" },
    { pattern: "(?:en\\s+visite|visit(?:e|é|er|ait|era|ent)|tourn[ée]e|d[ée]placement|(?:s['’]est|se)\\s+rend(?:u|re|ra)|atterri)", category: "CONSULT", mode: "visit" },
    { pattern: "(?:rencontr(?:e|é|er|era|ent|ait)|réunions?|entretenu|entretiens?|s['’]est\\s+entretenu)", category: "CONSULT", mode: "meet" },
    { pattern: "(?:pourparlers|n[ée]gociations?|n[ée]goci(?:er|é|ent))", category: "CONSULT", mode: "negotiate" },
    { pattern: "(?:coop[ée]ration|coop[ée]r(?:er|ent|é)|collaboration|partenariat)", category: "COOPERATE", mode: "cooperate" },
    { pattern: "(?:entraînements?|exercices?|manœuvres)\\s+(?:militaires\\s+)?conjoint(?:e|s|es)?", category: "COOPERATE", mode: "joint-exercises" },
    { pattern: "(?:aide|assistance|soutien|livr(?:é|er|aison))", category: "AID", mode: "aid" },
    { pattern: "(?:nie|ni[ée]|d[ée]ment|d[ée]menti)", category: "REJECT", mode: "deny" },
    { pattern: "(?:refus(?:é|e|er|ent|ait)|rejet(?:é|te|ter)|rejeté)", category: "REJECT", mode: "refuse" },
    { pattern: "(?:retrait|retir[ée]|se\\s+retirer)", category: "REJECT", mode: "withdraw", requires: AGREEMENT },
    { pattern: "(?:demande|demand[ée]|r[ée]clam(?:e|é|er)|sollicit[ée])", category: "REQUEST", mode: "request" },
    { pattern: "(?:accus(?:e|é|ée|er|ent|ation)|reproch(?:e|é))", category: "ACCUSE", mode: "accuse" },
    { pattern: "(?:plaintes?|poursuites?\\s+judiciaires?)", category: "ACCUSE", mode: "sue" },
    { pattern: "(?:menac(?:e|é|er|ent|es)|usage\\s+de\\s+la\\s+force)", category: "THREATEN", mode: "threaten" },
    { pattern: "(?:manifest(?:ation|ants|é|er|ent)|protest(?:ation|é|er)|grève)", category: "PROTEST", mode: "protest" },
    { pattern: "(?:sanctions?|sanctionn[ée]|embargo|rompu(?:es)?|rupture|expuls[ée])", category: "SANCTION", mode: "sanction" },
    { pattern: "(?:d[ée]ploi(?:e|é)?|d[ée]ploy[ée]|mobilis(?:é|ation|er))", category: "MOBILIZE", mode: "mobilize" },
    { pattern: "(?:arrest(?:ation|é)|arrêt[ée]e?s?|d[ée]tenu)", category: "COERCE", mode: "arrest" },
    { pattern: "(?:attaqu(?:e|é|er|ent)|frappes?|bombard(?:é|ement)|tu[ée]s?|assassin(?:é|at))", category: "ASSAULT", mode: "attack" },
    { pattern: "(?:retir(?:é|er)\\s+(?:ses|leurs)\\s+troupes|cessez-le-feu|trêve)", category: "RETREAT", mode: "de-escalate" },
  ],
  targetPrepositions: ["avec", "à", "au", "aux", "contre", "envers", "vers"],
  agentPrepositions: ["par"],
  placePrepositions: ["à", "au", "en", "dans"],
  passiveMarkers: ["été"],
  backgroundPrepositions: ["depuis", "après", "avant"],
};
