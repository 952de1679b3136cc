/** French words of attribution: data only; the quote stage reads it. */
import type { QuoteLexicon } from "../quote-lexicon.js";

export const frenchQuoteLexicon: QuoteLexicon = {
  speechVerbs: [
    "déclaré", "dit", "souligné", "ajouté", "expliqué", "précisé", "affirmé", "indiqué", "estimé", "assuré", "annoncé", "écrit",
    "justifié", "poursuivi", "martelé", "insisté", "confié", "lancé", "répondu", "rappelé", "reconnu", "averti", "prévenu", "noté",
    "observé", "commenté", "évoqué", "raconté", "confirmé", "démenti", "nié", "témoigné", "déploré", "regretté", "salué", "dénoncé", "tweeté", "résumé", "conclu", "jugé", "considéré", "admis", "qualifié",
    "déclare", "dit", "souligne", "ajoute", "explique", "précise", "affirme", "indique", "estime", "assure", "annonce", "écrit",
    "justifie", "poursuit", "martèle", "insiste", "confie", "lance", "répond", "rappelle", "reconnaît", "avertit", "prévient",
    "note", "observe", "commente", "évoque", "raconte", "confirme", "dément", "nie", "témoigne", "indique", "déplore", "regrette", "salue", "dénonce", "résume", "conclut", "juge", "considère", "insiste", "soutient", "assure", "prétend", "craint", "espère",
  ],
  auxiliaries: ["a", "ont", "avait", "avaient", "aurait", "auraient"],
  pronouns: { il: "person", elle: "person", ils: "person", elles: "person", on: "unspecified" },
  sourcePrepositions: ["selon", "d'après", "d’après"],
  speakerEnders: ["après", "lors", "devant", "dans", "pendant", "avant", "depuis", "sous couvert", "en marge", "hier", "ce", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "qui", "alors"],
  complementisers: ["que", "qu’", "qu'", "sur le fait que", "sur le fait qu’", "avoir", "être"],
  adverbSuffix: "ment",
  objectPronouns: ["nous", "me", "lui", "leur"],
  inversionJoin: "(?:-t)?-",
  interjectedAdverbs: ["encore", "aussi", "également", "ensuite", "notamment"],
  honorifics: ["M.", "Mme", "Mlle", "Me", "Dr", "Pr", "Mgr"],
  sentenceStarters: ["Le", "La", "Les", "L’", "L'", "Un", "Une", "Des", "Ce", "Cette", "Ces", "Il", "Elle", "Mais", "Et", "En", "Au", "Aux", "Du", "De", "Selon", "Pour", "Dans", "Sur"],
  passiveAuxiliaries: ["est", "sont", "était", "étaient", "été", "sera", "seront", "soit"],
};
