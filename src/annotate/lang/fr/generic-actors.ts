/** French generic actors: heads of unnamed groups and institutions, with their PLOVER/POLECAT actor type. Data only. */
import type { GenericActorLexicon } from "../generic-actor-lexicon.js";

export const frenchGenericActors: GenericActorLexicon = {
  heads: [
    { forms: ["forces de sécurité", "forces de l'ordre", "services de sécurité"], actorType: "police", type: "ORG" },
    { forms: ["police", "polices", "policier", "policiers", "policière", "policières", "gendarmerie", "gendarmes", "gendarme", "CRS", "milice", "milices", "miliciens", "chabbiha", "shabiha", "baltaguia"], actorType: "police", type: "ORG" },
    { forms: ["forces armées", "armée", "armées", "soldats", "soldat", "militaires", "troupes", "forces", "mercenaires", "tireurs embusqués", "tireur embusqué", "snipers", "sniper", "avions de chasse", "chasseurs", "aviation"], actorType: "military", type: "ORG" },
    { forms: ["général", "généraux", "officier", "officiers"], actorType: "military", type: "PER", afterDeterminerOnly: true },
    { forms: ["manifestants", "manifestant", "manifestantes", "manifestante", "contestataires", "protestataires", "émeutiers", "foule", "foules", "cortège", "grévistes"], actorType: "protesters", type: "PER" },
    { forms: ["gouvernement", "gouvernements", "régime", "régimes", "autorités", "administration", "pouvoir en place", "dictature"], actorType: "government", type: "ORG" },
    { forms: ["parlement", "parlements", "députés", "sénat"], actorType: "legislature", type: "ORG" },
    { forms: ["tribunal", "tribunaux", "justice", "juges", "juge", "procureur", "parquet"], actorType: "judiciary", type: "ORG" },
    { forms: ["rebelles", "rebelle", "insurgés", "insurgé", "combattants", "combattant", "résistants", "révolutionnaires", "opposants armés"], actorType: "rebels", type: "PER" },
    { forms: ["islamistes", "djihadistes", "jihadistes", "terroristes", "terroriste", "kamikaze", "assaillants", "assaillant", "agresseurs", "hommes armés"], actorType: "militants", type: "PER" },
    { forms: ["civils", "habitants", "population", "populations", "citoyens", "citoyennes", "personnes", "gens", "villageois", "familles", "peuple", "résidents", "réfugiés", "victimes", "détenus", "prisonniers"], actorType: "civilians", type: "PER" },
    { forms: ["témoins", "experts", "analystes", "avocats", "médecins"], actorType: "civilians", type: "PER" },
    { forms: ["militants", "militantes", "activistes", "blogueurs", "blogueuses", "internautes", "cyberactivistes", "défenseurs des droits de l'homme"], actorType: "activists", type: "PER" },
    { forms: ["responsables", "dirigeants", "diplomates", "officiels", "fonctionnaires", "ministres"], actorType: "officials", type: "PER" },
    { forms: ["opposition", "opposants", "dissidents"], actorType: "opposition", type: "PER" },
    { forms: ["partisans", "sympathisants", "supporters", "soutiens", "loyalistes", "fidèles"], actorType: "supporters", type: "PER" },
    { forms: ["étudiants", "étudiantes", "lycéens", "élèves"], actorType: "students", type: "PER" },
    { forms: ["journalistes", "reporters", "médias", "média", "télévision d'État", "télévision d'Etat", "télévision publique", "télévision"], actorType: "media", type: "ORG" },
    { forms: ["coalition", "communauté internationale", "casques bleus", "observateurs"], actorType: "international", type: "ORG" },
  ],
  determiners: [
    "le", "la", "les", "l'", "un", "une", "des", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces",
    "certains", "certaines", "plusieurs", "quelques", "nombreux", "nombreuses", "autres", "tous", "toutes",
  ],
  quantities: ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "vingt", "cent", "mille", "milliers", "millier", "centaines", "centaine", "dizaines", "dizaine", "millions", "million", "plus", "moins", "près", "environ", "foule", "groupe", "groupes", "nombre", "poignée", "masse"],
  quantityPrepositions: ["de", "d'"],
  qualifiers: [
    "militaire", "militaires", "anti-émeutes", "antiémeutes", "secrète", "secrète", "locale", "locales", "locaux", "local", "régulière", "régulières", "fédérale", "nationale",
    "étrangers", "étrangères", "étranger", "pacifiques", "pro-gouvernementaux", "pro-régime", "anonyme", "anonymes", "en civil", "armés", "armées", "intérimaire", "de transition", "publique", "d'élite",
    "en ligne", "paramilitaires", "internationaux", "internationales", "occidentaux", "occidentales", "politiques",
    // The world a group speaks for: "les internautes du monde arabe", "des militants du monde entier".
    "du monde arabe", "du monde arabophone", "du monde musulman", "du monde entier",
  ],
  qualifierPrefixes: ["pro-", "anti-"],
  ofPrepositions: ["de", "d'", "du"],
  modifiersBefore: false,
  demonymCrowd: "civilians",
};
