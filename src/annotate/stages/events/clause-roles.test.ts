/**
 * Who does what to whom, read from sentence structure, through the whole annotation: subjects
 * across appositions and relative clauses, passive agents, a noun's complement, coordination,
 * pronouns; and tables of sentences where a name must not act, or no event must be found.
 */
import { describe, expect, it } from "vitest";
import { makeArticle } from "../../../../test/make-article.js";
import { annotateArticle } from "../../annotate-article.js";

function eventsOf(text: string, language = "fr") {
  const { article } = makeArticle(text, { published: "2024-05-15", language });
  const { annotations } = annotateArticle(article);
  const nameOf = (id: string) => annotations.entities.find((entity) => entity.id === id)?.name ?? id;
  return annotations.events.map((event) => ({ category: event.category, trigger: event.trigger.text, actors: event.actors.map(nameOf), targets: event.targets.map(nameOf) }));
}

const roles = (text: string, trigger: string, language = "fr") => {
  const event = eventsOf(text, language).find((candidate) => candidate.trigger === trigger);
  return event ? { actors: event.actors, targets: event.targets } : null;
};

describe("roles from French sentence structure", () => {
  it.each([
    ["Trois manifestants ont été tués par les forces de sécurité jeudi à Deraa.", "tués", ["forces de sécurité"], ["manifestants"]],
    ["Elle évoque les manifestantes arrêtées par la police pendant la révolution.", "arrêtées", ["police"], ["manifestantes"]],
    ["Benny Gantz, qui a rencontré Abdellatif Loudiyi mardi, a signé un accord avec le Maroc.", "signé", ["Benny Gantz"], ["Maroc"]],
    ["Benny Gantz, qui a rencontré Abdellatif Loudiyi mardi, a signé un accord avec le Maroc.", "rencontré", ["Benny Gantz"], ["Abdellatif Loudiyi"]],
    ["Lors d'une rencontre avec Abdellatif Loudiyi, Benny Gantz a signé un accord.", "rencontre", ["Benny Gantz"], ["Abdellatif Loudiyi"]],
    ["La Norvège et le Danemark ont signé un accord de défense.", "signé", ["Norvège", "Danemark"], []],
    ["La Norvège a signé un accord de défense avec le Danemark.", "signé", ["Norvège"], ["Danemark"]],
    ["La police, qui a arrêté les manifestants, a ensuite dispersé la foule.", "arrêté", ["police"], ["manifestants"]],
    ["L'arrestation de Razan Ghazzawi par les autorités syriennes a choqué les blogueurs.", "arrestation", ["autorités syriennes"], ["Razan Ghazzawi"]],
    ["Des milliers de Yéménites sont descendus dans la rue pour demander au président Saleh de partir.", "demander", ["Yéménites"], ["Saleh"]],
    ["Jonas Berg est arrivé lundi. Il a rencontré jeudi Mette Lund.", "rencontré", ["Jonas Berg"], ["Mette Lund"]],
    ["Des soldats libyens ont été exécutés après avoir refusé de tuer des manifestants.", "tuer", ["soldats libyens"], ["manifestants"]],
    ["Les forces de sécurité ont tiré sur les manifestants à Deraa.", "tiré sur", ["forces de sécurité"], ["manifestants"]],
    // An adjective before the noun keeps it a noun: its agent is after « par ».
    ["Amina Haddad a décrit la violente répression des manifestations par l'armée de Jonas Berg.", "répression", ["armée de Jonas Berg"], []],
    // The possessor of an arrest undergoes it; a subject who receives blows undergoes them.
    ["Huit jours après son arrestation, Amina Haddad a été inculpée.", "arrestation", [], ["Amina Haddad"]],
    ["Amina Haddad, qui a reçu 50 coups de fouet en septembre, a écrit sur son blog.", "coups de fouet", [], ["Amina Haddad"]],
    // A participle right after a complement, with its agent after « par », is said of that complement.
    ["Des tests ont été conduits sur les manifestantes arrêtées par la police durant la révolution.", "arrêtées", ["police"], ["manifestantes"]],
    // One group in the plural after « entre » is both sides of a clash; « ce qui » stands for a clause, not for the name before it.
    ["Les partisans de Jonas Berg défilent dans la capitale de la Norvège, ce qui donne lieu à des accrochages entre manifestants.", "accrochages", ["manifestants"], []],
    // After a subject pronoun, « le » is an object pronoun and the trigger a verb.
    ["Jonas Berg ne voyait pas son peuple, il le tuait dans les rues.", "tuait", ["Jonas Berg"], []],
    // « où ils appellent »: the relative clause has its own subject, the pronoun, which stands for the previous sentence's subject.
    ["Pour protester contre la détention de Mette Lund, des internautes ont ouvert une page. Ils disent vouloir un pays pour tous les Norvégiens, où ils appellent les habitants d'Oslo à se rassembler.", "appellent les habitants d'Oslo à", ["internautes"], ["habitants d'Oslo"]],
    // Verbs coordinated with the one before share its subject.
    ["Des témoins disent que ce sont des miliciens de Jonas Berg qui ont attaqué l'ambassade, saisi des documents, et brûlé le drapeau norvégien.", "brûlé le drapeau", ["miliciens de Jonas Berg"], ["Norvège"]],
    // The agent of the noun governing an event's noun does it.
    ["Au lendemain de l'annonce par le président Jonas Berg d'une amnistie générale, des opposants se sont rencontrés.", "amnistie", ["Jonas Berg"], []],
    // A count before a name is no preposition: the name is the subject.
    ["Jusqu'à un million de personnes massées sur la place centrale d'Oslo scandent des slogans demandant à Jonas Berg de partir.", "demandant", ["personnes"], ["Jonas Berg"]],
    // A past participle right after a name is said of it.
    ["Plus de 50 étudiants arrêtés après les manifestations à Oslo.", "arrêtés", [], ["étudiants"]],
    // A state the subject is in is undergone; being on a visit is not.
    ["Entre temps, de nombreux opposants norvégiens sont en prison.", "en prison", [], ["opposants norvégiens"]],
    ["Jonas Berg est en visite en Norvège.", "en visite", ["Jonas Berg"], ["Norvège"]],
    // A passive with no agent: the actor of the same kind of act just told, in the sentence before or in its own.
    ["L'armée norvégienne a bombardé Kiruna mardi. Le maire Lars Holm a été tué pendant un raid sur la ville.", "tué", ["armée norvégienne"], ["Lars Holm"]],
    ["La militante Mette Lund a été arrêtée mardi pour avoir tenté d'empêcher la police d'arrêter Jonas Berg.", "arrêtée", ["police"], ["Mette Lund"]],
    // A responsibility phrase makes its subject the doer of the acts after it, however far.
    ["Selon ses opposants, Jonas Berg est un tyran, à l'origine de bien des crimes comme le massacre de civils à Oslo.", "massacre", ["Jonas Berg"], []],
    // A stretch opening with a finite verb has its subject left out: the sentence before's.
    ["Selon une militante, la police encercle le parc. Les tentes sont arrachées, utilisent des gaz et arrêtent des journalistes.", "arrêtent", ["police"], ["journalistes"]],
    // A protest no one is named doing, in a country its words name, is that country's crowd's when the article names one; not another country's.
    ["La nouvelle des manifestations qui ont lieu en Norvège réjouit la région. Selon la BBC, des milliers de Norvégiens sont descendus dans la rue.", "manifestations", ["Norvégiens"], []],
    ["Les manifestations en Norvège suivent le soulèvement en Finlande. Selon la BBC, des milliers de Norvégiens sont descendus dans la rue.", "soulèvement", [], []],
    // An indefinite role as the subject stands for the one person the article so describes; another role for no one.
    ["Le ministre norvégien de la Défense, Jonas Berg, est arrivé mardi à Stockholm. C'est la première fois qu'un ministre norvégien de la Défense effectue une visite en Suède.", "visite", ["Jonas Berg"], ["Suède"]],
    ["Le ministre norvégien de la Défense, Jonas Berg, est arrivé mardi à Stockholm. Un ministre suédois a effectué une visite en Norvège.", "visite", ["Suède"], ["Norvège"]],
    // A participle after a name (across an aside in brackets) is said of it; a verb tied to it by « après avoir », « de » has its subject.
    ["Selon des témoins, les corps sont ceux de soldats norvégiens [en norvégien] mis à mort après avoir refusé de tuer des manifestants.", "mis à mort", [], ["soldats norvégiens"]],
    ["Selon des témoins, les corps sont ceux de soldats norvégiens [en norvégien] mis à mort après avoir refusé de tuer des manifestants.", "tuer", ["soldats norvégiens"], ["manifestants"]],
    // The world a generic group speaks for is part of its name.
    ["Les internautes du monde arabe dénoncent le veto de la Norvège.", "dénoncent", ["internautes du monde arabe"], []],
    // A present participle qualifying the verb's object proposes the act it names, as the subject.
    ["Le président norvégien Jonas Berg a prononcé hier soir un long discours annonçant des réformes.", "réformes", ["Jonas Berg"], []],
  ])("« %s » %s", (text, trigger, actors, targets) => {
    expect(roles(text, trigger)).toEqual({ actors, targets });
  });

  it.each([
    // [sentence, trigger, a name that must not act in it]
    ["Trois manifestants ont été tués par les forces de sécurité.", "tués", "manifestants"],
    ["Des militants affirment qu'elle a été arrêtée par la police.", "arrêtée", "militants"],
    ["Benny Gantz, qui a rencontré Abdellatif Loudiyi mardi, a signé un accord.", "signé", "Abdellatif Loudiyi"],
    ["Le Maroc a reçu Benny Gantz, qui a visité Rabat.", "visité", "Maroc"],
    ["Des soldats libyens ont été exécutés.", "exécutés", "Libye"],
    // A passive without its agent has none: a demonym before it names no one who acted.
    ["Des blogueurs iraniens ont fêté jeudi, lorsque le dictateur Jonas Berg a été tué.", "tué", "Iran"],
    ["#Syrie : des militants dénoncent l'arrestation de Razan Ghazzawi.", "dénoncent", "Syrie"],
    // A noun inside a subordinate clause opening the sentence is not the main clause's subject's doing.
    ["Alors que les manifestations en Norvège entrent dans leur troisième semaine, le gouvernement de Jonas Berg fait des concessions.", "manifestations", "gouvernement de Jonas Berg"],
    // A proper name after a common noun in a complement is in that complement: the subject is the group before it.
    ["Des milliers d'étudiants de l'université Nordvik rejoignent la manifestation.", "manifestation", "Nordvik"],
    // A noun another word governs by « de » is not the subject's doing; nor is a « de » past a verb a noun's complement.
    ["La télévision d'Etat norvégienne a rendu compte d'un attentat suicide à Oslo.", "attentat", "télévision d'Etat norvégienne"],
    ["La télévision d'Etat norvégienne a rendu compte d'un attentat suicide à Oslo.", "attentat", "Norvège"],
    ["Les hommages se multiplient sur Twitter en mémoire de Jonas Berg, le créateur de la chaîne.", "hommages", "Jonas Berg"],
    // « des » after a noun is « de » + « les »: the complement of that noun, not the subject's doing.
    ["Jonas Berg réalisait un reportage vidéo des affrontements.", "affrontements", "Jonas Berg"],
    ["La police a intensifié la répression des manifestations à Oslo.", "manifestations", "police"],
    // The object of an act done to someone is not the subject's doing.
    ["La police a dispersé la manifestation à Oslo.", "manifestation", "police"],
    // An act laid on someone is alleged: neither the accuser nor anyone named in the accusation does it.
    ["Jonas Berg a accusé tout le monde – à l'exception de son frère Lars Berg – des attentats qui secouent le pays.", "attentats", "Jonas Berg"],
    ["Jonas Berg a accusé tout le monde – à l'exception de son frère Lars Berg – des attentats qui secouent le pays.", "attentats", "Lars Berg"],
    ["Le gouvernement norvégien attribuait un attentat à Al-Qaida.", "attentat", "Norvège"],
    // « le responsable des massacres » is a noun: its doer is unnamed, not the sentence's subject.
    ["Selon eux, la Norvège est libre, le responsable des massacres est parti.", "massacres", "Norvège"],
    // After an aside opening with a preposition, a verb opening its stretch has its subject before the aside, not in the sentence before.
    ["La Norvège exporte des drones. Or les ventes, à l'instar des drones armés, doivent être approuvées par le ministère.", "approuvées", "Norvège"],
    // A passive's left-out agent is not taken from another kind of act.
    ["La police a arrêté Jonas Berg lundi. Mette Lund a été tuée mardi.", "tuée", "police"],
    // After « à laquelle », a name is the relative clause's subject.
    ["Ils se rassemblent devant le Parlement à l'heure à laquelle Mette Lund a déployé une bannière.", "bannière", "Parlement"],
  ])("« %s »: %s does not make %s act", (text, trigger, name) => {
    expect(roles(text, trigger)?.actors ?? []).not.toContain(name);
  });

  it.each([
    "Les manifestants sont restés chez eux.",
    "Le ministre chargé de la Défense a pris la parole.",
    "Il a signé une pétition en ligne contre le projet.",
  ])("« %s » holds no event of its group's name or of 'chargé'", (text) => {
    expect(eventsOf(text).filter((event) => event.category !== "PROTEST")).toEqual([]);
    expect(eventsOf(text).map((event) => event.trigger)).not.toContain("manifestants");
  });
});

