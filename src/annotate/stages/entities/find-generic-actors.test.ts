/**
 * Generic actors through the whole annotation: unnamed groups and institutions become entities
 * flagged generic, with an actor type and the state a demonym or a complement names.
 */
import { describe, expect, it } from "vitest";
import { makeArticle } from "../../../../test/make-article.js";
import { annotateArticle } from "../../annotate-article.js";

function genericActors(text: string, language = "fr") {
  const { article } = makeArticle(text, { published: "2011-01-27", language });
  const { entities } = annotateArticle(article).annotations;
  const nameOf = (id: string | null | undefined) => entities.find((entity) => entity.id === id)?.name ?? null;
  return entities.filter((entity) => entity.generic).map((entity) => ({ mentions: entity.mentions.map((mention) => mention.text), actorType: entity.actorType, of: nameOf(entity.affiliation) }));
}

describe("generic actors in French", () => {
  it.each([
    ["Des milliers de Yéménites sont descendus dans la rue à Sanaa.", ["Des milliers de Yéménites"], "civilians", "Yémen"],
    ["La police soudanaise frappe et arrête les étudiants.", ["La police soudanaise"], "police", "Soudan"],
    ["Trois manifestants ont été tués par les forces de sécurité jeudi.", ["les forces de sécurité"], "police", null],
    ["Selon des témoins, l'armée égyptienne a ouvert le feu.", ["l'armée égyptienne"], "military", "Égypte"],
    ["Des responsables israéliens ont démenti l'information.", ["Des responsables israéliens"], "officials", "Israël"],
    ["La police militaire a dispersé la foule.", ["La police militaire"], "police", null],
    ["Plus de 1.400 Syriens ont été tués depuis mars.", ["Plus de 1.400 Syriens"], "civilians", "Syrie"],
    // The side a group takes and the group it belongs to are part of its words.
    ["Les manifestants pro-Saleh défilent aussi.", ["Les manifestants pro-Saleh"], "protesters", null],
    ["Plus de 1000 policiers du régime sont sur le campus.", ["Plus de 1000 policiers du régime"], "police", null],
    ["Les partisans du régime ont manifesté à Antalya.", ["Les partisans du régime"], "supporters", null],
    ["Des activistes en ligne ont lancé une campagne.", ["Des activistes en ligne"], "activists", null],
    // A word that is other things too is a group's head only after a determiner.
    ["Un général a ensuite admis que les tests avaient eu lieu.", ["Un général"], "military", null],
    // A plural qualified group after « de » is a group, not a noun's complement.
    ["La vidéo montre les corps de soldats libyens exécutés.", ["soldats libyens"], "military", "Libye"],
    ["L'armée de la Syrie a bombardé Homs.", ["L'armée de la Syrie"], "military", "Syrie"],
    // Witnesses and experts speak for no state; a group's standing and reach are its words too.
    ["Un jeune manifestant a été abattu, selon des témoins.", ["des témoins"], "civilians", null],
    ["L'amnistie générale pour les prisonniers politiques a été annoncée.", ["les prisonniers politiques"], "civilians", null],
    ["Les médias internationaux ont été expulsés.", ["Les médias internationaux"], "media", null],
  ])("« %s »", (text, mentions, actorType, of) => {
    const actor = genericActors(text).find((candidate) => candidate.mentions.some((mention) => mentions.includes(mention)));
    expect(actor).toMatchObject({ actorType, of });
  });

  it("joins a later bare mention to the group the text first placed", () => {
    const actors = genericActors("La police soudanaise a chargé les étudiants. Plus tard, la police a arrêté leurs meneurs.");
    expect(actors.find((actor) => actor.actorType === "police")).toEqual({ mentions: ["La police soudanaise", "la police"], actorType: "police", of: "Soudan" });
  });

  it("gives the group a name after « de » belongs to", () => {
    const actors = genericActors("L'armée de Kadhafi a bombardé Misrata mardi.");
    expect(actors[0]?.mentions).toEqual(["L'armée de Kadhafi"]);
    expect(actors[0]?.of).toBe("Kadhafi");
  });

  it("keeps groups of different heads apart, even of one actor type", () => {
    const actors = genericActors("Des personnes ont filmé le soulèvement de la population contre le régime.");
    expect(actors.filter((actor) => actor.actorType === "civilians").map((actor) => actor.mentions)).toEqual([["Des personnes"], ["la population"]]);
  });

  it.each([
    "Il est monté dans une voiture de police.",
    "Le secrétaire général a démissionné.",
    "En général, le marché ouvre tôt.",
    "Le chef de gouvernement a démissionné.",
    "Le blogueur a publié une vidéo.",
  ])("finds no generic actor in « %s »", (text) => {
    expect(genericActors(text)).toEqual([]);
  });
});

describe("generic actors in English", () => {
  it.each([
    ["Egyptian security forces fired on the crowd in Cairo.", ["Egyptian security forces"], "police", "Egypt"],
    ["Police arrested dozens of activists on Friday.", ["Police"], "police", null],
    ["Thousands of protesters marched to the palace.", ["Thousands of protesters"], "protesters", null],
    ["The army denied the report.", ["The army"], "military", null],
    ["Experts said the blaze was set on purpose.", ["Experts"], "civilians", null],
    ["Witnesses saw a man run from the church.", ["Witnesses"], "civilians", null],
    ["Investigators found gasoline at the scene.", ["Investigators"], "police", null],
  ])("“%s”", (text, mentions, actorType, of) => {
    const actor = genericActors(text, "en").find((candidate) => candidate.mentions.some((mention) => mentions.includes(mention)));
    expect(actor).toMatchObject({ actorType, of });
  });

  it("finds no generic actor in a complement of another noun", () => {
    expect(genericActors("The chief of police resigned.", "en")).toEqual([]);
  });
});
