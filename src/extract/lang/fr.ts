/** French extraction cues. General words of the language and of French news sites' interfaces. */
import type { ExtractionCues } from "./cues.js";

export const frenchCues: ExtractionCues = {
  locale: "fr",
  months: {
    janvier: 1, janv: 1, "févr": 2, fevr: 2, "février": 2, fevrier: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6,
    juillet: 7, juil: 7, "août": 8, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11,
    "décembre": 12, decembre: 12, "déc": 12, dec: 12,
  },
  bylineOpeners: ["par"],
  publishedCues: ["publié le", "publie le", "publié à", "mis en ligne le", "date de publication", "date"],
  modifiedCues: ["dernière modification", "mis à jour le", "mis à jour", "modifié le", "modifié à", "actualisé le"],
  authorJoiners: ["et", "avec"],
  authorRoles: ["rédaction", "la rédaction", "journaliste", "correspondant", "correspondante", "envoyé spécial", "envoyée spéciale", "rédacteur", "rédactrice", "chroniqueur", "chroniqueuse", "service politique", "service international"],
  republishedInPatterns: ["publié dans\\s+(?<outlet>.+?)\\s+le\\s+(?<date>.+)$"],
  creditOpeners: ["photo", "photos", "crédit", "crédits", "crédit photo", "illustration", "image", "© copyright", "copyright", "©"],
  interfaceWords: [
    "fermer", "close", "menu", "accueil", "rechercher", "recherche", "partager", "imprimer", "envoyer", "s'abonner",
    "abonnez-vous", "commentaires", "commentaire", "partagez", "se connecter", "connexion", "publicité", "annonce", "suivant", "précédent", "haut de page",
  ],
  widgetPhrases: [
    "suivez-nous", "partagez sur", "partager sur", "partager cet article", "soyez le premier à commenter", "poster un commentaire",
    "laisser un commentaire", "laissez un commentaire", "votre adresse de messagerie", "votre adresse e-mail", "votre adresse email",
    "ne sera pas publiée", "champs obligatoires", "inscrivez-vous à notre newsletter", "recevez notre newsletter",
    "abonnez-vous à notre", "merci d'avoir signalé", "signaler un abus", "signaler ce contenu",
    "réagir à cet article", "vous aimerez aussi", "sur le même sujet", "nos articles", "dans la même rubrique",
    "tous droits réservés", "accepter les cookies", "gérer les cookies", "article réservé aux abonnés", "réservé aux abonnés",
    "temps de lecture", "écouter cet article", "offrir cet article", "ajouter à vos sélections", "ajouter à mes favoris",
    "s'abonner à la newsletter", "la suite est réservée", "déjà abonné", "copier le lien", "lien copié",
  ],
  seriesNotePhrases: ["fait partie de notre dossier", "fait partie de notre couverture", "fait partie de notre série", "fait partie d'une série"],
  relatedOpeners: ["lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "à voir aussi", "lire également", "à lire également", "pour aller plus loin", "sur le même sujet"],
  endOfArticlePhrases: [
    "cliquez ici pour lire l'article depuis sa source", "cliquez ici pour lire l’article depuis sa source", "lire l'article sur",
    "lire l’article sur", "lire la suite sur", "soyez le premier à commenter", "poster un commentaire", "laisser un commentaire",
  ],
  wordListPackage: "an-array-of-french-words",
};