describe("roles from English sentence structure", () => {
  it.each([
    ["Protesters were arrested by police in Cairo on Tuesday.", "arrested", ["police"], ["Protesters"]],
    ["Egyptian security forces attacked protesters in Tahrir Square.", "attacked", ["Egyptian security forces"], ["protesters"]],
    ["Norway and Denmark signed a defence agreement in Oslo.", "signed", ["Norway", "Denmark"], []],
    ["Norway signed an agreement with Denmark.", "signed", ["Norway"], ["Denmark"]],
    ["The DNC sued Russia, Ukraine and Belarus on Friday.", "sued", ["DNC"], ["Russia", "Ukraine", "Belarus"]],
    ["According to Reuters, the army killed three civilians.", "killed", ["army"], ["civilians"]],
    ["Norwegian troops attacked Kiruna on Tuesday. The mayor, Lars Holm, was killed in a raid on the town.", "killed", ["Norwegian troops"], ["Lars Holm"]],
    ["Jonas Berg is a tyrant responsible for many crimes, such as the attack on the embassy in Oslo.", "attack", ["Jonas Berg"], []],
    ["Hundreds of protesters were arrested in Oslo after having attacked the police.", "attacked", ["protesters"], ["police"]],
  ])("“%s” %s", (text, trigger, actors, targets) => {
    expect(roles(text, trigger, "en")).toEqual({ actors, targets });
  });

  it.each([
    ["If Iran attacks Israel, the United States will respond.", "attacks", "United States"],
    ["Protesters were arrested by police.", "arrested", "Protesters"],
    ["The Norwegian government accused the rebels of the attack on the embassy.", "attack", "Norwegian government"],
    ["The Norwegian government accused the rebels of the attack on the embassy.", "attack", "rebels"],
  ])("“%s”: %s does not involve %s as its actor", (text, trigger, name) => {
    expect(roles(text, trigger, "en")?.actors ?? []).not.toContain(name);
  });
});
