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
    // Posts and tweets: the verbs that introduce them ("X tweete :", "Y s'exclame :"), and the imperfect of narration ("elle commentait :").
    "tweete", "blogue", "s'exclame", "s’exclame", "prédit", "raille", "remarque", "ironise", "plaisante", "signale", "signalé", "relève", "relevé",
    "se souvient", "s'interroge", "s’interroge", "se demande", "demande", "écrivait", "déclarait", "disait", "expliquait", "affirmait", "ajoutait", "commentait",
  ],
  auxiliaries: ["a", "ont", "avait", "avaient", "aurait", "auraient"],
  pronouns: { il: "person", elle: "person", ils: "person", elles: "person", on: "unspecified" },
  sourcePrepositions: ["selon", "d'après", "d’après"],
  speakerEnders: ["après", "lors", "devant", "dans", "pendant", "avant", "depuis", "sous couvert", "en marge", "hier", "ce", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "qui", "alors"],
  complementisers: ["que", "qu’", "qu'", "sur le fait que", "sur le fait qu’", "avoir", "être"],
  adverbSuffix: "ment",
  objectPronouns: ["nous", "me", "lui", "leur"],
  inversionJoin: "(?:-t)?-",
  interjectedAdverbs: ["encore", "aussi", "également", "ensuite", "notamment", "aussitôt", "déjà", "alors", "toutefois", "pourtant", "enfin", "lui-même", "elle-même"],
  honorifics: ["M.", "Mme", "Mlle", "Me", "Dr", "Pr", "Mgr"],
  sentenceStarters: ["Le", "La", "Les", "L’", "L'", "Un", "Une", "Des", "Ce", "Cette", "Ces", "Il", "Elle", "Mais", "Et", "En", "Au", "Aux", "Du", "De", "Selon", "Pour", "Dans", "Sur"],
  passiveAuxiliaries: ["est", "sont", "était", "étaient", "été", "sera", "seront", "soit"],
  postVerbs: [
    "partage", "partagé", "publie", "publié", "poste", "posté", "donne", "approuve", "compare", "commente", "exprime", "réagit", "renchérit", "rapporte",
    "rapporté", "s'indigne", "s’indigne", "se moque", "interpelle", "plaisanter", "ironiser", "conclure", "annoncer", "répondre", "rappeler", "témoigner",
  ],
  postNouns: ["traduction", "déclaration", "déclarations", "message", "tweet", "tweets", "billet", "commentaire", "commentaires", "réaction", "réactions", "opinion", "avis", "propos", "mots", "légende", "statut"],
  presentatives: ["Voici", "Voilà", "Ci-dessous", "Ci-dessus"],
  circumstanceOpeners: ["à", "a", "au", "aux", "en", "dans", "sur", "de son côté", "pour sa part", "pour", "par", "après", "depuis", "mais", "et", "puis", "enfin", "ensuite", "aujourd'hui", "aujourd’hui", "hier", "plus tard"],
  relativePronouns: ["qui"],
  determiners: ["le", "la", "les", "l'", "l’", "un", "une", "des", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos"],
  pluralDeterminers: ["les", "des", "plusieurs", "certains", "certaines", "de nombreux", "de nombreuses", "quelques", "nombre de", "beaucoup de"],
  agentPrepositions: ["par"],
  creditCues: ["Photo", "Photos", "Image", "Images", "Source", "Crédit", "Crédits", "Capture", "Légende", "Illustration"],
  personalWords: ["je", "j'", "j’", "nous", "vous", "mon", "ma", "mes", "notre", "nos", "moi", "tu", "toi", "me", "m'", "m’"],
};
